using ContentApi.Text.Evaluation;

namespace ContentApi.Text.Tests.Evaluation;

public sealed class StatisticMatcherTests
{
    // Five gold statistics: two equal figures told apart by their metric, one whose metric is wrong, one with an implied
    // unit and no place or year to score, and one nobody found; ignore entries for 30年 and for 数百人.
    private const string Gold = """
        {
          "document": "t.txt", "publishedOn": "2023-08-01", "place": "红桥区",
          "statistics": [
            { "surface": "100人", "value": 100, "unit": "人", "qualifier": "exact", "category": "volunteers", "metricKeywords": ["志愿者"], "place": "红桥区", "year": 2023 },
            { "surface": "100余人", "value": 100, "unit": "人", "qualifier": "over", "category": "participants", "metricKeywords": ["观众"], "place": "红桥区", "year": 2023 },
            { "surface": "5场", "value": 5, "unit": "场", "qualifier": "exact", "category": "activities", "metricKeywords": ["活动"], "place": null, "year": 2023 },
            { "surface": "12", "value": 12, "unit": "个", "unitImplied": true, "qualifier": "exact", "category": "organizations", "metricKeywords": ["社区"] },
            { "surface": "3吨", "value": 3, "unit": "吨", "qualifier": "exact", "category": "environment", "metricKeywords": ["垃圾"], "place": "红桥区", "year": 2023 }
          ],
          "ignore": [ { "surface": "30年", "value": 30, "unit": "年" }, { "surface": "数百人", "unit": "人" } ]
        }
        """;

    private static readonly PredictedStatistic[] Predicted =
    [
        new(100, "人", "观众", "over", "participants", "100余人", "天津市红桥区", 2023),
        new(100, "人", "注册志愿者", "exact", "other", "100人", null, 2022),
        new(5, "场", "文艺演出", "exact", "ACTIVITIES", "5场", null, 2023),
        new(12, "", "社区", "exact", "organizations", "12", null, null),
        new(30, "年", "服务", "exact", "other", "30年", null, null),
        new(300, "人", "群众", "exact", "other", "300人", null, null),
        new(8, "％", "增长", "exact", "economy", "8％", null, null),
        new(2, "个", "项目", "exact", "economy", "2个", null, null),
    ];

    [Fact]
    public void ScoresASmallPageAsCountedByHand()
    {
        var score = StatisticMatcher.Score(GoldPage.Parse(Gold), Predicted);

        // Strict pass: 100人 志愿者 takes the second prediction (its metric names 志愿者) although the first has the same
        // value and unit; 100余人 观众 takes the first; 12 (implied unit) takes the bare 12. Loose pass: 5场 takes 文艺演出.
        // 3吨 is missed. 30年 and 300人 (within 数百) are ignored; 8％ (= 8%) and 2个 are false positives.
        // Found 4, false 2, gold 5: P = 4/6, R = 4/5, F1 = 2·(2/3)·(4/5) / (2/3 + 4/5) = (16/15) / (22/15) = 8/11.
        // Metric: 志愿者, 观众, 社区 agree, 文艺演出 lacks 活动 → 3/4. Qualifier 4/4. Category: other ≠ volunteers → 3/4
        // (ACTIVITIES reads as activities). Place over the 3 matched golds that give one: null ≠ 红桥区, 天津市红桥区 ⊇
        // 红桥区, null = null → 2/3. Year over the same 3: 2022 ≠ 2023 → 2/3.
        var c = score.Counts;
        Assert.Equal((5, 4, 2), (c.Gold, c.Found, c.False));
        Assert.Equal(4.0 / 6, c.Precision, 1e-12);
        Assert.Equal(4.0 / 5, c.Recall, 1e-12);
        Assert.Equal(8.0 / 11, c.F1, 1e-12);
        Assert.Equal(3.0 / 4, c.Metric, 1e-12);
        Assert.Equal(1.0, c.Qualifier, 1e-12);
        Assert.Equal(3.0 / 4, c.Category, 1e-12);
        Assert.Equal(2.0 / 3, c.Place!.Value, 1e-12);
        Assert.Equal(2.0 / 3, c.Year!.Value, 1e-12);
        Assert.Equal(
            [
                "missed: 3吨 (3 吨, 垃圾)",
                "false positive: 8％ -> 8 ％ metric='增长'",
                "false positive: 2个 -> 2 个 metric='项目'",
                "partly right: 100人: category 'other' != volunteers; place None != 红桥区; year 2022 != 2023",
                "partly right: 5场: metric '文艺演出' lacks 活动",
            ],
            score.Lines());
        // The line is worded as score-extraction words it; the record, which the JSON gives, keeps the category too.
        Assert.Equal(["economy", "economy"], score.FalsePositives.Select(f => f.Category));
    }

    [Fact]
    public void SumsPagesBeforeDividing()
    {
        var gold = GoldPage.Parse(Gold);
        var found = new PageEvaluation("a", HasText: true, StatisticMatcher.Score(gold, Predicted));
        var missing = new PageEvaluation("b", HasText: false, Evaluator.WithoutText(gold));

        var corpus = CorpusEvaluation.Of([found, missing], Floors.None with { F1 = 0.5, Metric = 0.8 });

        // Micro average: found 4 of 10 gold with 2 false → P = 4/6, R = 4/10, F1 = 2·(2/3)·(2/5) / (2/3 + 2/5) = 1/2.
        // Metric stays 3/4 (over the 4 matched only), which misses its floor of 0.8; F1 meets 0.5.
        Assert.Equal(0.5, corpus.Total.F1, 1e-12);
        Assert.Equal([("f1", true), ("metric", false)], corpus.Floors.Select(f => (f.Name, f.Met)));
        Assert.False(corpus.FloorsMet);
    }

    [Fact]
    public void ReadsEveryGoldFileOfTheDevelopmentSet()
    {
        var golds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus", "dev"), "*.gold.json").Select(File.ReadAllText).Select(GoldPage.Parse).ToArray();

        Assert.Equal(40, golds.Length);
        Assert.Equal(401, golds.Sum(gold => gold.Statistics.Count));
        Assert.All(golds, gold => Assert.NotNull(gold.PublishedOn));
    }
}
