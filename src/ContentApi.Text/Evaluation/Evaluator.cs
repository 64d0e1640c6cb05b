namespace ContentApi.Text.Evaluation;

/// <summary>Runs the extractor on annotated pages and scores what it reports against their gold files.</summary>
public static class Evaluator
{
    /// <summary>Extracts <paramref name="text"/> and scores its statistics against <paramref name="gold"/>.</summary>
    public static PageScore Evaluate(string text, GoldPage gold)
    {
        // The page's metadata (gold.PublishedOn, gold.Place) is handed to the extractor here once it takes any.
        var page = PageExtractor.Extract(text);
        return StatisticMatcher.Score(gold, PredictedStatistic.Of(page));
    }

    /// <summary>A gold file whose page is missing: every gold statistic is missed, as the corpus scorer counts a missing prediction.</summary>
    public static PageScore WithoutText(GoldPage gold) => StatisticMatcher.Score(gold, []);
}

/// <summary>One page's result: <see cref="HasText"/> is false when the gold file had no page beside it.</summary>
public sealed record PageEvaluation(string Name, bool HasText, PageScore Score);

/// <summary>Every page's result and the micro average over all statistics of all pages.</summary>
public sealed record CorpusEvaluation(IReadOnlyList<PageEvaluation> Pages, ScoreCounts Total, IReadOnlyList<FloorCheck> Floors)
{
    public static CorpusEvaluation Of(IReadOnlyList<PageEvaluation> pages, Floors floors)
    {
        var total = pages.Aggregate(ScoreCounts.None, (sum, page) => sum + page.Score.Counts);
        return new CorpusEvaluation(pages, total, floors.Check(total));
    }

    public bool FloorsMet => Floors.All(floor => floor.Met);
}
