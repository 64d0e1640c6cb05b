using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ContentApi.Data.Local;

/// <summary>
/// A private PostgreSQL cluster run from the machine's own binaries: the development database of the service and
/// the throwaway database of the tests. It listens on a free loopback port only (no Unix socket), with a
/// generated password, and runs as the <c>postgres</c> OS user when the caller is root, because initdb refuses root.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private const string ServiceUser = "postgres";

    /// <summary>
    /// glibc's malloc settings for the server's processes, as docker-compose.yml gives its PostgreSQL: a backend keeps
    /// up to 16 MB it has freed, and takes blocks up to 4 MB from its heap, instead of handing each large block back to
    /// the kernel and faulting its pages in again at the next request. A series of 1,000 points (a 537 KB value joined,
    /// copied and sent) cost PostgreSQL 40 % less CPU with them (docs/benchmarks.md).
    /// </summary>
    public const string MallocTunables = "glibc.malloc.mmap_threshold=4194304:glibc.malloc.trim_threshold=16777216";

    private readonly PostgresBinaries _binaries;
    private readonly ILogger _logger;
    private readonly string _password;

    /// <summary>The lease on the temporary folder of a throwaway cluster, which disposing deletes; null for a kept one.</summary>
    private ThrowawayLease? _lease;

    private LocalPostgres(PostgresBinaries binaries, string directory, string password, ILogger logger)
    {
        _binaries = binaries;
        Directory = directory;
        _password = password;
        _logger = logger;
    }

    /// <summary>The folder that holds the cluster (<c>pgdata/</c>), its password and its log.</summary>
    public string Directory { get; }

    /// <summary>The loopback port of the running server; a new free port is chosen at every start.</summary>
    public int Port { get; private set; }

    /// <summary>Whether the server is running, as far as this object knows.</summary>
    public bool IsRunning { get; private set; }

    /// <summary>Whether the server was already running when this object came to it (then it was not started here).</summary>
    public bool WasRunning { get; private set; }

    private string DataDirectory => Path.Combine(Directory, "pgdata");

    private string LogFile => Path.Combine(Directory, "server.log");

    /// <summary>A connection string for the superuser, to <paramref name="database"/>.</summary>
    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = ServiceUser,
        Password = _password,
        Database = database,
    }.ConnectionString;

    /// <summary>
    /// Starts the cluster in <paramref name="directory"/>, creating it first if the folder holds none, so that a
    /// second run keeps the data of the first. A server left running by a process that was killed is stopped first.
    /// </summary>
    public static async Task<LocalPostgres> StartAsync(string directory, PostgresBinaries binaries, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        logger ??= NullLogger.Instance;
        directory = await UsableDirectoryAsync(Path.GetFullPath(directory), logger, cancellationToken);
        var passwordFile = Path.Combine(directory, "password");
        if (!File.Exists(passwordFile))
        {
            await File.WriteAllTextAsync(passwordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(24)), cancellationToken);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            await HandOverAsync(directory, cancellationToken);
        }

        var server = new LocalPostgres(binaries, directory, (await File.ReadAllTextAsync(passwordFile, cancellationToken)).Trim(), logger);
        if (!File.Exists(Path.Combine(server.DataDirectory, "PG_VERSION")))
        {
            await server.InitAsync(passwordFile, cancellationToken);
        }
        else if (await server.RunningPortAsync(cancellationToken) is { } port)
        {
            // Already running: started by another process on this folder (the service while a command runs, or a
            // service that was killed before it could stop it). Use it as it is rather than restart it under them.
            server.Port = port;
            server.IsRunning = true;
            server.WasRunning = true;
            logger.LogInformation("Local PostgreSQL already running on 127.0.0.1:{Port} from {Directory}", port, directory);
            return server;
        }

        await server.StartAsync(cancellationToken);
        return server;
    }

    /// <summary>
    /// Starts a cluster in a new temporary folder that <see cref="DisposeAsync"/> deletes: the tests' server. The
    /// throwaway clusters of owners that died before deleting theirs are stopped and deleted first.
    /// </summary>
    public static async Task<LocalPostgres> StartThrowawayAsync(PostgresBinaries binaries, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        logger ??= NullLogger.Instance;
        await DeleteAbandonedAsync(binaries, logger, cancellationToken);
        var lease = ThrowawayLease.Take();
        try
        {
            var server = await StartAsync(lease.Directory, binaries, logger, cancellationToken);
            server._lease = lease;
            return server;
        }
        catch
        {
            TryDelete(lease.Directory);
            lease.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Starts a hot standby of <paramref name="primary"/> in a new temporary folder that <see cref="DisposeAsync"/>
    /// deletes: a copy taken with <c>pg_basebackup -R -X stream</c>, which then streams the primary's WAL. initdb's
    /// pg_hba.conf already lets the superuser replicate over 127.0.0.1 with its password.
    /// </summary>
    public static async Task<LocalPostgres> StartStandbyAsync(LocalPostgres primary, CancellationToken cancellationToken = default)
    {
        var lease = ThrowawayLease.Take();
        var directory = await UsableDirectoryAsync(lease.Directory, primary._logger, cancellationToken);
        var standby = new LocalPostgres(primary._binaries, directory, primary._password, primary._logger) { _lease = lease };
        // The password goes by environment, not argument, so that no process listing shows it; -R writes it into
        // primary_conninfo, which stays inside the standby's private folder.
        try
        {
            await standby.RunAsync("pg_basebackup",
                ["-D", standby.DataDirectory, "-R", "-X", "stream", "-c", "fast", "-h", "127.0.0.1", "-p", primary.Port.ToString(CultureInfo.InvariantCulture), "-U", ServiceUser],
                cancellationToken, environment: ("PGPASSWORD", primary._password));
            await standby.StartAsync(cancellationToken);
            return standby;
        }
        catch
        {
            await standby.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the stopped server again, on a new free port, or on its old one (clients keep their connection strings).</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default, bool samePort = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (!samePort || Port == 0)
            {
                Port = FreeLoopbackPort();
            }

            var options = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''";
            try
            {
                await RunAsync("pg_ctl", ["-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", options, "start"], cancellationToken,
                    environment: ("GLIBC_TUNABLES", MallocTunables));
                IsRunning = true;
                _logger.LogInformation("Local PostgreSQL started on 127.0.0.1:{Port} from {Directory}", Port, Directory);
                return;
            }
            catch (LocalPostgresException) when (attempt < 3)
            {
                // Another process may have taken the port between our probe (or our last stop) and the server's bind.
                _logger.LogWarning("Local PostgreSQL did not start on port {Port}; trying again", Port);
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
        }
    }

    /// <summary>Stops the server (fast shutdown: sessions are ended, committed data is kept).</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => StopAsync("fast", cancellationToken);

    /// <summary>Stops the server; a throwaway cluster is also deleted.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_lease is null)
        {
            await StopAsync();
            return;
        }

        // What is deleted needs no shutdown checkpoint, which can take seconds that a test host's exit does not have.
        await StopAsync("immediate");
        TryDelete(Directory);
        _lease.Dispose();
    }

    private async Task StopAsync(string mode, CancellationToken cancellationToken = default)
    {
        if (!IsRunning)
        {
            return;
        }

        await RunAsync("pg_ctl", ["-D", DataDirectory, "-m", mode, "-w", "stop"], cancellationToken, mayFail: true);
        IsRunning = false;
        _logger.LogInformation("Local PostgreSQL on port {Port} stopped", Port);
    }

    private static async Task DeleteAbandonedAsync(PostgresBinaries binaries, ILogger logger, CancellationToken cancellationToken)
    {
        foreach (var lease in ThrowawayLease.TakeAbandoned())
        {
            using (lease)
            {
                // Its owner may have died before stopping it; a server still running there would hold files open.
                var abandoned = new LocalPostgres(binaries, lease.Directory, password: "", logger) { IsRunning = File.Exists(Path.Combine(lease.Directory, "pgdata", "postmaster.pid")) };
                await abandoned.StopAsync("immediate", cancellationToken);
                TryDelete(lease.Directory);
                logger.LogInformation("Deleted the abandoned throwaway cluster in {Directory}", lease.Directory);
            }
        }
    }

    private async Task InitAsync(string passwordFile, CancellationToken cancellationToken)
    {
        _logger.LogInformation("Creating a local PostgreSQL cluster in {Directory}", DataDirectory);
        // UTF-8 with a Unicode-aware C locale: pg_trgm then treats Chinese characters as word characters.
        await RunAsync("initdb",
            ["-D", DataDirectory, "-U", ServiceUser, "--pwfile", passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"],
            cancellationToken);
    }

    // initdb and the server refuse to run as root, so as root the folder goes to the postgres user. That user
    // cannot enter a folder below a private one (a clone under /root), so the cluster then moves to /var/tmp,
    // to a folder named after the wanted one so that the next run finds it again.
    // pg_ctl status answers 0 for a live server; its postmaster.pid then holds the port on its fourth line.
    private async Task<int?> RunningPortAsync(CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile) || !await RunAsync("pg_ctl", ["-D", DataDirectory, "status"], cancellationToken, mayFail: true))
        {
            return null;
        }

        var lines = await File.ReadAllLinesAsync(pidFile, cancellationToken);
        return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : null;
    }

    private static async Task<string> UsableDirectoryAsync(string directory, ILogger logger, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(directory);
        if (!Environment.IsPrivilegedProcess)
        {
            return directory;
        }

        await HandOverAsync(directory, cancellationToken);
        if (await RunProcessAsync(AsServiceUser("test", ["-w", directory]), cancellationToken) == 0)
        {
            return directory;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(directory)))[..12].ToLowerInvariant();
        var fallback = Path.Combine("/var/tmp", "contentapi-" + hash);
        logger.LogWarning("The {User} user cannot reach {Directory}; keeping the local cluster in {Fallback} instead", ServiceUser, directory, fallback);
        System.IO.Directory.CreateDirectory(fallback);
        await HandOverAsync(fallback, cancellationToken);
        return fallback;
    }

    private static async Task HandOverAsync(string directory, CancellationToken cancellationToken)
    {
        if (Environment.IsPrivilegedProcess)
        {
            await RunProcessAsync(new ProcessStartInfo("chown", ["-R", $"{ServiceUser}:{ServiceUser}", directory]), cancellationToken);
        }
    }

    private static ProcessStartInfo AsServiceUser(string path, IEnumerable<string> arguments) =>
        Environment.IsPrivilegedProcess
            ? new ProcessStartInfo("runuser", ["-u", ServiceUser, "--", path, .. arguments])
            : new ProcessStartInfo(path, arguments);

    private async Task<bool> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken, bool mayFail = false,
        (string Name, string Value)? environment = null)
    {
        var start = AsServiceUser(_binaries.PathOf(program), arguments);
        if (environment is var (name, value))
        {
            start.Environment[name] = value;
        }

        var errors = new StringBuilder();
        var exitCode = await RunProcessAsync(start, cancellationToken, errors);
        if (exitCode == 0 || mayFail)
        {
            return exitCode == 0;
        }

        throw new LocalPostgresException($"{program} failed with exit code {exitCode}: {errors.ToString().Trim()} (log: {LogFile})");
    }

    private static async Task<int> RunProcessAsync(ProcessStartInfo start, CancellationToken cancellationToken, StringBuilder? errors = null)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new LocalPostgresException($"Could not start {start.FileName}.");
        // pg_ctl start leaves the server holding the inherited pipes, so wait for the process, not for end of output.
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (start)
                {
                    errors?.AppendLine(line.Data);
                }
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode;
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>A local PostgreSQL cluster could not be created, started or reached.</summary>
public sealed class LocalPostgresException(string message) : Exception(message);
