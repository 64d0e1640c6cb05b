using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ContentApi.Data.Keys;
using Npgsql;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// The real service over a real PostgreSQL database of its own: one per test class (an xunit class fixture), with
/// the sample page loaded at start-up exactly as a new user's first run loads it.
/// </summary>
public class ContentApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string ConnectionString { get; protected set; } = "";

    public TestDatabaseServer Database { get; private set; } = null!;

    /// <summary>A key with the write scope; the clients this factory makes send it, unless made anonymous.</summary>
    public string WriteKey { get; protected set; } = "";

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabaseServer.GetAsync();
        ConnectionString = await Database.CreateDatabaseAsync();
        WriteKey = await CreateKeyAsync(ConnectionString, ApiKeyScopes.Write);
    }

    /// <summary>Makes a key in the database behind <paramref name="connectionString"/>, as `contentapi keys create` does.</summary>
    public static async Task<string> CreateKeyAsync(string connectionString, string scope)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        return (await new ApiKeyStore(dataSource).CreateAsync("tests", [scope])).Key;
    }

    /// <summary>A client that sends no API key, as an anonymous reader does.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", WriteKey);
    }

    public new virtual Task DisposeAsync() => base.DisposeAsync().AsTask();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Content", ConnectionString);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Extra configuration a test class needs (limits, keys); applied after the connection string.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [];

    /// <summary>Opens a connection to this class's database, to check what the service stored.</summary>
    public async Task<NpgsqlConnection> OpenDatabaseAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
