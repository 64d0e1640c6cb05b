using Dapper;
using Npgsql;

namespace ContentApi.Caching;

/// <summary>
/// Stored JSON held by a row's id (<see cref="HeldJson{TKey}"/>), with the read of those a request's statement names
/// that are not held: the series' points and the statistics' bodies.
/// </summary>
internal abstract class HeldRows(long maxBytes) : HeldJson<long>(maxBytes)
{
    /// <summary>
    /// The bytes of the rows <paramref name="ids"/> under <paramref name="revisions"/>: those held, the others read in one
    /// statement by key (<paramref name="readSql"/>: id, revision and bytes of the rows <c>= ANY (@ids)</c>) and held.
    /// Null when a row was read under another revision (written again after the request's statement) or is gone, or
    /// has no bytes (held as empty, so not read again): the caller then reads its answer otherwise. A row read under
    /// the revision named has the bytes it had in the statement's snapshot, as every write of a row gives it a new one.
    /// </summary>
    public async Task<byte[][]?> HeldOrReadAsync(
        NpgsqlConnection connection, string readSql, long[] ids, long[] revisions, CancellationToken cancellationToken)
    {
        var found = new byte[ids.Length][];
        var missing = new List<int>();
        for (var i = 0; i < ids.Length; i++)
        {
            if (!TryGet(ids[i], revisions[i], out found[i]))
            {
                missing.Add(i);
            }
            else if (found[i].Length == 0)
            {
                return null;
            }
        }

        if (missing.Count == 0)
        {
            return found;
        }

        var read = (await connection.QueryAsync<(long Id, long Revision, byte[]? Json)>(new CommandDefinition(
                readSql, new { ids = missing.Select(i => ids[i]).ToArray() }, cancellationToken: cancellationToken)))
            .ToDictionary(row => row.Id);
        foreach (var i in missing)
        {
            if (!read.TryGetValue(ids[i], out var row) || row.Revision != revisions[i])
            {
                return null;
            }

            Add(ids[i], row.Revision, row.Json ?? []);
            if (row.Json is null)
            {
                return null;
            }

            found[i] = row.Json;
        }

        return found;
    }
}
