namespace ContentApi.Data.Local;

/// <summary>The folder of the PostgreSQL server programs (initdb, pg_ctl, pg_basebackup) on this machine.</summary>
public sealed class PostgresBinaries
{
    private PostgresBinaries(string directory) => Directory = directory;

    public string Directory { get; }

    public string PathOf(string program) => Path.Combine(Directory, program);

    /// <summary>
    /// Finds the binaries: the configured folder, else the folder on PATH that has initdb, else the newest
    /// /usr/lib/postgresql/*/bin (Debian keeps the server programs off PATH). Null when there are none.
    /// </summary>
    public static PostgresBinaries? Find(string? configuredDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(configuredDirectory))
        {
            return Has(configuredDirectory) ? new PostgresBinaries(configuredDirectory) : null;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(Has);
        if (onPath is not null)
        {
            // A PATH folder may hold links to a few of the programs only (initdb, pg_ctl, but no pg_basebackup):
            // the folder the links point into has them all.
            var target = new FileInfo(Path.Combine(onPath, "initdb")).ResolveLinkTarget(returnFinalTarget: true);
            var linked = Path.GetDirectoryName(target?.FullName);
            return new PostgresBinaries(linked is not null && Has(linked) ? linked : onPath);
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (!System.IO.Directory.Exists(debianRoot))
        {
            return null;
        }

        var newest = System.IO.Directory.GetDirectories(debianRoot)
            .Select(version => Path.Combine(version, "bin"))
            .Where(Has)
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault();
        return newest is null ? null : new PostgresBinaries(newest);
    }

    /// <summary>The one-line advice given when <see cref="Find"/> finds nothing.</summary>
    public const string InstallAdvice =
        "No PostgreSQL server binaries (initdb, pg_ctl) were found on PATH or under /usr/lib/postgresql/*/bin: " +
        "install them (Debian: apt-get install postgresql), set LocalDatabase:BinDirectory, or give ConnectionStrings:Content.";

    private static bool Has(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));
}
