using System.Collections.Frozen;
using ContentApi.Text.Numbers;

namespace ContentApi.Text.Statistics;

/// <summary>
/// The measure words that <c>MeasureWords.tsv</c> leaves out because alone they are mostly something else (组 of an
/// address, 列 of 列入, 度 of a temperature, 岁 of one person's age), and the classifiers that count only where they close a
/// list item: each reader here takes the text around the word (the words of <c>measure-contexts.tsv</c>, what stands
/// before the numeral, a list's boundaries) and decides whether the word is a measure there. <see cref="MeasureWords"/>
/// keeps the table.
/// </summary>
internal static class MeasureWordsInContext
{
    // 组 of teams or families, which no row holds (see GroupsAt).
    private static readonly MeasureWord Groups = new("组", "组", MeasureClass.Groups);

    // 列 of trains, which no row holds (see TrainsAt).
    private static readonly MeasureWord Trains = new("列", "列", MeasureClass.Things);

    // 片 of courts, fields and stands of trees, which no row holds (see PatchesAt).
    private static readonly MeasureWord Patches = new("片", "片", "structures");

    // 个基点 of a rate's change or margin, which no row holds (see BasisPointsAt).
    private static readonly MeasureWord BasisPoints = new("个基点", "基点", MeasureClass.Rate);

    // 岁 and 周岁 of an age over a group, which no row holds (see YearsOfAgeAt).
    private static readonly MeasureWord YearsOfAge = new("岁", "岁", MeasureClass.Time);
    private static readonly MeasureWord FullYearsOfAge = new("周岁", "岁", MeasureClass.Time);

    // The rows of item-measures.tsv: the written measure word, what it counts, and whether it counts alone.
    private static readonly string[][] ItemMeasures = [.. DataTable.Read("item-measures.tsv", "written", "counts", "alone")];

    // The measure words that count only where they close a list item after digits (see ClosingAnItemAt), by character.
    private static readonly FrozenDictionary<char, MeasureWord> ClosingAnItem =
        ItemMeasures.ToFrozenDictionary(row => row[0][0], row => new MeasureWord(row[0], row[0], row[1]));

    // Those that are also the noun they count (站, 案), which count after digits wherever they begin no word (see ClosingAnItemAt).
    private static readonly FrozenSet<char> CountingAlone = ItemMeasures.Where(row => row[2] == "yes").Select(row => row[0][0]).ToFrozenSet();

    /// <summary>Whether the unit is a measure word of item-measures.tsv that is itself the noun it counts (站, 案: the column alone).</summary>
    public static bool CountsAlone(string unit) => unit.Length == 1 && CountingAlone.Contains(unit[0]);

    // The divisions counted by their name (see DivisionsAt): division-measures.tsv.
    private static readonly FrozenDictionary<string, MeasureWord> Divisions =
        DataTable.Read("division-measures.tsv", "written", "counts").ToFrozenDictionary(row => row[0], row => new MeasureWord(row[0], row[0], row[1]));

    private static readonly Lexicon DivisionNames = new(Divisions.Keys);

    /// <summary>Whether the unit is a division's name that <see cref="DivisionsAt"/> reads as its own measure.</summary>
    public static bool IsDivision(string unit) => Divisions.ContainsKey(unit);

    /// <summary>
    /// The units the readers report that no row of the table holds (组, 列, 岁, the classifiers that close an item, the
    /// divisions' names), each with what it counts.
    /// </summary>
    public static IReadOnlyList<MeasureWord> Units { get; } = [Groups, Trains, Patches, YearsOfAge, BasisPoints, .. ClosingAnItem.Values, .. Divisions.Values];

    /// <summary>
    /// 组 as the measure word of teams or families (派出警力12组36人次, 50组家庭, 30组亲子家庭): the table leaves 组 out, since
    /// after a village it numbers the village's group, an address (村7组, 二组村民). It counts when what is grouped follows,
    /// families (家庭, 亲子) or a count of people (12组36人次, 252组、2605人), and the number stands after no place word
    /// of an address (村, 社) nor 第 (派驻第十四组); 小分队13组56人次 counts teams.
    /// </summary>
    public static MeasureWord? GroupsAt(string text, int at, int numeralStart)
    {
        if (at >= text.Length || text[at] != '组' || numeralStart > 0 && text[numeralStart - 1] is '村' or '社' or '第' or '组')
        {
            return null;
        }

        var next = at + 1;
        if (GroupedFamilies.StartsAt(text, next))
        {
            return Groups;
        }

        if (next < text.Length && text[next] == '、')
        {
            next++;
        }

        return NumeralScanner.TryRead(text, next, out var people) && MeasureWords.At(text, people.End) is { } counted && MeasureWords.CountsPeople(counted.Unit) ? Groups : null;
    }

    // What groups of families are written with: 50组家庭, 30组亲子家庭.
    private static readonly Lexicon GroupedFamilies = new(ContextWords("组", "counts"));

    /// <summary>
    /// The words of <c>measure-contexts.tsv</c> that play <paramref name="role"/> for <paramref name="measure"/>, in
    /// file order (组, 列 and 度 count only where such words stand around them).
    /// </summary>
    private static string[] ContextWords(string measure, string role) =>
        [.. DataTable.Read("measure-contexts.tsv", "measure", "word", "role").Where(row => row[0] == measure && row[2] == role).Select(row => row[1])];

    /// <summary>
    /// 列 as the measure word of trains (停运旅客列车641列, 停运608列旅客列车): the table leaves 列 out, since after a
    /// numeral it mostly begins a verb (列入, 列为). It counts when the clause names trains (列车, 火车, 动车) before the
    /// number or after 列, and 列 itself begins none of them (5列车 is no count of trains in 列).
    /// </summary>
    public static MeasureWord? TrainsAt(string text, int at, int numeralStart)
    {
        if (at >= text.Length || text[at] != '列' || at + 1 < text.Length && text[at + 1] == '车')
        {
            return null;
        }

        var (start, end) = Clauses.Clause(text, numeralStart);
        return Parsing.WordSearch.ContainsAny(text.AsSpan(start, numeralStart - start), TrainWords)
            || Parsing.WordSearch.ContainsAny(text.AsSpan(at + 1, Math.Max(0, end - at - 1)), TrainWords)
            ? Trains
            : null;
    }

    // The words for trains that 列 counts.
    private static readonly string[] TrainWords = ContextWords("列", "counts");

    /// <summary>
    /// 片 as the measure word of courts, playing fields and stands of trees or crops (建成4片篮球场, 新造3片生态防护林): the
    /// table leaves 片 out, since after 一 it is mostly "a stretch of" (一片欢声笑语, 一片忙碌) and elsewhere it counts pills
    /// or slices (每次10片). It counts where the noun right after it, a few characters long (up to a list's joiner, 的 or
    /// anything but an ideograph: 4片篮球场及排球场, 3片茶园的), holds one of the grounds it counts (measure-contexts.tsv,
    /// 片: 球场, 林, 园, 田 …), the words after the ground being the clause's (4片篮球场供村民使用), unless the ground opens
    /// a zone's name (6片园区, 林区: areas). A lone 一 is still the article (ExclusionRules).
    /// </summary>
    public static MeasureWord? PatchesAt(string text, int at)
    {
        if (at >= text.Length || text[at] != '片')
        {
            return null;
        }

        var end = at + 1;
        while (end < text.Length && end - at <= MaxPatchedNoun && Parsing.ChineseText.IsIdeograph(text[end])
            && text[end] != '的' && !MetricFinder.ListJoiners.Contains(text[end]))
        {
            end++;
        }

        // A ground named inside the noun counts (4片篮球场供村民使用), unless it opens a zone's name: 园区, 林区 are areas.
        for (var groundEnd = at + 2; groundEnd <= end; groundEnd++)
        {
            if (Parsing.WordSearch.EndsWithAny(text.AsSpan(at + 1, groundEnd - at - 1), PatchedGrounds)
                && (groundEnd == text.Length || text[groundEnd] != Zone))
            {
                return Patches;
            }
        }

        return null;
    }

    // How far the noun after 片 may run to the ground it names: 3片|生态防护林.
    private const int MaxPatchedNoun = 5;

    private const char Zone = '区';

    // The courts, fields and stands that 片 counts: 球场 (篮球场, 足球场), 林 (生态林), 园 (茶园), 田 (稻田).
    private static readonly string[] PatchedGrounds = ContextWords("片", "counts");

    /// <summary>
    /// 口人 as the people of households (全村186户600多口人, 共有52户213口人): 口 counts the mouths of a household, and after a
    /// count of households in the same clause the 口人 are the people they hold, reported in 人. One family's size (全家6口人)
    /// counts no households before it and is left alone, as the table leaves 口 out. So is it after the 户 of a set phrase
    /// (一户一策, 一户一档, 千家万户): a lone 一, 千 or 万 before 户 there counts no households.
    /// </summary>
    public static MeasureWord? PeopleOfHouseholdsAt(string text, int at, int numeralStart)
    {
        if (!text.AsSpan(at).StartsWith("口人"))
        {
            return null;
        }

        var clauseStart = Clauses.Clause(text, numeralStart).Start;
        var before = text.AsSpan(clauseStart, numeralStart - clauseStart);
        for (var i = 1; i < before.Length; i++)
        {
            if (before[i] == '户' && CountsHouseholds(before[..i]))
            {
                return PeopleOfHouseholds;
            }
        }

        return null;
    }

    // Whether the text before a 户 ends in a count of households: a numeral with its 余 or 多 (186户, 两户, 三百户, 2万户,
    // 40余户), but not a lone 一, 百, 千, 万 or 亿, which before 户 is a set phrase (一户一策, 千家万户) or one household.
    private static bool CountsHouseholds(ReadOnlySpan<char> before)
    {
        var end = before.Length;
        while (end > 0 && before[end - 1] is '余' or '多')
        {
            end--;
        }

        var start = end;
        while (start > 0 && ChineseNumeral.IsNumeralCharacter(before[start - 1]))
        {
            start--;
        }

        return end - start > 1 || end - start == 1 && before[start] is not ('一' or '百' or '千' or '万' or '亿');
    }

    private static readonly MeasureWord PeopleOfHouseholds = new("口人", "人", MeasureClass.People);

    /// <summary>
    /// 个基点 after a count where the clause names a rate before it (利率下调25个基点至3.1%, 房贷利率为LPR+35个基点): a basis
    /// point, a hundredth of a percentage point, is the unit of the rate's change or margin, as 个百分点 is (reported
    /// 基点). Elsewhere 基点 is a base or a site that 个 counts (选定12个基点开展水质监测).
    /// </summary>
    public static MeasureWord? BasisPointsAt(string text, int at, int numeralStart)
    {
        if (!text.AsSpan(at).StartsWith(BasisPoints.Written))
        {
            return null;
        }

        var clauseStart = Clauses.Clause(text, numeralStart).Start;
        var before = text.AsSpan(clauseStart, numeralStart - clauseStart);
        return before.Contains('率') || before.Contains("LPR", StringComparison.OrdinalIgnoreCase) ? BasisPoints : null;
    }

    /// <summary>
    /// 度 alone as the kilowatt-hour (每天发电6000度, 年发电量超过3亿度), reported 千瓦时 as 度电 is: the table leaves 度
    /// out, being mostly temperatures and angles. It is energy where the words of the clause before the number are of
    /// electricity made, used or stored (发电, 用电, 电量 …) and none of heat or angle (气温, 坡度, 北纬 …).
    /// </summary>
    public static MeasureWord? KilowattHoursAt(string text, int at, int numeralStart)
    {
        if (at >= text.Length || text[at] != '度')
        {
            return null;
        }

        var start = Clauses.Clause(text, numeralStart).Start;
        var before = text.AsSpan(start, numeralStart - start);
        return Parsing.WordSearch.ContainsAny(before, ElectricityWords) && !Parsing.WordSearch.ContainsAny(before, DegreeWords)
            ? KilowattHours
            : null;
    }

    private static readonly MeasureWord KilowattHours = new("度", "千瓦时", MeasureClass.Energy);

    // Words of electricity made, used, stored or sold, which 度 after them measures.
    private static readonly string[] ElectricityWords = ContextWords("度", "counts");

    // Words of temperature and angle, which 度 measures too.
    private static readonly string[] DegreeWords = ContextWords("度", "measures");

    /// <summary>
    /// A division's name (市, 县, 区, 省 …) as its own measure after 其他, 其余, 另外 or 等 (唐山维持应急响应，其他7市终止,
    /// 广东等13省（市、区）联合开展, 福州、泉州等5市): the rest of a list of divisions, or its total, counted as the dev
    /// set's gold counts 16区; 个 is left out as in a headline (2社区获评). So too after Arabic digits where the name
    /// closes an item of a compact list or a bracketed gloss follows it (安徽3县（区）开展试点, 下辖5县、30个乡镇, 深入4县2市
    /// 1区): official prose drops 个 there, and places numbered in their name are written in Chinese numerals (三村,
    /// 城六区), never in digits. Not where the character begins a word (等3市场, 其他2县域, 其余5区委), nor before a verb
    /// after a list of names (甲、乙、丙3市保持响应), a fixed fact of the place the gold leaves aside.
    /// </summary>
    public static MeasureWord? DivisionsAt(string text, int at, int numeralStart)
    {
        if (DivisionNames.At(text, at) is not { } name || at + name.Length < text.Length && WordsAfterADivision.Contains(text[at + name.Length]))
        {
            return null;
        }

        var before = text.AsSpan(0, numeralStart);
        return before.EndsWith("等") || before.EndsWith("其他") || before.EndsWith("其余") || before.EndsWith("另外")
            || ClosesAnItemInDigits(text, at, at + name.Length, numeralStart)
            ? Divisions[name]
            : null;
    }

    // 6县、 5市（区）, 42县320乡镇, 4镇8村: digits (not a 0-led mark) and a division's name followed by a list's or gloss's
    // punctuation or the next count, or chained right after another such count (the last of 4县2市1区).
    private static bool ClosesAnItemInDigits(string text, int at, int end, int numeralStart)
    {
        if (!IsDigitsNotMark(text, numeralStart, at))
        {
            return false;
        }

        if (end < text.Length && (ItemClosers.Contains(text[end]) || char.IsAsciiDigit(text[end])))
        {
            return true;
        }

        // The count before: a division's name of one character right before the digits, with digits before it.
        var digitsStart = numeralStart - 1;
        while (digitsStart > 0 && char.IsAsciiDigit(text[digitsStart - 1]))
        {
            digitsStart--;
        }

        return numeralStart >= 2 && DivisionNames.At(text, numeralStart - 1)?.Length == 1 && digitsStart < numeralStart - 1
            && IsDigitsNotMark(text, digitsStart, numeralStart - 1);
    }

    private static bool IsDigitsNotMark(string text, int start, int end) =>
        end > start && text[start] != '0' && text.AsSpan(start, end - start).ContainsAnyExcept("0123456789") is false;

    // What closes an item of a list or opens the gloss of a division's name: 9县（市、区）, 6县、. Not a comma or a full
    // stop alone: an address ends there too (家住城关镇3村，, 他住在7区。), while a list's last count is chained (4县2市1区，).
    private const string ItemClosers = "（(、";

    // The second characters of words that begin with a division's name: 市场, 县域, 区委, 市长, 市级, 村民, 区内 …
    private const string WordsAfterADivision = "场域委长级民内外直属政人辖中间划块府";

    /// <summary>
    /// 岁 (or 周岁) as a measure where it gives a group's average age or a population's life expectancy (队员平均年龄为29岁,
    /// 平均年龄不超过33岁, 人均预期寿命达到81.3岁), or the difference of one from another average later in its sentence
    /// (高于全省平均1.8岁): a quantity measured over many people, where 岁 elsewhere is one person's age, no statistic
    /// (ExclusionRules). The head (measure-contexts.tsv) ends right before the number but for a linking verb (为, 在, 都在,
    /// 也有, 达到, 提高到); a qualifier before the number (不超过, 超) stands before <paramref name="start"/>.
    /// </summary>
    public static MeasureWord? YearsOfAgeAt(string text, int at, int start)
    {
        var written = at < text.Length && text[at] == '岁' ? YearsOfAge : text.AsSpan(at).StartsWith("周岁") ? FullYearsOfAge : null;
        if (written is null)
        {
            return null;
        }

        var sentenceStart = Clauses.Sentence(text, start).Start;
        var before = text.AsSpan(sentenceStart, start - sentenceStart);
        return AgeOfAGroupBefore.IsMatch(before) || DifferenceFromAnAgeOfAGroupBefore.IsMatch(before) ? written : null;
    }

    // The heads of an age over a group (平均年龄, 预期寿命), from measure-contexts.tsv.
    private static readonly string AgeOfAGroupHeads = string.Join('|', ContextWords("岁", "counts").Select(System.Text.RegularExpressions.Regex.Escape));

    // The words that may link the head to its number: 都, 也, 均 or 已, then a verb of being or reaching.
    private const string LinkingVerb = "(?:都|也|均|已|已经)?(?:为|在|是|有|达|达到|提高到|提高至|增至|升至)?";

    private static readonly System.Text.RegularExpressions.Regex AgeOfAGroupBefore = new("(?:" + AgeOfAGroupHeads + ")" + LinkingVerb + "$");

    // 人均预期寿命达到81.3岁、高于全省平均1.8岁: 高于 or 低于 another average, after such an age in the sentence.
    private static readonly System.Text.RegularExpressions.Regex DifferenceFromAnAgeOfAGroupBefore =
        new("(?:" + AgeOfAGroupHeads + ")[^。；]*(?:高于|低于|高出|低出)[^，。；、]{0,6}平均$");

    /// <summary>
    /// A measure word of <c>item-measures.tsv</c> where it closes an item of a list after Arabic digits (执行案件16案、,
    /// 管制刀具2把；, 应急备用水源井57眼；, 清除淤泥90方，): in a list of "noun, number, classifier" the classifier ends the
    /// item, so a character between digits and a list or clause boundary can only be one. After a Chinese numeral, or
    /// with a character after it, it begins a word (一把手, 双方, 6口人, 3方面). Medals also chain with no boundary
    /// between them (3金1银, 1金2铜的): a medal after digits counts next to another. 站 and 案, the nouns they count,
    /// count after digits before anything but a word they begin (有3站日雨量超过, 对5案采取措施; not 3站点, 4案件).
    /// </summary>
    public static MeasureWord? ClosingAnItemAt(string text, int at, Numeral numeral)
    {
        if (at >= text.Length || !ClosingAnItem.TryGetValue(text[at], out var word) || !IsWrittenInDigits(text, numeral))
        {
            return null;
        }

        return at + 1 == text.Length || ItemBoundaries.Contains(text[at + 1]) || IsMedal(text[at]) && InAChainOfMedals(text, at, numeral.Start)
            || CountingAlone.Contains(text[at]) && !MeasureWords.BeginsAWord(text, at)
            ? word
            : null;
    }

    // What ends an item of a list or a clause after its classifier.
    private const string ItemBoundaries = "、，；。！？）)\n";

    private static bool IsMedal(char c) => c is '金' or '银' or '铜';

    // 3金|1银, 1金2铜的: another count of medals right after the medal, or right before its number.
    private static bool InAChainOfMedals(string text, int at, int numeralStart)
    {
        var next = NumeralScanner.TryRead(text, at + 1, out var following) && following.End < text.Length && IsMedal(text[following.End])
            && IsWrittenInDigits(text, following);
        var previous = numeralStart >= 2 && IsMedal(text[numeralStart - 1]) && ChineseNumeral.IsArabicDigit(text[numeralStart - 2]);
        return next || previous;
    }

    // Digits, with a decimal point, 万 or 亿 and 余 or 多 among them (57, 100万, 3.5万): not a Chinese numeral.
    private static bool IsWrittenInDigits(string text, Numeral numeral) =>
        ChineseNumeral.IsArabicDigit(text[numeral.Start]) && !numeral.Has(NumeralShape.Percent)
        && !text.AsSpan(numeral.Start, numeral.End - numeral.Start).ContainsAnyExcept(DigitsAndMultipliers);

    private static readonly System.Buffers.SearchValues<char> DigitsAndMultipliers = System.Buffers.SearchValues.Create("0123456789０１２３４５６７８９.万亿余多");
}
