using System.Net;
using System.Net.Http.Json;
using System.Text;
using ContentApi.Data;
using ContentApi.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace ContentApi.Tests.Database;

/// <summary>
/// The service's connection pools: the read pool small by default (one connection a core), the reads of one statement
/// multiplexed on a pool of their own, and the one session that lasts as long as the service, the change listener's
/// LISTEN, held outside them.
/// </summary>
public sealed class ConnectionPoolTests(ConnectionPoolTests.OnePooledConnection factory) : IClassFixture<ConnectionPoolTests.OnePooledConnection>
{
    /// <summary>A service whose pool holds a single connection, as a connection string may ask.</summary>
    public sealed class OnePooledConnection : ContentApiFactory
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            // The test databases' connection strings turn pooling off (see TestDatabaseServer): on here.
            ConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = true, MaxPoolSize = 1 }.ConnectionString;
        }
    }

    [Fact]
    public async Task ReadsHaveAPoolOfOneConnectionACoreAtLeastTwoWritesNpgsqlsUnlessTheConnectionStringSays()
    {
        await using var sources = new ContentDataSources("Host=127.0.0.1;Username=u");
        await using var own = new ContentDataSources("Host=127.0.0.1;Username=u;Maximum Pool Size=40");

        Assert.Equal(Math.Max(2, Environment.ProcessorCount), ContentDataSources.ReadPoolSize);
        Assert.NotSame(sources.Read, sources.Write);
        Assert.Equal(ContentDataSources.ReadPoolSize, MaxPoolSize(sources.Read));
        Assert.Equal(new NpgsqlConnectionStringBuilder().MaxPoolSize, MaxPoolSize(sources.Write));
        Assert.Equal(40, MaxPoolSize(own.Read));
        Assert.Equal(40, MaxPoolSize(own.Write));
        Assert.False(new NpgsqlConnectionStringBuilder(sources.Dedicated.ConnectionString).Pooling);
    }

    [Fact]
    public async Task ReadsOfOneStatementAreMultiplexedOnAPoolOfTheirOwnOnlyWhenReadsGoToThePrimaryWithPooling()
    {
        await using var primary = new ContentDataSources("Host=127.0.0.1;Username=u");
        await using var standby = new ContentDataSources("Host=127.0.0.1;Username=u", "Host=standby;Username=u");
        await using var unpooled = new ContentDataSources("Host=127.0.0.1;Username=u;Pooling=false");
        await using var refused = new ContentDataSources("Host=127.0.0.1;Username=u;Multiplexing=false");

        Assert.NotNull(primary.OneStatementRead);
        Assert.NotSame(primary.Read, primary.OneStatementRead);
        var multiplexed = new NpgsqlConnectionStringBuilder(primary.OneStatementRead.ConnectionString);
        Assert.True(multiplexed.Multiplexing);
        Assert.Equal(ContentDataSources.ReadPoolSize, multiplexed.MaxPoolSize);
        Assert.False(new NpgsqlConnectionStringBuilder(primary.Read.ConnectionString).Multiplexing);
        Assert.Null(standby.OneStatementRead);
        Assert.Null(unpooled.OneStatementRead);
        Assert.Null(refused.OneStatementRead);
    }

    private static int MaxPoolSize(NpgsqlDataSource source) => new NpgsqlConnectionStringBuilder(source.ConnectionString).MaxPoolSize;

    [Fact]
    public async Task StoredArticlesAskedForAtOnceAreAllAnsweredThroughOneMultiplexedConnection()
    {
        var client = factory.CreateClient();
        var id = await factory.StoredArticleAsync(client);
        await using (var connection = await factory.OpenDatabaseAsync())
        {
            Assert.Equal(1, await connection.ExecuteAsync("UPDATE article_bodies SET body = @body WHERE article_id = @id", new { id, body = Encoding.UTF8.GetBytes(StoredBodies.Marker) }));
        }

        // Sixteen requests at once, as the benchmark's connections send them: their statements share the one connection.
        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(n => client.GetStringAsync($"/api/v1/articles/{id}?unique={n}")));

        Assert.All(answers, answer => Assert.Equal(StoredBodies.Marker, answer));
    }

    [Fact]
    public async Task WithOnePooledConnectionReadsAndWritesAreAnswered()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", factory.WriteKey);
        var before = await client.GetJsonAsync("/api/v1/statistics?pageSize=1");

        var ingested = await client.PostAsJsonAsync("/api/v1/documents", new { text = Pages.Numbered(4_711) });

        Assert.Equal(HttpStatusCode.Created, ingested.StatusCode);
        // The ingest's notification reaches the listener, which moves the version the totals are counted for.
        await Eventually.HoldsAsync(
            async () => (await client.GetJsonAsync("/api/v1/statistics?pageSize=1"))["total"]!.GetValue<long>() > before["total"]!.GetValue<long>(),
            TimeSpan.FromSeconds(10));
    }
}
