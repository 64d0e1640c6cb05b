using System.Diagnostics;
using ContentApi.Telemetry;
using ContentApi.Text;
using ContentApi.Text.Parsing;
using Microsoft.Extensions.Options;

namespace ContentApi.Documents;

/// <summary>A page whose parse ran past the time budget; nothing of it was stored.</summary>
public sealed class ParseBudgetExceededException(TimeSpan budget)
    : Exception($"The page took longer than {budget.TotalSeconds:0.#} s to parse.");

/// <summary>
/// Runs the text pipeline within a time budget. The parser is linear and the text length is capped, so the budget
/// is a second line of defence: a page that somehow takes longer is refused (422) instead of holding a request open.
/// The abandoned parse finishes on its own thread and its result is dropped.
/// </summary>
public sealed class PageParsing(IOptions<IngestOptions> options, ContentMetrics metrics)
{
    public Task<ParsedPage> ExtractAsync(string text, bool explain, CancellationToken cancellationToken) =>
        ExtractAsync(text, DocumentFacts.None, explain, cancellationToken);

    /// <summary>The page parsed and its statistics placed and dated against <paramref name="facts"/>.</summary>
    public async Task<ParsedPage> ExtractAsync(string text, DocumentFacts facts, bool explain, CancellationToken cancellationToken)
    {
        using var activity = ContentTracing.Source.StartActivity("parse and extract");
        activity?.SetTag("contentapi.text.length", text.Length);
        return await WithinBudgetAsync(() =>
        {
            var started = Stopwatch.GetTimestamp();
            var extracted = PageExtractor.Extract(text, facts, explain);
            metrics.Extracted(Stopwatch.GetElapsedTime(started));
            return extracted;
        }, cancellationToken);
    }

    /// <summary>Runs a step of reading a page (parsing it, or reading an HTML page or a PDF into text) within the budget.</summary>
    public async Task<T> WithinBudgetAsync<T>(Func<T> step, CancellationToken cancellationToken)
    {
        var budget = TimeSpan.FromSeconds(options.Value.ParseBudgetSeconds);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await Task.Run(step, cancellationToken).WaitAsync(budget, cancellationToken);
            // The timer that ends the wait can fire late on a busy machine, after a step that overran the budget has
            // finished: such a step is refused all the same, so that the budget decides, not which came first.
            return Stopwatch.GetElapsedTime(started) <= budget ? result : throw new ParseBudgetExceededException(budget);
        }
        catch (TimeoutException)
        {
            throw new ParseBudgetExceededException(budget);
        }
    }
}
