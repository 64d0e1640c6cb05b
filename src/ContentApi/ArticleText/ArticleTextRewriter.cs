using ContentApi.Infrastructure;
using Microsoft.Extensions.Options;

namespace ContentApi.ArticleText;

/// <summary>
/// After the service starts, writes again in batches the article texts stored before their storage last changed
/// (ArticleTextStore), then stops until the next start. Small batches hold each article's row for a moment, where one
/// statement over the bench archive's 49,272 texts held every writer of articles for 81 s. The walk's progress is in
/// the database, so a restart, or another instance, goes on where it stopped.
/// </summary>
internal sealed class ArticleTextRewriter(ArticleTextStore store, IOptions<ArticleTextOptions> options, ILogger<ArticleTextRewriter> logger)
    : PollingWorker(logger)
{
    protected override string Work => "Writing stored article texts again";

    protected override bool Enabled => options.Value.Rewrite;

    // Asked only when a round finds nothing more to do: the work is then done for this process.
    protected override TimeSpan PollInterval => Timeout.InfiniteTimeSpan;

    protected override async Task<bool> RunRoundAsync(CancellationToken cancellationToken)
    {
        switch (await store.RewriteNextBatchAsync(options.Value.BatchSize, cancellationToken))
        {
            case TextRewrite.Rewrote:
                return true;
            case TextRewrite.Finished:
                logger.LogInformation("Stored article texts are written again in the texts' current storage");
                return false;
            default:
                return false;
        }
    }
}
