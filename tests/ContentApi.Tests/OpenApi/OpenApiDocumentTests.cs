using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ContentApi.Tests.OpenApi;

/// <summary>The OpenAPI document as served: valid against the specification, and complete enough for client generators.</summary>
public sealed class OpenApiDocumentTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string ProblemJson = "application/problem+json";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheDocumentValidatesAgainstTheOpenApiSpecification()
    {
        var json = await _client.GetStringAsync("/swagger/v1/swagger.json");

        var read = OpenApiDocument.Parse(json, OpenApiConstants.Json, new OpenApiReaderSettings());
        var errors = read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet());

        Assert.Empty(read.Diagnostic!.Errors);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task EveryOperationParameterAndErrorIsDocumented()
    {
        var document = await ReadAsync();

        var operations = Operations(document).ToList();

        Assert.Equal(22, operations.Count);
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Operation.OperationId), $"{o.Name} has no operationId");
            Assert.False(string.IsNullOrWhiteSpace(o.Operation.Summary), $"{o.Name} has no summary");
            Assert.False(string.IsNullOrWhiteSpace(o.Operation.Description), $"{o.Name} has no description");
            Assert.NotEmpty(o.Operation.Tags ?? new HashSet<OpenApiTagReference>());
            Assert.All(o.Operation.Parameters ?? [], p =>
            {
                Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{o.Name} {p.Name} has no description");
                Assert.NotNull(p.Schema?.Type);
            });
            Assert.All(o.Operation.Responses!.Where(r => r.Key[0] is '4' or '5'), r =>
            {
                Assert.Equal([ProblemJson], r.Value.Content!.Keys);
                Assert.NotNull(r.Value.Content![ProblemJson].Schema);
            });
            Assert.All(o.Operation.Responses!.Where(r => r.Key is "200" or "201"), r => Assert.NotEmpty(r.Value.Content!));
        });
        Assert.All(operations.Where(o => o.Method == HttpMethod.Get), o => Assert.Contains("304", o.Operation.Responses!.Keys));
    }

    [Fact]
    public async Task ParametersCarryTheirVocabulariesBoundsAndDefaults()
    {
        var document = await ReadAsync();

        var statistics = Operation(document, "/api/v1/statistics", HttpMethod.Get);
        var category = Parameter(statistics, "category");
        var pageSize = Parameter(statistics, "pageSize");
        var articles = Operation(document, "/api/v1/articles", HttpMethod.Get);

        Assert.Equal(JsonSchemaType.Array, category.Schema!.Type);
        Assert.Equal(ParameterStyle.Form, category.Style);
        Assert.True(category.Explode);
        Assert.Contains("volunteers", Values(category.Schema.Items!.Enum));
        Assert.Equal(["exact", "over", "approx", "under", "range"], Values(Parameter(statistics, "qualifier").Schema!.Enum));
        Assert.Contains("-value", Values(Parameter(statistics, "sort").Schema!.Enum));
        Assert.Equal("position", Parameter(statistics, "sort").Schema!.Default!.GetValue<string>());
        Assert.Equal("1", pageSize.Schema!.Minimum);
        Assert.Equal("100", pageSize.Schema.Maximum);
        Assert.Equal(20, pageSize.Schema.Default!.GetValue<int>());
        Assert.Contains("relevance", Values(Parameter(articles, "sort").Schema!.Enum));
        Assert.Contains("statisticCount", Parameter(articles, "fields").Description);
        Assert.Equal("志愿者", Parameter(articles, "q").Example!.GetValue<string>());
        Assert.Equal(100, Parameter(articles, "q").Schema!.MaxLength);
    }

    [Fact]
    public async Task BodiesAndResponsesHaveTheSchemasOfTheirMediaTypes()
    {
        var document = await ReadAsync();

        var ingest = Operation(document, "/api/v1/documents", HttpMethod.Post);
        var body = ingest.RequestBody!.Content!;
        var statistics = Operation(document, "/api/v1/statistics", HttpMethod.Get).Responses!["200"];
        var text = Operation(document, "/api/v1/documents/{id}/text", HttpMethod.Get).Responses!["200"].Content!;
        var statistic = document.Components!.Schemas!["StatisticDto"];

        Assert.Equal("DocumentRequest", ((OpenApiSchemaReference)body["application/json"].Schema!).Reference.Id);
        Assert.Equal(JsonSchemaType.String, body["text/plain"].Schema!.Type);
        Assert.Contains(ingest.Parameters!, p => p.Name == "publishedOn" && p.Schema!.Format == "date");
        Assert.Contains("Location", ingest.Responses!["201"].Headers!.Keys);
        Assert.Equal("HttpValidationProblemDetails", ((OpenApiSchemaReference)ingest.Responses["400"].Content![ProblemJson].Schema!).Reference.Id);
        Assert.Equal(JsonSchemaType.String, statistics.Content!["text/csv"].Schema!.Type);
        Assert.Contains("X-Total-Count", statistics.Headers!.Keys);
        Assert.Equal(JsonSchemaType.String, text["text/plain"].Schema!.Type);
        Assert.Equal(94220, statistic.Example!["value"]!.GetValue<int>());
        Assert.Contains("metric", statistic.Required!);
        Assert.DoesNotContain("valueMax", statistic.Required!);
        Assert.Equal(JsonSchemaType.Number, statistic.Properties!["value"].Type);
        Assert.Equal("date", statistic.Properties["publishedOn"].Format);
    }

    [Fact]
    public async Task EveryExampleOfASchemaNamesOnlyItsPropertiesAndAnAnswerAllOfThem()
    {
        var document = await ReadAsync();

        var examples = document.Components!.Schemas!.Where(s => s.Value.Example is System.Text.Json.Nodes.JsonObject)
            .ToDictionary(s => s.Key, s => (Properties: s.Value.Properties!.Keys.ToHashSet(), Example: s.Value.Example!.AsObject().Select(p => p.Key).ToHashSet()));

        // A request's example may leave optional fields out; an answer's shows every field a client receives.
        Assert.Subset(examples.Keys.ToHashSet(), new HashSet<string> { "StatisticDto", "DocumentRequest", "MetricSummary", "PlaceCount", "SeriesResponse" });
        Assert.All(examples.Values, e => Assert.Subset(e.Properties, e.Example));
        Assert.All(new[] { "StatisticDto", "MetricSummary", "PlaceCount", "SeriesResponse" }, answer => Assert.Equal(examples[answer].Properties, examples[answer].Example));
    }

    [Fact]
    public async Task CorrectionsDeclareTheirMediaTypesPreconditionsAndExamples()
    {
        var document = await ReadAsync();

        var patch = Operation(document, "/api/v1/statistics/{id}", HttpMethod.Patch);
        var add = Operation(document, "/api/v1/articles/{id}/statistics", HttpMethod.Post);
        var patchSchema = document.Components!.Schemas!["StatisticPatch"];

        Assert.Equal(["application/merge-patch+json"], patch.RequestBody!.Content!.Keys);
        Assert.Equal("StatisticPatch", ((OpenApiSchemaReference)patch.RequestBody.Content["application/merge-patch+json"].Schema!).Reference.Id);
        Assert.True(Parameter(patch, "If-Match").Required);
        Assert.Equal(ParameterLocation.Header, Parameter(patch, "If-Match").In);
        foreach (var status in new[] { "412", "428" })
        {
            Assert.Equal(int.Parse(status), patch.Responses![status].Content![ProblemJson].Example!["status"]!.GetValue<int>());
        }

        Assert.Contains("ETag", patch.Responses!["200"].Headers!.Keys);
        Assert.Contains("400", patch.Responses.Keys);
        Assert.Contains("415", patch.Responses.Keys);
        Assert.Equal(["metric", "category", "value", "valueMax", "unit", "qualifier", "status", "reason"], patchSchema.Properties!.Keys);
        Assert.False(patchSchema.AdditionalPropertiesAllowed);
        Assert.Equal(["accepted", "rejected"], Values(patchSchema.Properties["status"].Enum));
        Assert.Equal(["application/json"], add.RequestBody!.Content!.Keys);
        Assert.Contains("409", add.Responses!.Keys);
        Assert.Contains("start", document.Components.Schemas["NewStatistic"].Required!);
        Assert.NotEmpty(patch.Security!);
        Assert.NotEmpty(Operation(document, "/api/v1/documents/{id}/reextract", HttpMethod.Post).Security!);
        Assert.Contains("dryRun", Operation(document, "/api/v1/documents/{id}/reextract", HttpMethod.Post).Parameters!.Select(p => p.Name));
        Assert.Contains("304", Operation(document, "/api/v1/statistics/{id}/revisions", HttpMethod.Get).Responses!.Keys);
    }

    private async Task<OpenApiDocument> ReadAsync()
    {
        var json = await _client.GetStringAsync("/swagger/v1/swagger.json");
        return OpenApiDocument.Parse(json, OpenApiConstants.Json, new OpenApiReaderSettings()).Document!;
    }

    private static IEnumerable<(string Name, HttpMethod Method, OpenApiOperation Operation)> Operations(OpenApiDocument document) =>
        document.Paths.SelectMany(path => path.Value.Operations!.Select(o => ($"{o.Key} {path.Key}", o.Key, o.Value)));

    private static OpenApiOperation Operation(OpenApiDocument document, string path, HttpMethod method) => document.Paths[path].Operations![method];

    private static IOpenApiParameter Parameter(OpenApiOperation operation, string name) => operation.Parameters!.Single(p => p.Name == name);

    private static List<string> Values(IList<JsonNode>? values) => values!.Select(v => v.GetValue<string>()).ToList();
}
