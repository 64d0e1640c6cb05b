using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using ContentApi.Data.Keys;
using ContentApi.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace ContentApi.Tests.Faults;

/// <summary>
/// The real service process, on Kestrel, told to stop (SIGTERM, as a container runtime or systemd does) while an
/// ingest is in flight: the ingest must finish and be stored, and the process must exit cleanly and in time.
/// </summary>
public sealed class GracefulShutdownTests : IAsyncLifetime
{
    private string _connectionString = "";
    private string _key = "";

    public async Task InitializeAsync()
    {
        _connectionString = await (await TestDatabaseServer.GetAsync()).CreateDatabaseAsync();
        _key = await ContentApiFactory.CreateKeyAsync(_connectionString, ApiKeyScopes.Write);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnIngestInFlightFinishesWhenTheServiceIsAskedToStop()
    {
        var port = FreePort();
        using var service = StartService(port);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        await WaitUntilReadyAsync(client);
        var ingest = client.PostAsync("/api/v1/documents", new StringContent(LargePage(), Encoding.UTF8, "text/plain"));
        await Task.Delay(TimeSpan.FromMilliseconds(150));

        using (var terminate = Process.Start("kill", ["-TERM", service.Id.ToString()]))
        {
            await terminate.WaitForExitAsync();
        }

        var response = await ingest;
        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await service.WaitForExitAsync(exit.Token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(0, service.ExitCode);
        await using var connection = new NpgsqlConnection(_connectionString);
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM documents"));
    }

    private Process StartService(int port)
    {
        var start = new ProcessStartInfo("dotnet", ["ContentApi.dll", "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Content"] = _connectionString;
        start.Environment["Sample__LoadWhenEmpty"] = "false";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the service did not become ready");
            await Task.Delay(200);
        }
    }

    // Big enough that parsing and storing it takes a noticeable while: 5,000 paragraphs, each with a figure.
    private static string LargePage()
    {
        var page = new StringBuilder("社区服务年度纪实\n\n■ 记者 王芳\n\n");
        for (var i = 0; i < 5_000; i++)
        {
            page.Append("第").Append(i).Append("次活动中，志愿者").Append(i % 90 + 10).Append("人参与服务。\n\n");
        }

        return page.ToString();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
