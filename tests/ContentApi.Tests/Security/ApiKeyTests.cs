using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ContentApi.Data.Keys;
using ContentApi.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace ContentApi.Tests.Security;

public sealed class ApiKeyTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task AWriteWithoutAKeyIs401WithAChallengeAndStoresNothing()
    {
        var client = factory.CreateAnonymousClient();
        var documentsBefore = await CountDocumentsAsync();

        var response = await client.PostAsJsonAsync("/api/v1/documents", new { text = Pages.Numbered(501) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(401, (await response.ProblemAsync())["status"]!.GetValue<int>());
        Assert.Equal(documentsBefore, await CountDocumentsAsync());
    }

    [Fact]
    public async Task ADeleteWithoutAKeyIs401()
    {
        var client = factory.CreateAnonymousClient();

        var response = await client.DeleteAsync("/api/v1/documents/1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AWrongKeyIs401NamingTheInvalidToken()
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "cak_AAAAAAAAAAAA_not-the-secret");

        var response = await client.PostAsJsonAsync("/api/v1/documents", new { text = Pages.Numbered(502) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
        await response.ProblemAsync();
    }

    [Fact]
    public async Task AKeyWithoutTheWriteScopeIs403()
    {
        var (key, _) = await CreateKeyAsync(ApiKeyScopes.Read);
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        var response = await client.PostAsJsonAsync("/api/v1/documents", new { text = Pages.Numbered(503) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("insufficient_scope", response.Headers.WwwAuthenticate.ToString());
        await response.ProblemAsync();
    }

    [Fact]
    public async Task AWriteKeyMayAlsoBeSentAsXApiKey()
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", factory.WriteKey);

        var response = await client.PostAsJsonAsync("/api/v1/documents", new { text = Pages.Numbered(504) });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ARevokedKeyStopsWorkingAtOnce()
    {
        var (key, info) = await CreateKeyAsync(ApiKeyScopes.Write);
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/documents", new { text = Pages.Numbered(505) })).StatusCode);

        await using (var dataSource = NpgsqlDataSource.Create(factory.ConnectionString))
        {
            Assert.True(await new ApiKeyStore(dataSource).RevokeAsync(info.Prefix));
        }

        var response = await client.PostAsJsonAsync("/api/v1/documents", new { text = Pages.Numbered(506) });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ReadsNeedNoKey()
    {
        var client = factory.CreateAnonymousClient();

        var response = await client.GetAsync("/api/v1/statistics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OnlyAHashOfAKeyIsStored()
    {
        var (key, info) = await CreateKeyAsync(ApiKeyScopes.Write);

        await using var connection = await factory.OpenDatabaseAsync();
        var stored = await connection.QuerySingleAsync<string>("SELECT row_to_json(k)::text FROM api_keys k WHERE prefix = @Prefix", new { info.Prefix });

        // The secret follows "cak_", the 12-character prefix and "_"; being base64url, it may itself contain '_'.
        Assert.DoesNotContain(key[("cak_".Length + 12 + 1)..], stored);
        Assert.Contains(info.Prefix, stored);
    }

    [Fact]
    public async Task TheOpenApiDocumentDeclaresTheKeyScheme()
    {
        var client = factory.CreateAnonymousClient();

        var document = await client.GetJsonAsync("/swagger/v1/swagger.json");

        Assert.Equal("http", document["components"]!["securitySchemes"]!["ApiKey"]!["type"]!.GetValue<string>());
        Assert.Equal("write", document["paths"]!["/api/v1/documents"]!["post"]!["security"]![0]!["ApiKey"]![0]!.GetValue<string>());
        // The document's default is the key; an open read says explicitly that it needs none.
        Assert.NotNull(document["security"]![0]!["ApiKey"]);
        Assert.Empty(document["paths"]!["/api/v1/statistics"]!["get"]!["security"]!.AsArray());
    }

    private async Task<(string Key, ApiKeyInfo Info)> CreateKeyAsync(string scope)
    {
        await using var dataSource = NpgsqlDataSource.Create(factory.ConnectionString);
        return await new ApiKeyStore(dataSource).CreateAsync("test " + scope, [scope]);
    }

    private async Task<long> CountDocumentsAsync()
    {
        await using var connection = await factory.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM documents");
    }
}

/// <summary>A deployment that closes reads too: a key with the read scope is then needed for every GET.</summary>
public sealed class ClosedReadsTests(ClosedReadsTests.Fixture factory) : IClassFixture<ClosedReadsTests.Fixture>
{
    public sealed class Fixture : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [("Security:RequireKeyForReads", "true")];
    }

    [Fact]
    public async Task AReadWithoutAKeyIs401()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/api/v1/articles");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AReadWithAWriteKeyIsServed()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/articles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HealthStaysOpen()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
