using ContentApi.Text.Numbers;

namespace ContentApi.Text.Statistics;

/// <summary>
/// The words around a number that say how it relates to the true quantity: 约 (approx), 余/多/超过 (over),
/// 不到/不足 (under). They sit before the number, between it and its measure word, or after the measure word.
/// </summary>
internal static class QualifierRules
{
    // Before the number, longest first: 约1.5亿, 近700万, 超过20%, 突破15万人, 逾千人, 不到100人, 不少于5次, 至少3次.
    private static readonly (string Word, string Qualifier)[] BeforeNumber =
    [
        ("不少于", StatisticQualifier.Over), ("不低于", StatisticQualifier.Over), ("不小于", StatisticQualifier.Over), ("不超过", StatisticQualifier.Under),
        ("不大于", StatisticQualifier.Under), ("不高于", StatisticQualifier.Under), ("不多于", StatisticQualifier.Under),
        ("大约", StatisticQualifier.Approx), ("将近", StatisticQualifier.Approx), ("接近", StatisticQualifier.Approx),
        ("超过", StatisticQualifier.Over), ("突破", StatisticQualifier.Over), ("不到", StatisticQualifier.Under), ("不足", StatisticQualifier.Under), ("未满", StatisticQualifier.Under),
        // 至少有80人: 有 between the bound and the number; 最多 and 至多 set a cap (最多500人参加), 低于 and 少于 a ceiling
        // (失业率低于3%). Not 超出: 比去年超出80项 is a difference of 80, not more than 80.
        ("至少有", StatisticQualifier.Over), ("至多有", StatisticQualifier.Under), ("至少", StatisticQualifier.Over), ("至多", StatisticQualifier.Under),
        ("最多", StatisticQualifier.Under), ("低于", StatisticQualifier.Under), ("少于", StatisticQualifier.Under),
        // 最高 and 最低 after a grant or a price set a sum's cap and its floor (给予最高50万元资助 is "up to", 以最低20元的价格
        // "from"), as 最多 and 至少 do; elsewhere they name a maximum or minimum observed, exact (see Extremes). 高于, 大于 and
        // 多于, and 小于, compare the quantity with the number as 低于 and 少于 do (增速均高于6%, 高低差大于1.5米, 胸径小于20厘米),
        // unless the number is a standard's own (see Comparisons).
        ("最高", StatisticQualifier.Under), ("最低", StatisticQualifier.Over), ("最少", StatisticQualifier.Over),
        ("高于", StatisticQualifier.Over), ("大于", StatisticQualifier.Over), ("多于", StatisticQualifier.Over), ("小于", StatisticQualifier.Under),
        ("约", StatisticQualifier.Approx), ("近", StatisticQualifier.Approx), ("逾", StatisticQualifier.Over), ("超", StatisticQualifier.Over),
    ];

    // 约 and 近 end many words that are not qualifiers: 节约3吨 (save), 签约5个 (sign), 最近3年 (recent), 附近2处 (nearby).
    private static readonly Lexicon WordsEndingInQualifier = new(["节约", "签约", "制约", "预约", "合约", "公约", "条约", "履约", "违约", "特约", "相约", "集约", "最近", "附近", "靠近", "邻近", "赶超", "高超",
        // 二倍以上十倍以下: the 以上 of the figure before, whose 上 is no "reaching" of the next (上百名).
        "以上",
        // Verbs ending in 过 that pass through or by, no "past" of a round number (经过百年, 通过百项).
        "经过", "通过", "不过", "度过", "路过", "错过",
        // Place names ending in 约: 其中纽约有3家企业 is New York's three, no "about".
        "纽约"]);

    // The words around a bound that decide whether it is one (qualifier-words.tsv, whose header gives each role's reason).
    private static Lexicon WordsOf(string role) => new(DataTable.Read("qualifier-words.tsv", "word", "role").Where(row => row[1] == role).Select(row => row[0]));

    private static readonly Lexicon Grants = WordsOf("grant");
    private static readonly Lexicon Bases = WordsOf("base");
    private static readonly Lexicon WordsEndingInDa = WordsOf("ends-in-da");

    // 最高, 最低 and 最少 bound a sum only after a grant, an offer or a price (给予最高50万元, 可享最高310万元, 以最低20元的价格);
    // elsewhere they name the maximum or minimum observed, exact (单日最高12万人次, 降雨量最高289毫米, 水位最低1.2米).
    private static readonly string[] Extremes = ["最高", "最低", "最少"];

    // The comparisons of the quantity with a number: not bounds where the number is a standard's own value, named by the
    // "X的" phrase after it (高于6%的预期目标: the target is 6%, exact; 大于1.5米的堤段 still selects the sections over 1.5米).
    private static readonly string[] Comparisons = ["高于", "大于", "多于", "低于", "小于", "少于"];

    // How far into the "X的" phrase after a compared figure a word of a base may begin (6%的全省平均水平, 5%的年度目标).
    private const int BaseReach = 4;

    // 大约还剩10.9公里: these words of estimate govern a number a few words on, across a verb. (约 alone is too often part
    // of a word to reach that far: 约定, 约谈.) 差不多, "nearly", is the spoken 大约 (收入差不多有20万, 差不多可以赚130元),
    // but not in 差不多是, where it says what the whole comparison comes to (差不多是目标的三倍), not the number after it;
    // 大约是300人 and 估计是300人 stay rough.
    private static readonly string[] EstimateWords = ["大约", "大概", "估计", SpokenEstimate];

    private const string SpokenEstimate = "差不多";

    // The spaces that may stand between a qualifier and its number.
    private const string Spaces = " \u3000";

    // How far before the number an estimate word reaches.
    private const int EstimateReach = 6;

    // The adjectives of a dimension (long, wide, high, deep, thick) that may follow a length: 3米多深. MetricFinder reads
    // the same file for the dimension they name.
    private static readonly string DimensionAdjectives = string.Concat(MetricWordList.Words("dimension-adjectives"));

    // The last characters of measure words of time and distance, after which 内 means "within": 4天内, 5公里内, 3小时内.
    private const string SpanEnds = "天时钟年月周里米";

    // Far from the number, across a "X的" phrase: 超过全县户籍人口的15% is over 15%, not over the population;
    // 约占全市的一半 is about half, 不得超过主合同标的额的20% at most 20%.
    private static readonly (string Word, string Qualifier)[] BeforePhrase =
        [("不超过", StatisticQualifier.Under), ("不得超过", StatisticQualifier.Under), ("超过", StatisticQualifier.Over), ("高于", StatisticQualifier.Over),
         ("不到", StatisticQualifier.Under), ("不足", StatisticQualifier.Under), ("低于", StatisticQualifier.Under),
         ("约占", StatisticQualifier.Approx), ("接近", StatisticQualifier.Approx), ("将近", StatisticQualifier.Approx)];

    // How long the "X的" phrase between the word and the number may be (核准的专业技术岗位总量的).
    private const int PhraseReach = 16;

    /// <summary>The qualifier written just before the number and where it begins, or null.</summary>
    public static (string Qualifier, int Start)? Before(string text, Numeral numeral)
    {
        var at = numeral.Start;
        // 装配率不低于 40%: a space some pages set between the bound and the digits still leaves the bound the number's.
        var wordEnd = text.AsSpan(0, at).TrimEnd(Spaces).Length;
        foreach (var (word, qualifier) in BeforeNumber)
        {
            var start = wordEnd - word.Length;
            if (start >= 0 && text.AsSpan(start, word.Length).SequenceEqual(word) && (!WordsEndingInQualifier.EndsAt(text, wordEnd) || ClosesTheFigureBefore(text, wordEnd - 1)))
            {
                // An observed extreme and a standard's own value are exact; in 面积最大约3万平方米 the 大 is 最大's, and the 约
                // after it, read next, is the number's.
                if ((Extremes.Contains(word) && !Grants.EndsAt(text, start)) || (Comparisons.Contains(word) && NamesABase(text, numeral))
                    || (word == "大约" && WordsEndingInDa.EndsAt(text, start + 1)))
                {
                    continue;
                }

                return (qualifier, start);
            }
        }

        // 种植面积约为77.5万亩, 每年约有30万只候鸟, 104英尺（约合32米）: 约 before a verb that links the number to its subject
        // (being, having, equalling, reaching) is still the number's "about", as 至少有 is "at least"; 大约有 begins at 大约.
        // Not where 约 ends a word (节约, 签约, 合约: 签约有12个项目).
        if (AboutBeforeALink(text, wordEnd) is { } about)
        {
            return (StatisticQualifier.Approx, about);
        }

        // 上 before a bare 百/千/万 means "reaching", 过 "past" and 破 "breaking": 上百名, 税收过千万元 and 销售额破亿元
        // are over the round number.
        if (at > 0 && text[at - 1] is '上' or '过' or '破' && numeral.Has(NumeralShape.BareUnit) && !WordsEndingInQualifier.EndsAt(text, at))
        {
            return (StatisticQualifier.Over, at - 1);
        }

        return null;
    }

    // The verbs that may stand between 约 and its number: 约为, 约有, 约合, 约达.
    private const string LinksAfterAbout = "为有合达";

    // Where 约 (or 大约) begins when it and a linking verb end right at wordEnd, else null.
    private static int? AboutBeforeALink(string text, int wordEnd)
    {
        var about = wordEnd - 2;
        if (about < 0 || text[about] != '约' || !LinksAfterAbout.Contains(text[wordEnd - 1]) || WordsEndingInQualifier.EndsAt(text, about + 1))
        {
            return null;
        }

        return about > 0 && text[about - 1] == '大' && !WordsEndingInDa.EndsAt(text, about) ? about - 1 : about;
    }

    // Whether the figure of a comparison is followed by 的 and a word of a standard or a base (高于6%的预期目标).
    private static bool NamesABase(string text, Numeral numeral)
    {
        var end = numeral.End + (AfterNumber(text, numeral) is null ? 0 : 1);
        end += numeral.Has(NumeralShape.Percent) ? 0 : MeasureWords.At(text, end)?.Written.Length ?? 0;
        if (end >= text.Length || text[end] != '的')
        {
            return false;
        }

        for (var at = end + 1; at <= end + BaseReach && at < text.Length && Parsing.ChineseText.IsIdeograph(text[at]); at++)
        {
            if (Bases.StartsAt(text, at))
            {
                return true;
            }
        }

        return false;
    }

    // 179条约392公里, 3个近百米: a one-character measure word right after a numeral closes the figure before, so the 约 or
    // 近 after it is the next figure's own and no part of a word (条约, 个近) that the measure word would begin.
    private static bool ClosesTheFigureBefore(string text, int qualifierAt) =>
        text[qualifierAt] is '约' or '近' && qualifierAt >= 2 && ChineseNumeral.IsNumeralCharacter(text[qualifierAt - 2])
        && MeasureWords.At(text, qualifierAt - 1) is { Written.Length: 1 };

    /// <summary>Whether a qualifier written before a number, and the number, begin at <paramref name="at"/> (约300个, 超过20户).</summary>
    public static bool BeginsAQualifiedNumber(string text, int at) => QualifierLengthAt(text, at) > 0;

    /// <summary>The length of the qualifier at <paramref name="at"/> when a number follows it (约300个: 1), else 0.</summary>
    public static int QualifierLengthAt(string text, int at)
    {
        foreach (var (word, _) in BeforeNumber)
        {
            if (text.AsSpan(at).StartsWith(word) && NumeralScanner.StartsAt(text, at + word.Length))
            {
                return word.Length;
            }
        }

        // …、约有200名 as …、约200名: 约 (or 大约) and a linking verb before the number, as Before reads them.
        for (var length = AboutAndALink; length <= AboutAndALink + 1; length++)
        {
            if (at + length < text.Length && NumeralScanner.StartsAt(text, at + length) && AboutBeforeALink(text, at + length) == at)
            {
                return length;
            }
        }

        return 0;
    }

    // 约有: 约 and a verb of one character (大约有: one more).
    private const int AboutAndALink = 2;

    /// <summary>The qualifier that governs a number from the start of its clause across a "X的" phrase, or null.</summary>
    public static string? AcrossPhrase(string text, int clauseStart, int numberStart)
    {
        var reachStart = Math.Max(clauseStart, numberStart - EstimateReach);
        var reach = text.AsSpan(reachStart, numberStart - reachStart);
        foreach (var word in EstimateWords)
        {
            var at = reach.IndexOf(word);
            if (at >= 0 && reach[at..].IndexOfAnyInRange('0', '9') < 0 && !(word == SpokenEstimate && reach[(at + word.Length)..].StartsWith("是")))
            {
                return StatisticQualifier.Approx;
            }
        }

        if (numberStart == 0 || text[numberStart - 1] != '的')
        {
            return null;
        }

        // The word nearest the number (the longest where two end alike: 不超过 over 超过), with only the phrase after it: no
        // figure, and no 了 of a comparison made (GDP增速超过了年初设定的5%: the 5% is a target, exact).
        var clause = text.AsSpan(clauseStart, numberStart - clauseStart);
        (string Qualifier, int End, int Length)? nearest = null;
        foreach (var (word, qualifier) in BeforePhrase)
        {
            var at = clause.LastIndexOf(word);
            if (at >= 0 && (nearest is not { } best || at + word.Length > best.End || (at + word.Length == best.End && word.Length > best.Length)))
            {
                nearest = (qualifier, at + word.Length, word.Length);
            }
        }

        if (nearest is not { } found)
        {
            return null;
        }

        var phrase = clause[found.End..];
        return phrase.Length <= PhraseReach && !phrase.StartsWith("了") && phrase.IndexOfAnyInRange('0', '9') < 0 && !ContainsANumeral(phrase)
            ? found.Qualifier
            : null;
    }

    private static bool ContainsANumeral(ReadOnlySpan<char> words)
    {
        foreach (var c in words)
        {
            if (ChineseNumeral.IsChineseDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // What may stand between a figure and 以上 or 以下 to include the number itself.
    private static readonly string[] IncludingMarks = ["及", "（含）", "(含)"];

    private static (string Qualifier, int Length)? BoundIncluded(ReadOnlySpan<char> rest)
    {
        foreach (var mark in IncludingMarks)
        {
            if (rest.StartsWith(mark) && rest[mark.Length..] is var bound && (bound.StartsWith("以上") || bound.StartsWith("以下")))
            {
                return (bound[1] == '上' ? StatisticQualifier.Over : StatisticQualifier.Under, mark.Length + 2);
            }
        }

        return null;
    }

    /// <summary>余, 多 or 来 between the number and its measure word (5400余场, 40多家, 十来个): its qualifier, or null.</summary>
    public static string? AfterNumber(string text, Numeral numeral)
    {
        if (numeral.End >= text.Length || numeral.Has(NumeralShape.Percent))
        {
            return null;
        }

        return text[numeral.End] switch
        {
            '余' or '多' => StatisticQualifier.Over,
            // 来 is "about" only after a round numeral and before a measure word: 十来个, 百来人, 200来人; 3来 is not a word,
            // and 20来自各地 is 20 who come from all over.
            '来' when (ChineseNumeral.PlaceUnit(text[numeral.End - 1]) > 0 || (text[numeral.End - 1] == '0' && numeral.Has(NumeralShape.Arabic)))
                && MeasureWords.At(text, numeral.End + 1) is not null => StatisticQualifier.Approx,
            _ => null,
        };
    }

    /// <summary>左右, 上下, 以上, 以下, 以内, or 多 at the figure's end, after the measure word (2万人左右, 100人以上, 9吨多。): the qualifier and its length, or null.</summary>
    public static (string Qualifier, int Length)? AfterMeasure(string text, int at)
    {
        var rest = text.AsSpan(at);
        return rest switch
        {
            _ when rest.StartsWith("左右") => (StatisticQualifier.Approx, 2),
            // 稳定在33.6万亩上下, 人均在20元上下: 上下 after a quantity is "about", as 左右; before a character it begins a
            // word (100名职工上下班, 3000人上下游).
            _ when rest.StartsWith("上下") && (rest.Length == 2 || !Parsing.ChineseText.IsIdeograph(rest[2]) || rest[2] == '的') => (StatisticQualifier.Approx, 2),
            _ when rest.StartsWith("以上") => (StatisticQualifier.Over, 2),
            // 捐赠10万元及以上, 交易额500万元（含）以上, 300人及以下: 及 or a bracketed 含 before the bound says the number
            // itself is included; the bound is still over or under it.
            _ when BoundIncluded(rest) is { } included => included,
            _ when rest.StartsWith("以下") || rest.StartsWith("以内") => (StatisticQualifier.Under, 2),
            _ when rest.StartsWith("内") && at > 0 && SpanEnds.Contains(text[at - 1]) => (StatisticQualifier.Under, 1),
            // 罚款贰佰元整, 人民币500元整的: 整 closing a sum is "exactly", the formal end of an amount; before a character it
            // begins a word (100万元整治资金).
            _ when rest.StartsWith("整") && at > 0 && text[at - 1] == '元' && (rest.Length == 1 || !Parsing.ChineseText.IsIdeograph(rest[1]) || rest[1] == '的')
                => (StatisticQualifier.Exact, 1),
            // 运送物资9吨多。: 多 closing the figure is "and more"; before a character it begins a word (9吨多种物资) or
            // a longer unit (3个多小时, read by the quantity finder).
            _ when rest.StartsWith("多") && (rest.Length == 1 || !Parsing.ChineseText.IsIdeograph(rest[1])) => (StatisticQualifier.Over, 1),
            // 3米多深的洪水, 2米多高的围墙: so is 多 before the adjective of a dimension that closes the figure (with its 的 or
            // a boundary after it); the adjective then says which dimension the figure measures.
            _ when rest.StartsWith("多") && rest.Length >= 2 && DimensionAdjectives.Contains(rest[1])
                && (rest.Length == 2 || !Parsing.ChineseText.IsIdeograph(rest[2]) || rest[2] == '的') => (StatisticQualifier.Over, 1),
            _ => null,
        };
    }
}
