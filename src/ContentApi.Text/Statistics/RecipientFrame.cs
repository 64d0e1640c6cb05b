namespace ContentApi.Text.Statistics;

/// <summary>
/// A count inside the prepositional phrase of a recipient: 为, 给, 向, 帮助 or 替 + count + noun stands before the verb of
/// the clause (为12名困难学生发放助学金, 向300家企业送上惠企政策), so the noun the count reads ends before that verb, which
/// the stops of a noun in general do not all know (发放 begins 发放点 elsewhere).
/// </summary>
internal static class RecipientFrame
{
    // The prepositions of a recipient, and what may stand between them and the count: a few characters of words (其余,
    // 全市, 辖区: a scope), or after 为 words of any length inside the clause closed by 的 or 等, which say which of them are
    // counted (为村里考上大学的11名优秀学生发放助学金, 为低保户、特困户等80余户家庭送上). Only after 为, which the category
    // rules read as for whom a thing is done (CategoryRules.IsBenefactive) whatever stands between: they do not yet read 向
    // or 给 so, and a count after those would lose the verb that files it with the served.
    // The 为 of 以…为 "take as" (以乡村振兴为主题的30名驻村医生发放补贴) opens the frame too: the count after its modifier is
    // the clause's subject, whose noun ends before the verb all the same.
    private static readonly string[] Prepositions = ["帮助", "为", "给", "向", "替"];
    private static readonly int LongestPreposition = Prepositions.Max(preposition => preposition.Length);
    private const int MaxWordsBetween = 4;
    private const string ModifierEnds = "的等";
    private const string PrepositionBeforeAModifier = "为";

    // Characters before 为, 给 or 向 that make a word of it, which is no preposition of a recipient: a verb of being or
    // naming (成为, 作为, 评为, 分为, 增为, 填报为), 行为, 以为, 广为 (widely); 供给; 面向, 走向, 方向. The category rules read
    // 为 and 向 with the same lists.
    internal const string BeforeWeiOfOtherWords = "成作认因评称分列定改视选名增减变转降升更较最极行以身约达报广";
    private const string WordsBeforeGei = "供";
    internal const string BeforeXiangOfOtherWords = "面走转方导倾指志意趋定";

    // The verbs and adverbs of manner that open the predicate in the frame (a data file).
    private static readonly Lexicon Verbs = new(MetricWordList.Words("verbs-after-a-recipient"));

    // The noun keeps two characters at least: 3个发放点 and 5名免费师范生 begin with those words.
    private const int MinNoun = 2;

    // 维修, 免费 and 集中 are also modifiers of a noun for people (辖区内的20名专职维修人员, 主题的30名驻村免费医生): after a
    // modifier closed by 的 or 等, which says which people are counted, where the words from one of them to the noun's end
    // end in a word for people (the category lexicon's), it is no verb of the predicate. Only there: right after the
    // preposition they are the verb, with people for its object (向40个项目派出人员, 为1.25万名残疾人支付家庭医生签约服务经费).
    private static bool ModifiesPeople(string text, int at, int end) =>
        Categories.CategoryLexicon.Default.HasPhraseWordEndingAt(text.AsSpan(at, end - at), end - at, Categories.CategoryRole.Person);

    /// <summary>The noun read after the count, ended before the predicate's verb when the count follows a preposition of a recipient.</summary>
    public static (string Noun, int End) Cut(string text, int countStart, int clauseStart, string noun, int end)
    {
        var at = end - noun.Length;
        var modified = Modified(text, countStart, clauseStart);
        if (noun.Length <= MinNoun || at < 0 || !text.AsSpan(at, noun.Length).SequenceEqual(noun) || !AfterAPreposition(text, clauseStart, countStart, modified))
        {
            return (noun, end);
        }

        for (var i = at + MinNoun; i < end; i++)
        {
            if (Verbs.StartsAt(text, i) && !(modified && ModifiesPeople(text, i, end)))
            {
                return (text[at..i], i);
            }
        }

        return (noun, end);
    }

    // Whether a preposition of a recipient stands before the count, across a few words or, when modified, a modifier.
    private static bool AfterAPreposition(string text, int clauseStart, int countStart, bool modified)
    {
        var from = modified ? clauseStart : Math.Max(clauseStart, countStart - MaxWordsBetween - LongestPreposition);
        for (var p = countStart - 1; p >= from; p--)
        {
            foreach (var preposition in Prepositions)
            {
                if (p + preposition.Length > countStart || string.CompareOrdinal(text, p, preposition, 0, preposition.Length) != 0)
                {
                    continue;
                }

                var before = p > clauseStart ? text[p - 1] : '\0';
                var word = preposition switch
                {
                    "为" => BeforeWeiOfOtherWords.Contains(before),
                    "给" => WordsBeforeGei.Contains(before),
                    "向" => BeforeXiangOfOtherWords.Contains(before),
                    _ => false,
                };
                // A few characters of words stand between (no figure, no punctuation), or a modifier closed by 的 or 等.
                var between = text.AsSpan(p + preposition.Length, countStart - p - preposition.Length);
                var fewWords = between.Length <= MaxWordsBetween && !between.ContainsAnyExceptInRange('\u4e00', '\u9fff');
                if (!word && (fewWords || (modified && preposition == PrepositionBeforeAModifier)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whether a modifier closed by 的 or 等 stands right before the count.
    private static bool Modified(string text, int countStart, int clauseStart) =>
        countStart > clauseStart && ModifierEnds.Contains(text[countStart - 1]);
}
