using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Inputs;

public sealed class PageInputLimitsTests(PageInputLimitsTests.Fixture factory) : IClassFixture<PageInputLimitsTests.Fixture>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task APdfWithMorePagesThanTheLimitIsRefused()
    {
        var response = await _client.PostAsync("/api/v1/documents", InputPages.Body(InputPages.SamplePdf, "application/pdf"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("too-many-pages", problem["reason"]!.GetValue<string>());
        Assert.Contains("3 pages", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task APdfLargerThanItsSizeLimitIsRefused()
    {
        var large = InputPages.SamplePdf.Concat(new byte[factory.MaxPdfBytes]).ToArray();

        var response = await _client.PostAsync("/api/v1/documents", InputPages.Body(large, "application/pdf"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    public sealed class Fixture : ContentApiFactory
    {
        public int MaxPdfBytes => 2 * 1024 * 1024;

        protected override IEnumerable<(string Key, string Value)> Settings =>
        [
            ("Ingest:MaxPdfPages", "2"),
            ("Ingest:MaxPdfBytes", MaxPdfBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];
    }
}

public sealed class PageInputBudgetTests(PageInputBudgetTests.Fixture factory) : IClassFixture<PageInputBudgetTests.Fixture>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task APdfThatTakesLongerThanTheParseBudgetIsRefusedNotWaitedFor()
    {
        var response = await _client.PostAsync("/api/v1/documents/preview", InputPages.Body(InputPages.SamplePdf, "application/pdf"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("longer than", (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
    }

    public sealed class Fixture : ContentApiFactory
    {
        // A millisecond: reading a three-page PDF with its fonts takes far longer. (The sample would not load in it.)
        protected override IEnumerable<(string Key, string Value)> Settings => [("Ingest:ParseBudgetSeconds", "0.001"), ("Sample:LoadWhenEmpty", "false")];
    }
}
