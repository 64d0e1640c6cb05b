using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ContentApi.Text;

namespace ContentApi.Benchmarks;

/// <summary>
/// Parse and extract the sample page, against a baseline that only counts its UTF-8 bytes. The MB/s column is
/// UTF-8 input per second; allocations are per page and should stay under eight times the input.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PageExtractorBenchmarks
{
    /// <summary>The sample page, which every benchmark reads.</summary>
    public static readonly string Page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "000_a5e3d1870f42e52b.txt"));

    /// <summary>The size of the page as stored, which the throughput column divides by.</summary>
    public static readonly int Utf8Bytes = Encoding.UTF8.GetByteCount(Page);

    [Benchmark(Baseline = true, Description = "UTF-8 byte count")]
    public int CountBytes() => Encoding.UTF8.GetByteCount(Page);

    [Benchmark(Description = "parse + extract")]
    public int ParseAndExtract() => PageExtractor.Extract(Page).Articles.Count;

    [Benchmark(Description = "parse + extract + explain")]
    public int ParseExtractAndExplain() => PageExtractor.Extract(Page, explain: true).Mentions!.Count;

    /// <summary>Adds the MB/s column.</summary>
    public sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    // MB/s of UTF-8 input: the page's byte count over the mean time of one operation.
    private sealed class ThroughputColumn : IColumn
    {
        public string Id => "Utf8MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "UTF-8 input megabytes (10^6) per second, from the mean";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (Utf8Bytes / (mean.Value / 1e9) / 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }
    }
}
