using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace ContentApi.Ingest;

/// <summary>What a load did: pages stored, skipped (already stored), failed with their reasons, statistics per category.</summary>
public sealed class IngestReport
{
    private int _stored;
    private int _skipped;
    private readonly ConcurrentQueue<(string Origin, string Reason)> _failures = new();
    private readonly ConcurrentDictionary<string, long> _categories = new(StringComparer.Ordinal);

    public int Stored => _stored;
    public int Skipped => _skipped;
    public int Done => _stored + _skipped + _failures.Count;
    public IReadOnlyList<(string Origin, string Reason)> Failures => _failures.OrderBy(f => f.Origin, StringComparer.Ordinal).ToList();
    public IReadOnlyDictionary<string, long> StatisticsByCategory => _categories;
    public TimeSpan Elapsed { get; set; }

    public void AddStored(IEnumerable<string> categories)
    {
        foreach (var category in categories)
        {
            _categories.AddOrUpdate(category, 1, (_, n) => n + 1);
        }

        Interlocked.Increment(ref _stored);
    }

    public void AddStored(IReadOnlyDictionary<string, long> categories)
    {
        foreach (var (category, count) in categories)
        {
            _categories.AddOrUpdate(category, count, (_, n) => n + count);
        }

        Interlocked.Increment(ref _stored);
    }

    public void AddSkipped() => Interlocked.Increment(ref _skipped);

    public void AddFailed(string origin, string reason) => _failures.Enqueue((origin, reason));

    public string Describe()
    {
        var seconds = Math.Max(Elapsed.TotalSeconds, 0.001);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Stored {Stored:N0}, skipped {Skipped:N0} (already stored), failed {_failures.Count:N0}, of {Done:N0} pages in {Elapsed.TotalSeconds:F1} s: {Done / seconds:F1} pages/s, {Stored / seconds:F1} stored/s.");
        if (!_categories.IsEmpty)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Statistics stored, {_categories.Values.Sum():N0} in all, per category:");
            foreach (var (category, count) in _categories.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {category,-16} {count,8:N0}");
            }
        }

        foreach (var (origin, reason) in Failures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Failed: {origin}: {reason}");
        }

        return text.ToString();
    }
}
