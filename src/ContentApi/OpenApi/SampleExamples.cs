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
          "provenance": {
            "documentId": 1,
            "articleId": 2,
            "articleTitle": "点燃文明之光 照亮美丽红桥",
            "sectionId": 3,
            "sectionHeading": "全民齐参与 共育文明新风",
            "paragraphId": 22
          },
          "status": "accepted",
          "origin": "extractor",
          "reviewed": false
        }
        """)!;
}
