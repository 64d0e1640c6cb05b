using System.Text.Json.Nodes;

namespace ContentApi.OpenApi;

/// <summary>
/// Examples for the document, copied from the bundled sample page (samples/000_a5e3d1870f42e52b.txt) and from what
/// the service extracts from it, so that a reader of Swagger UI sees real values. Built anew on each use: a JSON
/// node belongs to one document tree.
/// </summary>
internal static class SampleExamples
{
    public const string Source = "红桥报 (sample page)";

    /// <summary>An excerpt of the sample page: an article's title, subtitle, byline, a subheading and one paragraph.</summary>
    public const string PageExcerpt = """
        点燃文明之光 照亮美丽红桥

        ——红桥区创建文明城区工作综述

        ■ 通讯员 姚皓宇

        全民齐参与 共育文明新风

        红桥区将志愿服务“朋友圈”越做越大,注册志愿服务队伍达到955支,注册志愿者94220人,超过全区常住人口数的20%,在助力基层治理、交通引导、运河桃花文化商贸旅游节、为老服务等重点工作中发挥了重要作用。
        """;

    public static JsonNode DocumentRequest() => new JsonObject
    {
        ["text"] = PageExcerpt,
        ["source"] = Source,
        ["publishedOn"] = "2024-01-05",
    };

    public static JsonNode Statistic() => JsonNode.Parse("""
        {
          "id": 2,
          "metric": "注册志愿者",
          "category": "volunteers",
          "value": 94220,
          "valueMax": null,
          "unit": "人",
          "qualifier": "exact",
          "text": "94220人",
          "sentence": "红桥区将志愿服务“朋友圈”越做越大，注册志愿服务队伍达到955支，注册志愿者94220人，超过全区常住人口数的20%，在助力基层治理、交通引导、运河桃花文化商贸旅游节、为老服务等重点工作中发挥了重要作用。",
          "start": 3727,
          "end": 3733,
          "publishedOn": "2024-01-05",
          "provenance": {{Provenance}},
          "status": "accepted",
          "origin": "extractor",
          "reviewed": false,
          "metricKey": "注册志愿者",
          "place": {{Place}},
          "period": {{Period}}
        }
        """.Replace("{{Place}}", Place).Replace("{{Period}}", Period).Replace("{{Provenance}}", Provenance))!;

    // Where the sample's figure of registered volunteers was read, and the place and period the extractor gives it.
    private const string Place = """{ "code": "120106", "name": "红桥区", "level": "county", "path": ["天津市", "红桥区"] }""";
    private const string Provenance = """
        { "documentId": 1, "articleId": 2, "articleTitle": "点燃文明之光 照亮美丽红桥", "sectionId": 3, "sectionHeading": "全民齐参与 共育文明新风", "paragraphId": 22 }
        """;
    private const string Period = """{ "year": 2024, "from": null, "to": null, "label": "2024年", "isTarget": false }""";

    /// <summary>The sample's registered volunteers as a series of /statistics/metrics: one statistic on the one page.</summary>
    public static JsonNode MetricSummary() => JsonNode.Parse("""
        {
          "metricKey": "注册志愿者",
          "metric": "注册志愿者",
          "wordings": 1,
          "unit": "人",
          "category": "volunteers",
          "count": 1,
          "sum": 94220,
          "min": 94220,
          "max": 94220,
          "firstPublishedOn": "2024-01-05",
          "lastPublishedOn": "2024-01-05"
        }
        """)!;

    /// <summary>The sample's district in GET /places: 13 statistics name it, 18 with its streets and communities.</summary>
    public static JsonNode PlaceCount() => JsonNode.Parse("""
        {
          "code": "120106",
          "name": "红桥区",
          "level": "county",
          "path": ["天津市", "红桥区"],
          "count": 13,
          "total": 18,
          "children": null
        }
        """)!;

    /// <summary>The series of the sample's registered volunteers in its district: the one point the sample gives.</summary>
    public static JsonNode Series() => JsonNode.Parse("""
        {
          "metricKey": "注册志愿者",
          "unit": "人",
          "place": {{Place}},
          "total": 1,
          "points": [
            {
              "statisticId": 2,
              "value": 94220,
              "valueMax": null,
              "qualifier": "exact",
              "metric": "注册志愿者",
              "period": {{Period}},
              "place": {{Place}},
              "publishedOn": "2024-01-05",
              "provenance": {{Provenance}},
              "text": "94220人"
            }
          ]
        }
        """.Replace("{{Place}}", Place).Replace("{{Period}}", Period).Replace("{{Provenance}}", Provenance))!;
}
