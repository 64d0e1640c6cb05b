using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// The real service over a real PostgreSQL database of its own: one per test class (an xunit class fixture), with
/// the sample page loaded at start-up exactly as a new user's first run loads it.
/// </summary>
public class ContentApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public TestDatabaseServer Database { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabaseServer.GetAsync();
        ConnectionString = await Database.CreateDatabaseAsync();
    }

    public new Task DisposeAsync() => base.DisposeAsync().AsTask();

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
