using ContentApi.Tests.Infrastructure;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ContentApi.Tests.OpenApi;

/// <summary>
/// What Redocly's recommended rules ask of the served document, derived from the endpoints rather than listed per
/// endpoint. .ci/run lints the very document this class fetches (CONTENTAPI_OPENAPI_OUT) with tools/openapi-lint.
/// </summary>
public sealed class OpenApiLintTests(OpenApiLintTests.Factory factory) : IClassFixture<OpenApiLintTests.Factory>
{
    public const string PublicUrl = "https://api.contentapi.test";

    /// <summary>A deployment that names its public address, as one behind a load balancer does.</summary>
    public sealed class Factory : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [("OpenApi:Servers:0", PublicUrl)];
    }

    [Fact]
    public async Task EveryOperationSaysWhatSecurityItNeedsAndWhichClientErrorsItGives()
    {
        var json = await factory.CreateAnonymousClient().GetStringAsync("/swagger/v1/swagger.json");
        if (Environment.GetEnvironmentVariable("CONTENTAPI_OPENAPI_OUT") is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, json);
        }

        var document = OpenApiDocument.Parse(json, OpenApiConstants.Json, new OpenApiReaderSettings()).Document!;
        var operations = document.Paths.SelectMany(p => p.Value.Operations!.Select(o => (Name: $"{o.Key} {p.Key}", Method: o.Key, Operation: o.Value))).ToList();

        Assert.Equal("ApiKey", Assert.Single(Assert.Single(document.Security!).Keys).Reference.Id);
        Assert.All(operations, o =>
        {
            Assert.NotNull(o.Operation.Security);
            Assert.Contains(o.Operation.Responses!.Keys, status => status[0] == '4');
            Assert.Contains("414", o.Operation.Responses!.Keys);
        });
        Assert.All(operations.Where(o => o.Method == HttpMethod.Get), o => Assert.Empty(o.Operation.Security!));
        Assert.All(operations.Where(o => o.Method == HttpMethod.Post || o.Method == HttpMethod.Delete), o =>
        {
            Assert.NotEmpty(o.Operation.Security!);
            Assert.Contains("401", o.Operation.Responses!.Keys);
            Assert.Contains("403", o.Operation.Responses!.Keys);
        });
        Assert.All(operations.Where(o => o.Name.Contains("/api/")), o => Assert.Contains("429", o.Operation.Responses!.Keys));
        Assert.DoesNotContain("429", operations.Single(o => o.Name == "GET /health/database").Operation.Responses!.Keys);
        Assert.Equal(PublicUrl, Assert.Single(document.Servers!).Url);
        Assert.All(document.Tags!, t => Assert.False(string.IsNullOrWhiteSpace(t.Description), $"tag {t.Name} has no description"));
        Assert.False(string.IsNullOrWhiteSpace(document.Info.License?.Name));
        Assert.NotNull(document.Info.License!.Url);
        Assert.False(string.IsNullOrWhiteSpace(document.Info.Contact?.Name));
    }
}
