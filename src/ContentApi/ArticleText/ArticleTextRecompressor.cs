using ContentApi.Infrastructure;
using Microsoft.Extensions.Options;

namespace ContentApi.ArticleText;

/// <summary>
/// Goes once through the articles by id after the service starts, writing their pglz texts again in batches
/// (ArticleTextStore), then stops: every text written since db/0025 is compressed with LZ4 already. Small batches
/// hold each article's row for a moment, where one statement over the bench archive's 49,272 texts held every
/// writer of articles for 81 s.
/// </summary>
internal sealed class ArticleTextRecompressor(ArticleTextStore store, IOptions<ArticleTextOptions> options, ILogger<ArticleTextRecompressor> logger)
    : PollingWorker(logger)
{
    // The last article this process has gone past; a restart goes through them again, passing over what is done.
    private long _after;
    private bool? _lz4;

    protected override string Work => "Compressing stored article texts with LZ4";

    protected override bool Enabled => options.Value.Recompress;

    // Asked only when a round finds nothing more to do: the work is then done for this process.
    protected override TimeSpan PollInterval => Timeout.InfiniteTimeSpan;

    protected override async Task<bool> RunRoundAsync(CancellationToken cancellationToken)
    {
        _lz4 ??= await store.CompressesWithLz4Async(cancellationToken);
        if (_lz4 == false || await store.RewriteAfterAsync(_after, options.Value.BatchSize, cancellationToken) is not { } last)
        {
            logger.LogInformation("Stored article texts are compressed with {Method}", _lz4 == true ? "LZ4" : "the server's method");
            return false;
        }

        _after = last;
        return true;
    }
}
