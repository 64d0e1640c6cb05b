using System.CommandLine;
using ContentApi.Data.Keys;

namespace ContentApi.Cli;

/// <summary><c>contentapi keys create|list|revoke</c>: manage the API keys that writes need.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "Who the key is for, e.g. newsroom.", Required = true };
        var scopes = new Option<string[]>("--scope")
        {
            Description = "A scope the key carries: read, write or admin (repeat for several).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        scopes.AcceptOnlyFromAmong([.. ApiKeyScopes.All]);
        var create = new Command("create", "Create a key and print it once; only its hash is stored.") { name, scopes, CliDatabase.ConnectionOption, CliDatabase.DataDirectoryOption };
        create.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await CliDatabase.OpenAsync(parse, cancellationToken);
            var (key, info) = await new ApiKeyStore(database.DataSources.Write).CreateAsync(parse.GetValue(name)!, parse.GetValue(scopes)!, cancellationToken);
            Console.Error.WriteLine($"Created key {info.Prefix} \"{info.Name}\" with scopes {string.Join(", ", info.Scopes)}. Keep it now: it cannot be shown again.");
            Console.Out.WriteLine(key);
            return 0;
        });

        var list = new Command("list", "List the keys: prefix, name, scopes, creation, last use, revocation.") { CliDatabase.ConnectionOption, CliDatabase.DataDirectoryOption };
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await CliDatabase.OpenAsync(parse, cancellationToken);
            Console.Out.WriteLine($"{"prefix",-12}  {"name",-20}  {"scopes",-18}  {"created",-20}  {"last used",-20}  revoked");
            foreach (var key in await new ApiKeyStore(database.DataSources.Write).ListAsync(cancellationToken))
            {
                Console.Out.WriteLine($"{key.Prefix,-12}  {key.Name,-20}  {string.Join(",", key.Scopes),-18}  {Time(key.CreatedAt),-20}  {Time(key.LastUsedAt),-20}  {Time(key.RevokedAt)}");
            }

            return 0;
        });

        var prefix = new Argument<string>("prefix") { Description = "The key's prefix, as `keys list` shows it." };
        var revoke = new Command("revoke", "Revoke a key: it stops working at once.") { prefix, CliDatabase.ConnectionOption, CliDatabase.DataDirectoryOption };
        revoke.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await CliDatabase.OpenAsync(parse, cancellationToken);
            if (await new ApiKeyStore(database.DataSources.Write).RevokeAsync(parse.GetValue(prefix)!, cancellationToken))
            {
                Console.Error.WriteLine($"Revoked key {parse.GetValue(prefix)}.");
                return 0;
            }

            Console.Error.WriteLine($"contentapi keys revoke: no active key has the prefix {parse.GetValue(prefix)}.");
            return 2;
        });

        return new Command("keys", "Manage API keys.") { create, list, revoke };
    }

    private static string Time(DateTime? value) => value?.ToString("yyyy-MM-dd HH:mm:ss") ?? "-";
}
