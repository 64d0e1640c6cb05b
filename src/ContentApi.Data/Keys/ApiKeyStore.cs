using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;

namespace ContentApi.Data.Keys;

/// <summary>The scopes a key can carry: read the API, write to it (ingest, delete), administer it.</summary>
public static class ApiKeyScopes
{
    public const string Read = "read";
    public const string Write = "write";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Read, Write, Admin];
}

/// <summary>A key as listed: never the key itself, which is shown once at creation.</summary>
public sealed record ApiKeyInfo
{
    public long Id { get; init; }

    public string Name { get; init; } = "";

    public string Prefix { get; init; } = "";

    public string[] Scopes { get; init; } = [];

    public DateTime CreatedAt { get; init; }

    public DateTime? LastUsedAt { get; init; }

    public DateTime? RevokedAt { get; init; }
}

/// <summary>A key that authenticated: who it is and what it may do.</summary>
public sealed record ApiKeyIdentity(long Id, string Name, string Prefix, string[] Scopes);

/// <summary>
/// API keys of the form <c>cak_{prefix}_{secret}</c>: the 12-character prefix finds the row, the SHA-256 hash of
/// the whole key is compared in constant time. A hash without salt is enough here because the secret is 256 random
/// bits, not a password a person chose. Keys are looked up on <paramref name="reader"/> (a standby may answer, so a
/// keyed read goes on while the primary is down; a revocation reaches it after the replication delay) and changed
/// on <paramref name="primary"/>.
/// </summary>
public sealed class ApiKeyStore(NpgsqlDataSource primary, NpgsqlDataSource? reader = null)
{
    private static readonly TimeSpan MarkInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<long, DateTime> _lastMarked = new();

    private const string Marker = "cak_";

    /// <summary>Creates a key and returns it; this is the only time the key itself exists outside its holder.</summary>
    public async Task<(string Key, ApiKeyInfo Info)> CreateAsync(string name, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken = default)
    {
        var prefix = RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 12);
        var key = $"{Marker}{prefix}_{Base64UrlSecret()}";
        await using var connection = await primary.OpenConnectionAsync(cancellationToken);
        var info = await connection.QuerySingleAsync<ApiKeyInfo>(new CommandDefinition("""
            INSERT INTO api_keys (name, prefix, key_hash, scopes) VALUES (@name, @prefix, @hash, @scopes)
            RETURNING id, name, prefix, scopes, created_at AS createdat, last_used_at AS lastusedat, revoked_at AS revokedat
            """, new { name, prefix, hash = Hash(key), scopes = scopes.Distinct().ToArray() }, cancellationToken: cancellationToken));
        return (key, info);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await primary.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ApiKeyInfo>(new CommandDefinition("""
            SELECT id, name, prefix, scopes, created_at AS createdat, last_used_at AS lastusedat, revoked_at AS revokedat
            FROM api_keys ORDER BY id
            """, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>Revokes the key with this prefix; false when there is no such key or it was revoked already.</summary>
    public async Task<bool> RevokeAsync(string prefix, CancellationToken cancellationToken = default)
    {
        await using var connection = await primary.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET revoked_at = now() WHERE prefix = @prefix AND revoked_at IS NULL", new { prefix }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>The identity of a valid, unrevoked key; null for anything else. Marks the key used, at most once a minute.</summary>
    public async Task<ApiKeyIdentity?> AuthenticateAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!TryReadPrefix(key, out var prefix))
        {
            return null;
        }

        KeyRow? row;
        try
        {
            row = await FindActiveAsync(reader ?? primary, prefix, cancellationToken);
        }
        catch (NpgsqlException) when (reader is not null && !ReferenceEquals(reader, primary))
        {
            // The standby is gone (Npgsql never retries): drop its idle connections and ask the primary instead.
            reader.Clear();
            row = await FindActiveAsync(primary, prefix, cancellationToken);
        }

        if (row is null || !CryptographicOperations.FixedTimeEquals(row.KeyHash, Hash(key)))
        {
            return null;
        }

        await MarkUsedAsync(row.Id, cancellationToken);
        return new ApiKeyIdentity(row.Id, row.Name, row.Prefix, row.Scopes);
    }

    private static async Task<KeyRow?> FindActiveAsync(NpgsqlDataSource dataSource, string prefix, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<KeyRow>(new CommandDefinition(
            "SELECT id, name, prefix, key_hash AS keyhash, scopes FROM api_keys WHERE prefix = @prefix AND revoked_at IS NULL",
            new { prefix }, cancellationToken: cancellationToken));
    }

    // Bookkeeping only: a primary that is down must not turn a valid key into a failed request. Last use is kept
    // to the minute, so this process writes it at most once a minute per key instead of on every keyed request.
    private async Task MarkUsedAsync(long id, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        if (_lastMarked.TryGetValue(id, out var marked) && now - marked < MarkInterval)
        {
            return;
        }

        _lastMarked[id] = now;
        try
        {
            await using var connection = await primary.OpenConnectionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE api_keys SET last_used_at = now() WHERE id = @id",
                new { id }, cancellationToken: cancellationToken));
        }
        catch (NpgsqlException)
        {
        }
    }

    private static bool TryReadPrefix(string key, out string prefix)
    {
        prefix = "";
        if (key.Length is < 20 or > 200 || !key.StartsWith(Marker, StringComparison.Ordinal) || key[Marker.Length + 12] != '_')
        {
            return false;
        }

        prefix = key.Substring(Marker.Length, 12);
        return prefix.All(char.IsAsciiLetterOrDigit);
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static string Base64UrlSecret() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    // Properties rather than a positional record: Dapper binds text[] to a property, not to a constructor parameter.
    private sealed record KeyRow
    {
        public long Id { get; init; }

        public string Name { get; init; } = "";

        public string Prefix { get; init; } = "";

        public byte[] KeyHash { get; init; } = [];

        public string[] Scopes { get; init; } = [];
    }
}
