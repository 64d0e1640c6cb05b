using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ContentApi.Tests.Inputs;

/// <summary>The test pages of other formats than text, and the calls that send them.</summary>
internal static class InputPages
{
    public static readonly byte[] SamplePdf = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "000_a5e3d1870f42e52b.pdf"));

    public static byte[] Page(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Inputs", "Pages", name));

    public static ByteArrayContent Body(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    public static async Task<JsonObject> PreviewAsync(this HttpClient client, HttpContent body)
    {
        var response = await client.PostAsync("/api/v1/documents/preview", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The statistics of a parse as comparable keys: value, unit, metric and category, sorted.</summary>
    public static List<string> StatisticKeys(JsonObject parse) =>
        parse["articles"]!.AsArray().SelectMany(a => a!["statistics"]!.AsArray())
            .Select(s => $"{s!["value"]} {s["unit"]} {s["metric"]} {s["category"]}")
            .Order(StringComparer.Ordinal)
            .ToList();

    public static List<string> Titles(JsonObject parse) => parse["articles"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()).ToList();
}
