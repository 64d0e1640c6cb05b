using BenchmarkDotNet.Attributes;
using ContentApi.Text;
using ContentApi.Text.Parsing;
using ContentApi.Text.Places;
using ContentApi.Text.Statistics;

namespace ContentApi.Benchmarks;

/// <summary>
/// The "where and when" stage alone (place scanning and resolution, periods, metric keys) on the sample page, parsed
/// and extracted once beforehand, against the baseline of parsing and extracting it: the stage's time is read as a
/// ratio to that run's baseline, its allocations per page as they are.
/// </summary>
[MemoryDiagnoser]
public class WhereAndWhenBenchmarks
{
    private static readonly string Page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "000_a5e3d1870f42e52b.txt"));
    private static readonly DocumentFacts Facts = new(new DateOnly(2023, 8, 15), "红桥区");
    private ParsedPage _extracted = null!;

    [GlobalSetup]
    public void Setup()
    {
        _extracted = StatisticsExtractor.Apply(Page, PageParser.Parse(Page), explain: false);
        // The divisions table is read once per process; the stage is measured without that first load.
        WhereAndWhen.Apply(_extracted, Facts);
    }

    [Benchmark(Baseline = true, Description = "parse + statistics (no where and when)")]
    public int ParseAndStatistics() => StatisticsExtractor.Apply(Page, PageParser.Parse(Page), explain: false).Articles.Count;

    [Benchmark(Description = "where and when")]
    public int PlacesPeriodsAndKeys() => WhereAndWhen.Apply(_extracted, Facts).Articles.Count;
}
