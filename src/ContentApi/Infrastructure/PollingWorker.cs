using Npgsql;

namespace ContentApi.Infrastructure;

/// <summary>
/// A background loop of rounds over the database: the next round at once while there may be more to do, after the
/// poll interval when a round found nothing. A failed round is logged and tried again after a pause; an unexpected
/// failure must not stop the host, as an unhandled one in a background service would.
/// </summary>
internal abstract class PollingWorker(ILogger logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>What a round does, for the log ("Rendering article bodies").</summary>
    protected abstract string Work { get; }

    /// <summary>Whether this instance runs the loop at all.</summary>
    protected abstract bool Enabled { get; }

    protected abstract TimeSpan PollInterval { get; }

    /// <summary>One round; returns whether there may be more to do at once.</summary>
    protected abstract Task<bool> RunRoundAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunRoundAsync(stoppingToken))
                {
                    await Task.Delay(PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                if (e is NpgsqlException or TimeoutException)
                {
                    logger.LogWarning("{Work} failed ({Error}); trying again", Work, e.Message);
                }
                else
                {
                    logger.LogError(e, "{Work} failed; trying again", Work);
                }

                await Task.Delay(RetryAfter, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
