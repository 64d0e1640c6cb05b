using ContentApi.Text.Numbers;

namespace ContentApi.Text.Statistics;

/// <summary>
/// A number found in a text with everything the grammar read around it. <see cref="Start"/>..<see cref="End"/> spans
/// the quantity as a reader quotes it (约1.5亿元, 5400余场, 2万人左右); <see cref="Unit"/> is empty when no measure
/// word follows.
/// </summary>
internal sealed record FoundNumber(
    int Start,
    int End,
    Numeral Numeral,
    string Unit,
    string Qualifier,
    Verdict Verdict)
{
    public decimal? Value => Numeral.Value;

    // Only a range reports its high end: a vague numeral (二十几万) knows one too, but is reported over its low end, and
    // the API and the database (statistics' CHECK) give valueMax to ranges alone.
    public decimal? ValueMax => Qualifier == StatisticQualifier.Range ? Numeral.ValueMax : null;

    public bool IsStatistic => Verdict.Decision == NumberDecision.Statistic;

    /// <summary>A number that reads as a quantity, reported or not: a statistic, or a bare numeral with no measure word.</summary>
    public bool IsQuantity => IsStatistic || Verdict == QuantityFinder.BareNumeral;
}

/// <summary>Finds every number in a text and decides, by the exclusion rules, which are statistics.</summary>
internal static class QuantityFinder
{
    /// <summary>The verdict on a number that passes every exclusion but has no measure word: a quantity, not reported.</summary>
    public static readonly Verdict BareNumeral = new(NumberDecision.Other, "other: no measure word follows the number");

    private static readonly Verdict Counted = new(NumberDecision.Statistic, "statistic: a number with a measure word");
    private static readonly Verdict Share = new(NumberDecision.Statistic, "statistic: a percentage");
    private static readonly Verdict Fraction = new(NumberDecision.Statistic, "statistic: a share written as a fraction (三分之一, 1/4)");

    /// <summary>Every number in <paramref name="text"/>, in order, with its decision.</summary>
    public static List<FoundNumber> Find(string text) => Find(text, []);

    /// <summary>Every number in <paramref name="text"/>, in order, with its decision, in <paramref name="found"/> (cleared first, so one list serves a page).</summary>
    public static List<FoundNumber> Find(string text, List<FoundNumber> found)
    {
        found.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAny(NumeralScanner.FirstCharacters);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (!NumeralScanner.TryRead(text, i, out var numeral))
            {
                i++;
                continue;
            }

            // 约占全市的一半: half said as a share is 50 %.
            var number = Read(text, HalfAsAShare.Read(text, numeral) ?? numeral);
            number = RangeOfMeasures(text, number) ?? RangeOfNeighbours(text, number) ?? number;
            found.Add(number);
            i = Math.Max(number.Numeral.End, i + 1);
        }

        return found;
    }

    // 75元至600元不等, 100毫米至250毫米, 6000元到10000元之间: a range whose ends are both written with the same measure word
    // is one figure, as 20至30人 is (the numeral scanner joins only ends without a measure between them). Not a change
    // to a level (减少100人至1.04万人) nor from one (从4000亿元到5000亿元), where 至 and 到 say "to"; but 不等 ("varying")
    // or 之间 ("between") after the high end says the two ends bound one figure, whatever stands before them
    // (价格从200元至3000元不等 is a range of prices, no price that rose).
    private static FoundNumber? RangeOfMeasures(string text, FoundNumber low)
    {
        var at = low.End;
        if (!low.IsStatistic || low.Unit.Length == 0 || MeasureWords.IsRate(low.Unit) || low.Qualifier != StatisticQualifier.Exact
            || low.Numeral.ValueMax is not null || low.Value is not { } bottom || at + 1 >= text.Length
            || !NumeralForms.JoinsARangeOfMeasures(text[at])
            || !NumeralScanner.TryRead(text, at + 1, out var highNumeral))
        {
            return null;
        }

        var high = Read(text, highNumeral);
        return high.IsStatistic && high.Unit == low.Unit && high.Qualifier == StatisticQualifier.Exact && high.Start == at + 1
            && high.Numeral.ValueMax is null && high.Value is { } top && top > bottom
            && (!ChangesALevel(text, low.Start) || Parsing.WordSearch.StartsWithAny(text.AsSpan(high.End), WordsOfARange))
            ? low with { End = high.End, Numeral = low.Numeral with { End = highNumeral.End, ValueMax = top }, Qualifier = StatisticQualifier.Range }
            : null;
    }

    // The words after the high end that make two ends one figure (range-words.tsv): 不等 (varying between them), 之间.
    private static readonly string[] WordsOfARange = [.. DataTable.Read("range-words.tsv", "word", "note").Select(row => row[0])];

    // 分别有4、5个: after 分别 ("respectively") numbers joined by 、 are the items of a list, each its own count.
    private static bool FollowsRespectively(string text, int at)
    {
        var (clauseStart, _) = Clauses.Clause(text, at);
        return text.AsSpan(clauseStart, at - clauseStart).Contains("分别", StringComparison.Ordinal);
    }

    // 4、5个小时, 4、5000块钱, 200、300块钱: two neighbouring numbers joined by 、 before one measure word are a rough
    // range, as 四五个小时 is, not a list of two counts: the second is the first's next step in its last place (5 after
    // 4, 5000 after 4 thousand, 300 after 200). Numbers further apart (3、8个) stay a list.
    private static FoundNumber? RangeOfNeighbours(string text, FoundNumber low)
    {
        var at = low.Numeral.End;
        if (low.Verdict != BareNumeral || low.Unit.Length != 0 || low.Numeral.ValueMax is not null || low.Value is not { } first
            || first <= 0 || first != decimal.Truncate(first) || at + 1 >= text.Length || text[at] != '、'
            || !NumeralScanner.TryRead(text, at + 1, out var highNumeral) || FollowsRespectively(text, low.Start))
        {
            return null;
        }

        var high = Read(text, highNumeral);
        if (!high.IsStatistic || high.Unit.Length == 0 || high.Qualifier != StatisticQualifier.Exact || high.Start != at + 1
            || high.Numeral.ValueMax is not null || high.Value is not { } second || second != decimal.Truncate(second))
        {
            return null;
        }

        // Scale the first to the second's order (4 → 4000 before 5000), then the step between them is one unit of a place.
        var bottom = first;
        while (bottom < second / 10)
        {
            bottom *= 10;
        }

        var step = second - bottom;
        return step > 0 && IsAPowerOfTen(step) && bottom % step == 0
            ? high with { Start = low.Start, Numeral = high.Numeral with { Start = low.Numeral.Start, Value = bottom, ValueMax = second }, Qualifier = StatisticQualifier.Range }
            : null;
    }

    private static bool IsAPowerOfTen(decimal value)
    {
        while (value >= 10 && value % 10 == 0)
        {
            value /= 10;
        }

        return value == 1;
    }

    // How far before a figure 从 or 由 may open a change from it: 从2011年的2万人增长到.
    private const int ChangeFromReach = 12;

    // Whether the figure at start is a change (减少100人: a change verb of the metric rules right before it) or the level
    // a change starts from (从4000亿元), so that a 至 or 到 after it leads to the level reached.
    private static bool ChangesALevel(string text, int start)
    {
        var (clauseStart, _) = Clauses.Clause(text, start);
        var from = Math.Max(clauseStart, start - ChangeFromReach);
        var before = text.AsSpan(from, start - from);
        return MetricFinder.EndsWithAChangeVerb(before) || before.ContainsAny('从', '由');
    }

    /// <summary>The number <paramref name="numeral"/> with its qualifiers, measure word and decision.</summary>
    public static FoundNumber Read(string text, Numeral numeral)
    {
        var before = QualifierRules.Before(text, numeral);
        var afterNumber = QualifierRules.AfterNumber(text, numeral);
        var measureAt = numeral.End + (afterNumber is null ? 0 : 1);
        var written = numeral.Has(NumeralShape.Percent) ? null : MeasureWords.At(text, measureAt);
        // 警车 100 辆次, 面积 31.5 亩: a space some pages set between a number and its measure word. The exclusion rules
        // read the number as if it were written without it (1 个月后 is a span of months as 1个月后 is).
        var spaceAt = -1;
        if (written is null && !numeral.Has(NumeralShape.Percent) && measureAt + 1 < text.Length && text[measureAt] is ' ' or '\u00a0'
            && MeasureWords.At(text, measureAt + 1) is { } spaced)
        {
            (written, spaceAt, measureAt) = (spaced, measureAt, measureAt + 1);
        }

        // 上升0.1个点: 个 and 点 after a fraction are percentage points written short.
        var fraction = numeral.Value is { } value && value != decimal.Truncate(value);
        written = fraction && written is { Written: "个" } && measureAt + 1 < text.Length && text[measureAt + 1] == '点'
            ? MeasureWords.PercentagePointsWrittenShort
            // 指数为110.9点: a fraction in digits before 点 is an index's points (一点一点 is "little by little").
            // 利率下调25个基点: 个基点 after a rate is its unit, as 个百分点 is.
            : written is { Written: "个" } && MeasureWordsInContext.BasisPointsAt(text, measureAt, numeral.Start) is { } basisPoints
            ? basisPoints
            : fraction && written is null && numeral.Has(NumeralShape.Arabic) && !numeral.Has(NumeralShape.Percent)
                && measureAt < text.Length && text[measureAt] == '点'
            ? MeasureWords.IndexPoints
            // 12组36人次, 50组家庭: 组 counts teams or families, not a village's group.
            // 停运旅客列车641列: 列 counts trains where the clause names them.
            : written ?? MeasureWordsInContext.GroupsAt(text, measureAt, numeral.Start) ?? MeasureWordsInContext.TrainsAt(text, measureAt, numeral.Start)
                // 每天发电6000度: 度 after words of electricity is the kilowatt-hour.
                ?? MeasureWordsInContext.KilowattHoursAt(text, measureAt, numeral.Start)
                // 4片篮球场: 片 counts courts, fields and stands of trees.
                ?? MeasureWordsInContext.PatchesAt(text, measureAt)
                // 全村186户600多口人: the people of the households counted before.
                ?? MeasureWordsInContext.PeopleOfHouseholdsAt(text, measureAt, numeral.Start)
                // 管制刀具2把；, 执行案件16案、: a classifier that closes a list item after digits.
                ?? MeasureWordsInContext.ClosingAnItemAt(text, measureAt, numeral)
                // 平均年龄为29岁: a group's average age is measured in 岁 (one person's age is excluded).
                ?? MeasureWordsInContext.YearsOfAgeAt(text, measureAt, before?.Start ?? numeral.Start)
                // 其他7市终止应急响应, 广东等13省: the rest or the total of a list of divisions, counted by their name.
                ?? MeasureWordsInContext.DivisionsAt(text, measureAt, numeral.Start);
        var end = written is { } word ? measureAt + word.Length : measureAt;
        var measure = written is null ? null : SharedMeasure(text, end, written);
        // 风速每秒15米: 每 and a unit of time right before the figure make its length a speed, its volume a flow.
        measure = measure is null ? null : MeasureWords.PerTimeBefore(text, before?.Start ?? numeral.Start, measure) ?? measure;
        var afterMeasure = QualifierRules.AfterMeasure(text, end);
        if (afterMeasure is { } trailing)
        {
            end += trailing.Length;
        }

        var start = before?.Start ?? numeral.Start;
        var unwritten = measure is null && !numeral.Has(NumeralShape.Percent) ? UnwrittenUnits.Read(text, numeral, start, measureAt) : null;
        var unit = numeral.Has(NumeralShape.PerMille) ? "‰" : numeral.Has(NumeralShape.Percent) ? "%" : unwritten?.Unit ?? measure?.Unit ?? "";
        // 数千人, 二十几万: a vague digit commits the writer to the low end only, which ANNOTATION.md reads as over (几);
        // adjacent digits (两三, 七八十) and joined ends (3至5) name both ends, a range.
        var qualifier = numeral.Has(NumeralShape.Vague) ? StatisticQualifier.Over
            : numeral.ValueMax is not null ? StatisticQualifier.Range
            : before?.Qualifier ?? afterNumber ?? afterMeasure?.Qualifier
              // 3个多小时: the 多 of "more than" written inside the measure word.
              ?? (numeral.Has(NumeralShape.Over) || written?.Written.Contains('多') == true ? StatisticQualifier.Over : StatisticQualifier.Exact);
        var verdict = ExclusionRules.Exclude(spaceAt < 0 ? text : text.Remove(spaceAt, 1), numeral, measure?.Unit)
            ?? (numeral.Has(NumeralShape.Percent) ? Share : unwritten?.Verdict ?? (measure is not null ? Counted : IsAFractionOfAWhole(numeral) ? Fraction : BareNumeral));
        return new FoundNumber(start, end, numeral, unit, qualifier, verdict);
    }

    // 近三分之一的土地, 占全国的1/4: a fraction under one with no measure word is a share of a whole, reported as written
    // (ANNOTATION.md: value 0.3333, no unit). One of one or more (3/2, 8/1) is a date or a score rather than a share.
    private static bool IsAFractionOfAWhole(Numeral numeral) =>
        numeral.Has(NumeralShape.Fraction) && !numeral.Has(NumeralShape.Percent) && numeral.ValueMax is null && numeral.Value is > 0 and < 1;

    // 扩大2.6个和18.3个百分点, 2个和3个小时: figures joined by 和/与/及/、 share the unit written after the last one when
    // the first has only the 个 that unit begins with. Only 个: 300人和500人次 are two different counts.
    private static MeasureWord SharedMeasure(string text, int end, MeasureWord measure)
    {
        if (measure.Written != "个" || end + 1 >= text.Length || text[end] is not ('和' or '与' or '及' or '、')
            || !NumeralScanner.TryRead(text, end + 1, out var next))
        {
            return measure;
        }

        return MeasureWords.At(text, next.End) is { } shared && shared.Length > 1 && shared.Written.StartsWith('个')
            ? shared
            : measure;
    }
}
