using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ContentApi.Desk.Tests;

/// <summary>
/// The editor's desk in a real browser against the real service and database: what the page shows is checked
/// against what the API answers, and every edit made in the page is read back from the API.
/// </summary>
public sealed class DeskTests(DeskHost desk) : IClassFixture<DeskHost>
{
    private readonly HttpClient _api = desk.CreateClient();

    [Fact]
    public async Task EveryArticleOfTheSampleShowsAsManyHighlightsAsTheApiHasStatistics()
    {
        var articles = (await _api.GetJsonAsync("/api/v1/articles?documentId=1&pageSize=100")).Items().ToList();
        var page = await desk.OpenAsync("");
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(desk.BaseUrl + "/", StringComparison.Ordinal) && !request.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };
        await page.ReloadAsync();

        Assert.NotEmpty(articles);
        foreach (var article in articles)
        {
            var expected = (await _api.GetJsonAsync($"/api/v1/statistics?articleId={article.Id()}&pageSize=1"))["total"]!.GetValue<int>();
            await page.GotoAsync($"{desk.BaseUrl}/#/article/{article.Id()}");
            await page.GetByText($"{expected} statistics highlighted", new() { Exact = false }).First.WaitForAsync();

            Assert.Equal(expected, await page.Locator("button.fig").CountAsync());
        }

        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task TheSampleArticleReadsWithItsFiguresHighlightedAtTheirText()
    {
        var statistics = (await _api.GetJsonAsync("/api/v1/statistics?documentId=1&pageSize=100")).Items().ToList();
        var articleId = statistics.GroupBy(s => s["provenance"]!["articleId"]!.GetValue<long>()).MaxBy(g => g.Count())!.Key;
        var page = await desk.OpenAsync($"#/article/{articleId}");
        await page.Locator("button.fig").First.WaitForAsync();

        foreach (var statistic in statistics.Where(s => s["provenance"]!["articleId"]!.GetValue<long>() == articleId))
        {
            var highlight = page.Locator($"button.fig[data-statistic='{statistic.Id()}']");
            Assert.Equal(statistic["text"]!.GetValue<string>(), await highlight.InnerTextAsync());
        }

        await page.Locator("button.fig").First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Figure" }).WaitForAsync();
        await DeskHost.ScreenshotAsync(page, "article", fullPage: false);
        Assert.Empty(await DeskHost.SeriousAccessibilityViolationsAsync(page));
        await page.SetViewportSizeAsync(390, 844);
        await DeskHost.ScreenshotAsync(page, "article-phone");
        Assert.Empty(await DeskHost.SeriousAccessibilityViolationsAsync(page));
    }

    [Fact]
    public async Task TheDeskIsServedAtTheRootBesideTheApiAndSwagger()
    {
        var index = await _api.GetAsync("/");
        var articles = await _api.GetAsync("/api/v1/articles");
        var swagger = await _api.GetAsync("/swagger/index.html");

        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
        Assert.Contains("desk.js", await index.Content.ReadAsStringAsync());
        Assert.Contains("script-src 'self'", index.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("application/json", articles.Content.Headers.ContentType?.MediaType);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'; base-uri 'none'", articles.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
    }

    [Fact]
    public async Task TheStatisticsTableChartsASeriesAndDownloadsItsRowsAsCsv()
    {
        var sample = (await _api.GetJsonAsync("/api/v1/statistics?documentId=1&pageSize=100")).Items();
        var (metricKey, unit) = sample.Where(s => s["metricKey"] is not null)
            .GroupBy(s => (s["metricKey"]!.GetValue<string>(), s["unit"]!.GetValue<string>())).MaxBy(g => g.Count())!.Key;
        var query = $"metricKey={Uri.EscapeDataString(metricKey)}&unit={Uri.EscapeDataString(unit)}";
        var total = (await _api.GetJsonAsync($"/api/v1/statistics?{query}"))["total"]!.GetValue<int>();
        var points = (await _api.GetJsonAsync($"/api/v1/series?{query}"))["points"]!.AsArray().Count;
        var page = await desk.OpenAsync($"#/statistics?{query}");

        await page.Locator("figure.chart canvas").WaitForAsync();
        await Assertions(page.Locator("figure.chart figcaption")).ToContainTextAsync($"{points} figures");
        await page.GetByLabel("Show").SelectOptionAsync("places");
        await page.Locator("figure.chart canvas").WaitForAsync();
        await DeskHost.ScreenshotAsync(page, "statistics-chart");
        Assert.Empty(await DeskHost.SeriousAccessibilityViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Prepare CSV" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download statistics.csv" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var csv = System.Text.Encoding.UTF8.GetString(bytes).Split('\n');

        Assert.Equal(total, await page.Locator("table[aria-label='Statistics'] tbody tr").CountAsync());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("metricKey", csv[0]);
        Assert.Equal(total, csv.Skip(1).Count(line => line.Trim().Length > 0));
    }

    [Fact]
    public async Task ACategoryCorrectedInThePageIsReadBackFromTheApi()
    {
        var articleId = await IngestAsync(Pages.Numbered(31));
        var page = await desk.OpenAsync($"#/article/{articleId}");
        await desk.EnterKeyAsync(page);
        var figure = page.Locator("button.fig").First;
        var statisticId = long.Parse((await figure.GetAttributeAsync("data-statistic"))!);

        // The keyboard alone: focus the highlight, open it, choose the category, save.
        await figure.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions(page.GetByRole(AriaRole.Button, new() { Name = "Accept" })).ToBeEnabledAsync();
        await page.GetByLabel("Category 类别").SelectOptionAsync("honorees");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save correction" }).ClickAsync();
        await Assertions(page.Locator("dd[data-field='category']")).ToHaveTextAsync("honorees");

        var stored = await _api.GetJsonAsync($"/api/v1/statistics/{statisticId}");
        Assert.Equal("honorees", stored["category"]!.GetValue<string>());
        Assert.True(stored["reviewed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ARejectedFigureLeavesTheStatisticsTable()
    {
        var articleId = await IngestAsync(Pages.Numbered(32));
        var page = await desk.OpenAsync($"#/statistics?articleId={articleId}");
        var rows = page.Locator("table[aria-label='Statistics'] tbody tr");
        await rows.First.WaitForAsync();
        var before = await rows.CountAsync();
        var rejected = (await rows.First.GetAttributeAsync("data-statistic"))!;
        await DeskHost.ScreenshotAsync(page, "statistics");
        Assert.Empty(await DeskHost.SeriousAccessibilityViolationsAsync(page));

        await page.GotoAsync($"{desk.BaseUrl}/#/article/{articleId}");
        await desk.EnterKeyAsync(page);
        await page.Locator($"button.fig[data-statistic='{rejected}']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions(page.Locator("dd[data-field='status']")).ToContainTextAsync("rejected");
        await page.GotoAsync($"{desk.BaseUrl}/#/statistics?articleId={articleId}");
        await Assertions(rows).ToHaveCountAsync(before - 1);

        Assert.Equal(0, await page.Locator($"tr[data-statistic='{rejected}']").CountAsync());
        var listed = await _api.GetJsonAsync($"/api/v1/statistics?articleId={articleId}");
        Assert.DoesNotContain(listed.Items(), s => s.Id().ToString() == rejected);
    }

    [Fact]
    public async Task APageIngestedThroughTheFormIsFoundInTheArchive()
    {
        var page = await desk.OpenAsync("#/ingest");
        await desk.EnterKeyAsync(page);
        await page.GetByLabel("Page text 正文 (paste)").FillAsync(Pages.Numbered(33));
        await page.GetByLabel("Source 来源").FillAsync("编辑台测试报");

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Every number and why" }).WaitForAsync();
        Assert.True(await page.Locator("table.explain tbody tr").CountAsync() >= 4);
        await DeskHost.ScreenshotAsync(page, "ingest");
        Assert.Empty(await DeskHost.SeriousAccessibilityViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Store" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).GetByText("Stored as document").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Find it in the archive" }).ClickAsync();
        await page.GetByLabel("Search 搜索").FillAsync("服务居民3300户");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        // The archive lists the stored article before the search too: the highlighted match says the search answered.
        await Assertions(page.Locator(".snippet mark").First).ToHaveTextAsync("服务居民3300户");
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "街道志愿服务工作纪实第33篇" }).CountAsync());
        var documents = page.Locator("table[aria-label='Documents'] tbody tr");
        await Assertions(documents).ToHaveCountAsync(1);
        await Assertions(documents).ToContainTextAsync("编辑台测试报");
        await DeskHost.ScreenshotAsync(page, "archive");
        Assert.Empty(await DeskHost.SeriousAccessibilityViolationsAsync(page));
    }

    [Theory]
    [InlineData("archive?source=held", "articles", "Source 来源", "Search 搜索", null, "0 articles")]
    [InlineData("statistics?unit=held", "statistics", "Unit 单位", "Metric 指标", "Qualifier", "0 statistics")]
    public async Task WhatAnEditorTypesWhileAListLoadsIsKept(string address, string list, string fromAddress, string typedInto, string? chosenIn, string loaded)
    {
        // The list's answer is held until the editor has typed: its arrival re-renders the view, which must not put
        // the filters back to what the address held.
        var answer = new TaskCompletionSource();
        var page = await desk.OpenAsync("");
        await page.RouteAsync($"**/api/v1/{list}?**", async route =>
        {
            await answer.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync($"{desk.BaseUrl}/#/{address}");
        await page.GetByLabel(typedInto).FillAsync("志愿者");
        await page.GetByLabel("Place 地区").FillAsync("红桥区");
        if (chosenIn is not null)
        {
            await page.GetByLabel(chosenIn).SelectOptionAsync("over");
        }

        answer.SetResult();
        await page.GetByText(loaded, new() { Exact = true }).WaitForAsync();

        await Assertions(page.GetByLabel(typedInto)).ToHaveValueAsync("志愿者");
        await Assertions(page.GetByLabel("Place 地区")).ToHaveValueAsync("红桥区");
        await Assertions(page.GetByLabel(fromAddress)).ToHaveValueAsync("held");
        if (chosenIn is not null)
        {
            await Assertions(page.GetByLabel(chosenIn)).ToHaveValueAsync("over");
        }
    }

    [Fact]
    public async Task AStaleEditShowsThe412AndKeepsTheEditorsDraft()
    {
        var articleId = await IngestAsync(Pages.Numbered(34));
        var page = await desk.OpenAsync($"#/article/{articleId}");
        await desk.EnterKeyAsync(page);
        var figure = page.Locator("button.fig").First;
        var statisticId = (await figure.GetAttributeAsync("data-statistic"))!;
        await figure.ClickAsync();
        var metric = page.GetByLabel("Metric 指标");
        await Assertions(page.GetByRole(AriaRole.Button, new() { Name = "Accept" })).ToBeEnabledAsync();
        await metric.FillAsync("编辑甲改的指标");

        // Another editor saves first, with the ETag both of them read.
        await PatchAsync(statisticId, new JsonObject { ["metric"] = "编辑乙改的指标" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save correction" }).ClickAsync();

        await Assertions(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("412");
        await Assertions(metric).ToHaveValueAsync("编辑甲改的指标");
        Assert.Equal("编辑乙改的指标", (await _api.GetJsonAsync($"/api/v1/statistics/{statisticId}"))["metric"]!.GetValue<string>());
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep my edit and use the current version" }).ClickAsync();
        await Assertions(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Assertions(page.Locator("dl.facts")).ToContainTextAsync("编辑乙改的指标");
        await Assertions(metric).ToHaveValueAsync("编辑甲改的指标");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save correction" }).ClickAsync();
        await Assertions(page.Locator("dl.facts")).ToContainTextAsync("编辑甲改的指标");
        await Assertions(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        Assert.Equal("编辑甲改的指标", (await _api.GetJsonAsync($"/api/v1/statistics/{statisticId}"))["metric"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFigureTheExtractorMissedIsAddedBySelectingItsText()
    {
        // 第2批 is an ordinal, so the extractor leaves it out; an editor who reads it as a count adds it.
        var articleId = await IngestAsync(Pages.Numbered(35).Replace("社区治理持续完善", "第2批社区治理项目完成"));
        var page = await desk.OpenAsync($"#/article/{articleId}");
        await desk.EnterKeyAsync(page);
        // The article and its figures render together once loaded: count them only after its text is there, or a
        // slow load counts "Loading…" as no figures.
        var paragraph = page.Locator("p[data-paragraph]", new() { HasText = "2批" });
        await paragraph.WaitForAsync();
        var before = await page.Locator("button.fig").CountAsync();

        // Select 2批 with the mouse: from the start of 2 to the end of 批.
        await paragraph.EvaluateAsync("""
            p => {
              const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
              let node;
              while ((node = walker.nextNode())) {
                const at = node.data.indexOf('2批');
                if (at >= 0) { const r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + 2); getSelection().removeAllRanges(); getSelection().addRange(r); break; }
              }
              p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
            }
            """);
        await page.GetByText("Selected: 「2批」").WaitForAsync();
        await page.GetByLabel("Metric 指标").FillAsync("治理项目批次");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add figure" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).GetByText("Added 「2批」").WaitForAsync();

        await Assertions(page.Locator("button.fig")).ToHaveCountAsync(before + 1);
        var added = (await _api.GetJsonAsync($"/api/v1/statistics?articleId={articleId}&pageSize=100")).Items().Single(s => s["metric"]!.GetValue<string>() == "治理项目批次");
        Assert.Equal("2批", added["text"]!.GetValue<string>());
        Assert.Equal("editor", added["origin"]!.GetValue<string>());
    }

    private async Task<long> IngestAsync(string text)
    {
        var document = await _api.IngestAsync(text);
        return document["articles"]!.AsArray()[0]!["id"]!.GetValue<long>();
    }

    private async Task PatchAsync(string statisticId, JsonObject patch)
    {
        var current = await _api.GetAsync($"/api/v1/statistics/{statisticId}");
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/statistics/{statisticId}")
        {
            Content = new StringContent(patch.ToJsonString(), System.Text.Encoding.UTF8, "application/merge-patch+json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag!.ToString());
        var response = await _api.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static ILocatorAssertions Assertions(ILocator locator) => Microsoft.Playwright.Assertions.Expect(locator);
}
