using System.Collections.Frozen;
using ContentApi.Text.Numbers;

namespace ContentApi.Text.Statistics;

/// <summary>
/// The measure words (classifiers and units) that turn a numeral into a count or a measure: 955支, 94220人, 5400余场,
/// 3.16m/s, 21万元/平方米. The vocabulary is the table <c>MeasureWords.tsv</c> (where it comes from is in its header): one row
/// per written form, with the unit reported and what it counts (<see cref="MeasureClass"/>).
/// </summary>
internal static class MeasureWords
{
    private static readonly FrozenDictionary<string, MeasureWord> ByWritten = Load();

    // 组 of teams or families, which no row holds (see GroupsAt).
    private static readonly MeasureWord Groups = new("组", "组", MeasureClass.Groups);

    // 列 of trains, which no row holds (see TrainsAt).
    private static readonly MeasureWord Trains = new("列", "列", MeasureClass.Things);

    // 岁 and 周岁 of an age over a group, which no row holds (see YearsOfAgeAt).
    private static readonly MeasureWord YearsOfAge = new("岁", "岁", MeasureClass.Time);
    private static readonly MeasureWord FullYearsOfAge = new("周岁", "岁", MeasureClass.Time);

    // The measure words that count only where they close a list item after digits (see ClosingAnItemAt), by character.
    private static readonly FrozenDictionary<char, MeasureWord> ClosingAnItem =
        DataTable.Read("item-measures.tsv", "written", "counts").ToFrozenDictionary(row => row[0][0], row => new MeasureWord(row[0], row[0], row[1]));

    // The divisions counted by their name after 其他 or 等 (see DivisionsAt), as institutions: provinces, prefectures,
    // cities, counties, districts, townships, towns and villages.
    private static readonly FrozenDictionary<char, MeasureWord> Divisions =
        "省州市县区乡镇村".ToFrozenDictionary(c => c, c => new MeasureWord(c.ToString(), c.ToString(), MeasureClass.Institutions));

    // What each reported unit counts: a unit is reported as the written form of one of the rows (个百分点 → 百分点), or
    // is 组, 列 or 岁, or one of the words that close a list item, or a division's name.
    private static readonly FrozenDictionary<string, string> ClassOfUnit =
        ByWritten.Values.Where(word => word.Written == word.Unit).Append(Groups).Append(Trains).Append(YearsOfAge).Concat(ClosingAnItem.Values).Concat(Divisions.Values)
            .ToFrozenDictionary(word => word.Unit, word => word.Counts);

    // Words that begin with a measure word and are no measure: 期间 (during), 位数 (digits), 起步 (start off: 3起步 in
    // a numbered list of steps), 起来, 起到, 起草, 部门 and 部分 (四部门联合印发 names the issuers, 6部分内容 is six
    // parts; 部委 as 部门: 五部委联合发文). 起火 and 起诉 are left out: 3起火灾 and 2起诉讼 count cases.
    // 天府, 天然 and 天气 begin with 天 (day): 2024天府文化节 is a year and Sichuan's name, no 2,024 days. 升级, 升学 and
    // 升旗 begin with 升 (litre): 3.0升级版 is a version. 群众 and 群体 begin with 群 (a flock): 500群众 is a headline's
    // count of people with no measure word; so do the words that begin with 双 (a pair), 羽 (birds), 顶 (tents) or 封
    // (letters) and mean something else: 双方, 羽毛球, 顶尖, 封控. 支部 is a numbered party branch (党总支三支部), no teams.
    private static readonly Lexicon WordsBeginningWithMeasure =
        new(["期间", "位数", "起步", "起来", "起到", "起草", "部门", "部分", "部委", "天府", "天然", "天气", "升级", "升学", "升旗",
            "群众", "群体", "双方", "双向", "双创", "双拥", "双减", "羽毛", "羽绒", "顶尖", "顶级", "顶端", "顶层", "顶住", "封闭", "封控",
            "封堵", "封面", "封存", "封锁", "封顶", "副本", "支部"]);

    // The lexicon matches the longest word, so that 人次 wins over 人, 平方公里 over 公里, 元/平方米 over 元.
    private static readonly Lexicon Written = new(ByWritten.Keys);

    /// <summary>Every row of the table.</summary>
    public static IEnumerable<MeasureWord> All => ByWritten.Values;

    /// <summary>What <paramref name="unit"/> counts (a <see cref="MeasureClass"/>), or null for a unit the table does not know.</summary>
    public static string? Counts(string unit) => ClassOfUnit.GetValueOrDefault(unit);

    /// <summary>Whether the unit counts people or households (人, 名, 位, 户, 人次) rather than things or events.</summary>
    public static bool CountsPeople(string unit) => Counts(unit) is MeasureClass.People or MeasureClass.PersonTimes or MeasureClass.Households;

    /// <summary>
    /// Whether the unit is a noun that a headline counts with no classifier (贵阳1组织1项目入选, 2社区获评): the noun is
    /// what is counted. The classifiers of things, institutions and households are single characters (个, 家, 户); the
    /// table's rows of two characters in those classes are such nouns (项目, 组织, 社区, 企业, 家庭), but for a compound
    /// of two classifiers (台套), which counts the noun after it as its parts do.
    /// </summary>
    public static bool IsCountedNoun(string unit) =>
        unit.Length >= 2 && Counts(unit) is MeasureClass.Things or MeasureClass.Institutions or MeasureClass.Households
        && !(Counts(unit[..1]) is not null && Counts(unit[1..]) is not null);

    /// <summary>
    /// Percentage points written short after a fraction (失业率上升0.1个点): no count of places (5个点位) or spots is ever
    /// a fraction, so 个点 there is 个百分点.
    /// </summary>
    public static MeasureWord PercentagePointsWrittenShort { get; } = new("个点", "百分点", MeasureClass.Rate);

    /// <summary>
    /// The points of an index after a fraction (物流指数为110.9点): a clock time is written in whole hours (8点30分), so a
    /// fraction before 点 is a level of an index, read as a rate is, with no counted noun after it.
    /// </summary>
    public static MeasureWord IndexPoints { get; } = new("点", "点", MeasureClass.Rate);

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

        return NumeralScanner.TryRead(text, next, out var people) && At(text, people.End) is { } counted && CountsPeople(counted.Unit) ? Groups : null;
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
    /// set's gold counts 16区; 个 is left out as in a headline (2社区获评). Not where the character begins a word (等3市场,
    /// 其他2县域, 其余5区委).
    /// </summary>
    public static MeasureWord? DivisionsAt(string text, int at, int numeralStart)
    {
        if (at >= text.Length || !Divisions.TryGetValue(text[at], out var division) || at + 1 < text.Length && WordsAfterADivision.Contains(text[at + 1]))
        {
            return null;
        }

        var before = text.AsSpan(0, numeralStart);
        return before.EndsWith("等") || before.EndsWith("其他") || before.EndsWith("其余") || before.EndsWith("另外") ? division : null;
    }

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
    /// between them (3金1银, 1金2铜的): a medal after digits counts next to another.
    /// </summary>
    public static MeasureWord? ClosingAnItemAt(string text, int at, Numeral numeral)
    {
        if (at >= text.Length || !ClosingAnItem.TryGetValue(text[at], out var word) || !IsWrittenInDigits(text, numeral))
        {
            return null;
        }

        return at + 1 == text.Length || ItemBoundaries.Contains(text[at + 1]) || IsMedal(text[at]) && InAChainOfMedals(text, at, numeral.Start)
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

    /// <summary>Whether the unit makes a share or rate (%, 百分点, ‰), which no counted noun follows.</summary>
    public static bool IsRate(string unit) => Counts(unit) == MeasureClass.Rate;

    /// <summary>The measure word at <paramref name="at"/> (its unit, written length and class), or null when none is there.</summary>
    public static MeasureWord? At(string text, int at)
    {
        if (Written.At(text, at) is not { } written)
        {
            return null;
        }

        // Words that begin with a measure word count nothing: 双十二期间 (during), 保持两位数增长 (double digits).
        var end = at + written.Length;
        if (WordsBeginningWithMeasure.At(text, at) is { } word && word.Length > written.Length)
        {
            return null;
        }

        // A Latin unit is a whole word: 5min is not 5 m, 3mmol not 3 mm.
        return char.IsAsciiLetter(written[^1]) && end < text.Length && char.IsAsciiLetter(text[end]) ? null : ByWritten[written];
    }

    private static FrozenDictionary<string, MeasureWord> Load()
    {
        var words = new Dictionary<string, MeasureWord>(StringComparer.Ordinal);
        foreach (var row in DataTable.Read("MeasureWords.tsv", "written", "unit", "counts"))
        {
            var word = new MeasureWord(row[0], row[1], row[2]);
            words.Add(word.Written, word);
            // Pages write the slash of a compound unit full-width as often as not: 元／平方米 is 元/平方米.
            if (word.Written.Contains('/'))
            {
                words.Add(word.Written.Replace('/', '／'), word with { Written = word.Written.Replace('/', '／') });
            }
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>A row of the measure-word table: the form written in the text, the unit reported, and what it counts.</summary>
internal sealed record MeasureWord(string Written, string Unit, string Counts)
{
    public int Length => Written.Length;
}

/// <summary>What a measure word counts: the closed set of classes the table's third column takes.</summary>
internal static class MeasureClass
{
    public const string People = "people";
    public const string PersonTimes = "person-times";
    public const string Households = "households";
    public const string Rate = "rate";
    public const string Area = "area";
    public const string Length = "length";
    public const string Volume = "volume";
    public const string Mass = "mass";
    public const string Time = "time";
    public const string Money = "money";
    public const string Things = "things";
    public const string Groups = "groups";
    public const string Documents = "documents";
    public const string Speed = "speed";
    public const string Multiple = "multiple";
    public const string Institutions = "institutions";
    public const string Events = "events";
    public const string Energy = "energy";
    public const string Power = "power";
    public const string Plants = "plants";
    public const string Animals = "animals";

    public static readonly IReadOnlyList<string> All =
    [
        People, PersonTimes, Households, Institutions, "structures", Events, Things, Documents, Groups, Plants, Animals,
        Money, Area, Length, Volume, Mass, "mass-flow", "flow", Time, Speed, Rate, Multiple, "concentration", Energy, Power, "data", "frequency",
    ];
}
