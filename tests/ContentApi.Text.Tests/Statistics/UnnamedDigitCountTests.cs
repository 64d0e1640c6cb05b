using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>
/// A count in Arabic digits that no words before it name is named from the words around it; spans of time, thresholds,
/// definitions, section marks and Chinese numerals stay unnamed and unreported.
/// </summary>
public sealed class UnnamedDigitCountTests
{
    [Theory]
    // 被, a verb and the head of institutions or people right after the count make the noun phrase counted.
    [InlineData("此次抽查中，15家被抽查企业中有6家存在问题。", "15家", "被抽查企业")]
    [InlineData("今年暑假，120所被帮扶学校共有900人参加培训。", "120所", "被帮扶学校")]
    // The noun before an aside in brackets right before the count names it.
    [InlineData("赛事分两个组别，全程组（42公里）800人、迷你跑（约5公里）300人。", "800人", "全程组")]
    [InlineData("赛事分两个组别，全程组（42公里）800人、迷你跑（约5公里）300人。", "300人", "迷你跑")]
    // A short label closed by a colon names it.
    [InlineData("活动地点：区图书馆 报名人数：60人（30组亲子家庭）", "60人", "报名人数")]
    // A clause of bare households and people after another count in a sentence about a village gives its households and
    // population.
    [InlineData("该村辖8个村民小组，410户，常住人口1600人。", "410户", "户数")]
    [InlineData("全村共有4个自然村，960人，村民多以种茶为业。", "960人", "人口")]
    // With nothing else to name it, the predicate does, without the adverb that opens it.
    [InlineData("局机关积极响应，36人报名参加2023年夏季无偿献血。", "36人", "报名参加2023年夏季无偿献血")]
    [InlineData("经审理，12人均被判处有期徒刑。", "12人", "被判处有期徒刑")]
    public void WordsAroundTheCountNameIt(string paragraph, string written, string metric)
    {
        var statistic = Assert.Single(Extract(paragraph), found => found.Text == written);

        Assert.Equal(metric, statistic.Metric);
    }

    [Theory]
    // The passive predicate of people (3人被困) is no noun phrase; a span of time and a Chinese numeral stay unnamed.
    [InlineData("此次检查中，6天内被查处。", "6天")]
    [InlineData("检查发现，两家被抽查企业存在问题。", "两家")]
    // A label in brackets is no run of words before the colon.
    [InlineData("【实习补贴】：3000元/月", "3000元/月")]
    // With no place the sentence is about, bare households stay unnamed.
    [InlineData("活动共走访3个小区，410户。", "410户")]
    // A linking verb opening the predicate says what one case is, no statistic.
    [InlineData("他笑着说，1个是邻居家的。", "1个")]
    public void WhatNamesNothingStaysOut(string paragraph, string written)
    {
        Assert.DoesNotContain(Extract(paragraph), found => found.Text == written);
    }

    [Fact]
    public void TheLabelOfAPagesFurnitureNamesNoCount()
    {
        Assert.DoesNotContain(Extract("原标题：3金5银！本市选手载誉归来"), found => found.Metric == "原标题");
    }

    private static IReadOnlyList<Statistic> Extract(string paragraph) =>
        StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;
}
