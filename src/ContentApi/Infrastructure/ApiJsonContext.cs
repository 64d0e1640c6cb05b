using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ContentApi.Articles;
using ContentApi.Corrections;
using ContentApi.Documents;
using ContentApi.Health;
using ContentApi.Paging;
using ContentApi.Places;
using ContentApi.Series;
using ContentApi.Statistics;
using ContentApi.Text.Parsing;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi;

/// <summary>Every type the API reads or writes as JSON, serialized by source-generated code (camelCase).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DocumentRequest))]
[JsonSerializable(typeof(DocumentDetail))]
[JsonSerializable(typeof(PagedResponse<DocumentSummary>))]
[JsonSerializable(typeof(ParsedPage))]
[JsonSerializable(typeof(PagedResponse<ArticleSummary>))]
[JsonSerializable(typeof(ArticleDetail))]
[JsonSerializable(typeof(IReadOnlyList<SectionDto>))]
[JsonSerializable(typeof(SectionDto))]
[JsonSerializable(typeof(PagedResponse<StatisticDto>))]
[JsonSerializable(typeof(PagedResponse<StatisticItem>))]
[JsonSerializable(typeof(IReadOnlyList<CategoryCount>))]
[JsonSerializable(typeof(PagedResponse<MetricSummary>))]
[JsonSerializable(typeof(IReadOnlyList<PlaceCount>))]
[JsonSerializable(typeof(SeriesResponse))]
[JsonSerializable(typeof(SeriesPoint))]
[JsonSerializable(typeof(StatisticDto))]
[JsonSerializable(typeof(IReadOnlyList<StatisticRevision>))]
[JsonSerializable(typeof(ContentApi.Data.Corrections.ReextractionReport))]
[JsonSerializable(typeof(DatabaseStatus))]
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(HttpValidationProblemDetails))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
