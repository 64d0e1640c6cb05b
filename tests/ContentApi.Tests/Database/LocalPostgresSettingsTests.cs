using ContentApi.Data.Local;
using ContentApi.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace ContentApi.Tests.Database;

/// <summary>The server that <see cref="LocalPostgres"/> starts (for `dotnet run` and for these tests) runs with the settings it is given.</summary>
public sealed class LocalPostgresSettingsTests
{
    [Fact]
    public async Task TheServerRunsWithGlibcsMallocSettings()
    {
        var server = await TestDatabaseServer.GetAsync();
        // The run's server is a local cluster unless CONTENTAPI_TEST_CONNECTION or a Docker engine gave another.
        if (server.Local is null)
        {
            return;
        }

        // A program the server runs inherits a backend's environment, which is the postmaster's. (/proc/<pid>/environ
        // cannot tell: PostgreSQL writes its processes' titles over that memory.)
        await using var connection = new NpgsqlConnection(await server.CreateDatabaseAsync());
        await connection.OpenAsync();
        await connection.ExecuteAsync("CREATE TEMPORARY TABLE environment (line text); COPY environment FROM PROGRAM 'printenv GLIBC_TUNABLES'");

        Assert.Equal(LocalPostgres.MallocTunables, await connection.QuerySingleAsync<string>("SELECT line FROM environment"));
    }
}
