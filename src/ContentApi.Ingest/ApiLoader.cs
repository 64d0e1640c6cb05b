using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Inputs;

namespace ContentApi.Ingest;

/// <summary>
/// Loads pages through the API, several requests at a time: text (and HTML from JSON Lines) as JSON, HTML and PDF
/// files as their own media type. 201 is stored, 200 already stored (the API skips a known text by its hash), a
/// problem fails that page with its detail. A 429 waits as long as <c>Retry-After</c> says and tries again; a 5xx
/// or a dropped connection is tried again a few times.
/// </summary>
public sealed class ApiLoader(HttpClient http)
{
    private const int Attempts = 4;

    public async Task RunAsync(IReadOnlyList<PageItem> items, int parallel, IngestReport report, Action progress, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (item, token) =>
        {
            try
            {
                await LoadAsync(item, report, token);
            }
            catch (Exception e) when (e is PageSourceException or IOException or UnauthorizedAccessException or HttpRequestException or JsonException)
            {
                report.AddFailed(item.Origin, e.Message);
            }

            progress();
        });
    }

    private async Task LoadAsync(PageItem item, IngestReport report, CancellationToken cancellationToken)
    {
        var input = item.Read();
        using var response = await SendAsync(() => Request(input), cancellationToken);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            report.AddSkipped();
            return;
        }

        if (response.StatusCode != HttpStatusCode.Created)
        {
            report.AddFailed(item.Origin, await ProblemAsync(response, cancellationToken));
            return;
        }

        var document = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!;
        var id = document["id"]!.GetValue<long>();
        using var counts = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"api/v1/statistics/categories?documentId={id}"), cancellationToken);
        counts.EnsureSuccessStatusCode();
        var categories = (await counts.Content.ReadFromJsonAsync<JsonArray>(cancellationToken))!
            .Select(c => (Category: c!["category"]!.GetValue<string>(), Count: c["count"]!.GetValue<long>()))
            .Where(c => c.Count > 0)
            .ToDictionary(c => c.Category, c => c.Count);
        report.AddStored(categories);
    }

    // Text, and HTML that came in a JSON line, go as JSON with their metadata; an HTML or PDF file as its bytes.
    private static HttpRequestMessage Request(PageInput input)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/documents");
        if (input.Format == PageFormat.Pdf || input.Format == PageFormat.Html && input.MediaType == PageFormats.HtmlMediaType)
        {
            request.Content = new ByteArrayContent(input.Bytes!);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(input.MediaType);
            return request;
        }

        request.Content = JsonContent.Create(new JsonObject
        {
            [input.Format == PageFormat.Html ? "html" : "text"] = input.Text ?? System.Text.Encoding.UTF8.GetString(input.Bytes!),
            ["source"] = input.Metadata.Source,
            ["sourceUrl"] = input.Metadata.SourceUrl,
            ["publishedOn"] = input.Metadata.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["place"] = input.Place,
        });
        return request;
    }

    // A request is built anew for each attempt: a sent HttpRequestMessage cannot be sent again.
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request(), cancellationToken);
            }
            catch (HttpRequestException) when (attempt < Attempts)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
                continue;
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                // The budget is per client and refills with time: waiting is always right, and never counts as a failure.
                var wait = response.Headers.RetryAfter?.Delta ?? (response.Headers.RetryAfter?.Date - DateTimeOffset.UtcNow) ?? TimeSpan.FromSeconds(1);
                response.Dispose();
                await Task.Delay(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, cancellationToken);
                attempt--;
                continue;
            }

            if ((int)response.StatusCode >= 500 && attempt < Attempts)
            {
                response.Dispose();
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
                continue;
            }

            return response;
        }
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = $"{(int)response.StatusCode}";
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            var errors = problem?["errors"]?.AsObject().SelectMany(e => e.Value!.AsArray().Select(m => m!.GetValue<string>()));
            return $"{status} {problem?["detail"]?.GetValue<string>() ?? problem?["title"]?.GetValue<string>()}{(errors is null ? "" : " " + string.Join(" ", errors))}".Trim();
        }
        catch (JsonException)
        {
            return status;
        }
    }
}
