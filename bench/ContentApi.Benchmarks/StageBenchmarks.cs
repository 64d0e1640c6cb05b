using BenchmarkDotNet.Attributes;
using ContentApi.Text;
using ContentApi.Text.Parsing;
using ContentApi.Text.Places;
using ContentApi.Text.Statistics;

namespace ContentApi.Benchmarks;

/// <summary>
/// Each stage of <see cref="PageExtractor.Extract(string, bool)"/> on the sample page alone, fed the previous stage's
/// output computed once, so that time and allocations can be charged to the stage that spends them.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PageExtractorBenchmarks.ThroughputConfig))]
public class StageBenchmarks
{
    private static readonly ParsedPage Parsed = PageParser.Parse(PageExtractorBenchmarks.Page);
    private static readonly ParsedPage Extracted = StatisticsExtractor.Apply(PageExtractorBenchmarks.Page, Parsed, explain: false);

    [Benchmark(Baseline = true, Description = "UTF-8 byte count")]
    public int CountBytes() => System.Text.Encoding.UTF8.GetByteCount(PageExtractorBenchmarks.Page);

    [Benchmark(Description = "parse")]
    public int Parse() => PageParser.Parse(PageExtractorBenchmarks.Page).Articles.Count;

    [Benchmark(Description = "statistics")]
    public int Statistics() => StatisticsExtractor.Apply(PageExtractorBenchmarks.Page, Parsed, explain: false).Articles.Count;

    [Benchmark(Description = "places, periods, metric keys")]
    public int WhereAndWhenStage() => WhereAndWhen.Apply(Extracted, DocumentFacts.None).Articles.Count;
}
