namespace ContentApi.Data.Local;

/// <summary>
/// A temporary folder for a cluster that its owner deletes, held by an exclusive lock on a file beside it
/// (<c>contentapi-pg-X.lock</c> for the folder <c>contentapi-pg-X</c>) for as long as the owner lives. The kernel
/// releases the lock when the owner dies, so a folder whose lock can be taken is abandoned: a test host killed before
/// its exit handler finished (vstest ends hosts that are slow to exit) leaves a cluster of a gigabyte or more behind,
/// and runs that never deleted theirs filled the disk of the machine that runs CI.
/// </summary>
internal sealed class ThrowawayLease : IDisposable
{
    private const string Prefix = "contentapi-pg-";

    private readonly FileStream _lock;

    private ThrowawayLease(string directory, FileStream heldLock)
    {
        Directory = directory;
        _lock = heldLock;
    }

    /// <summary>The folder the lease holds.</summary>
    public string Directory { get; }

    /// <summary>A new folder under the temporary directory, created after its lock is held so no sweep can take it.</summary>
    public static ThrowawayLease Take()
    {
        var directory = Path.Combine(Path.GetTempPath(), Prefix + Guid.NewGuid().ToString("N")[..12]);
        // FileShare.None is an exclusive flock on Unix, which .NET takes for exactly this sharing mode.
        var heldLock = new FileStream(LockPathOf(directory), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        System.IO.Directory.CreateDirectory(directory);
        return new ThrowawayLease(directory, heldLock);
    }

    /// <summary>
    /// Leases on the folders whose owner is gone (their lock could be taken), for the caller to empty. A folder left by
    /// a version that took no lock has no lock file; one is created and taken, as its owner cannot be alive either
    /// (folders are only ever made after their lock).
    /// </summary>
    public static IEnumerable<ThrowawayLease> TakeAbandoned()
    {
        foreach (var directory in System.IO.Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (TryLock(LockPathOf(directory)) is { } heldLock)
            {
                yield return new ThrowawayLease(directory, heldLock);
            }
        }
    }

    /// <summary>Releases the lock and removes its file; the folder is the owner's to delete first.</summary>
    public void Dispose()
    {
        // Deleting while the lock is held means no other process can take the name in between.
        TryDeleteFile(_lock.Name);
        _lock.Dispose();
    }

    private static string LockPathOf(string directory) => directory + ".lock";

    private static FileStream? TryLock(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            // Held: the owner is alive (or another sweep has it).
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            // Another user's folder.
            return null;
        }
    }

    private static void TryDeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
