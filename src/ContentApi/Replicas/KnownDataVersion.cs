using NpgsqlTypes;

namespace ContentApi.Replicas;

/// <summary>
/// The newest primary WAL position whose change this instance has taken in: its own writes, and the changes the
/// change listener has been notified of. No read starts behind it (see <see cref="ReadConnections"/>), so the
/// responses that refill an evicted cache, and the ETags given with them, show the change that evicted it.
/// </summary>
public sealed class KnownDataVersion
{
    private ulong _position;

    public NpgsqlLogSequenceNumber Current => new(Volatile.Read(ref _position));

    /// <summary>Moves the position forward; an older one, from a notification overtaken by a local write, is ignored.</summary>
    public void Advance(NpgsqlLogSequenceNumber position)
    {
        var next = (ulong)position;
        var known = Volatile.Read(ref _position);
        while (next > known)
        {
            var seen = Interlocked.CompareExchange(ref _position, next, known);
            if (seen == known)
            {
                return;
            }

            known = seen;
        }
    }
}
