using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ContentApi.Statistics;

/// <summary>
/// The statistics list as CSV (RFC 4180, via CsvHelper), UTF-8 with a byte-order mark so that spreadsheet
/// programs read the Chinese text correctly. The columns are the JSON item's fields, provenance flattened.
/// </summary>
internal sealed class StatisticsCsv(IReadOnlyList<StatisticRow> rows) : IResult
{
    public const string MediaType = "text/csv";

    public static bool IsWanted(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase));

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = MediaType + "; charset=utf-8";
        await using var writer = new StreamWriter(httpContext.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.Context.RegisterClassMap<RowMap>();
        await csv.WriteRecordsAsync(rows, httpContext.RequestAborted);
    }

    private sealed class RowMap : ClassMap<StatisticRow>
    {
        public RowMap()
        {
            Map(r => r.Id).Name("id");
            Map(r => r.Metric).Name("metric");
            Map(r => r.Category).Name("category");
            Map(r => r.Value).Name("value");
            Map(r => r.ValueMax).Name("valueMax");
            Map(r => r.Unit).Name("unit");
            Map(r => r.Qualifier).Name("qualifier");
            Map(r => r.SourceText).Name("text");
            Map(r => r.Sentence).Name("sentence");
            Map(r => r.StartOffset).Name("start");
            Map(r => r.EndOffset).Name("end");
            Map(r => r.PublishedOn).Name("publishedOn").TypeConverterOption.Format("yyyy-MM-dd");
            Map(r => r.DocumentId).Name("documentId");
            Map(r => r.ArticleId).Name("articleId");
            Map(r => r.ArticleTitle).Name("articleTitle");
            Map(r => r.SectionId).Name("sectionId");
            Map(r => r.SectionHeading).Name("sectionHeading");
            Map(r => r.ParagraphId).Name("paragraphId");
            Map(r => r.PlaceCode).Name("placeCode");
            Map(r => r.PlaceName).Name("placeName");
            Map(r => r.PeriodYear).Name("year");
            Map(r => r.PeriodLabel).Name("period");
            Map(r => r.MetricKey).Name("metricKey");
        }
    }
}
