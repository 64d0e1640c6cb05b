using System.Collections.Frozen;

namespace ContentApi.Text.Statistics;

/// <summary>
/// The measure words (classifiers and units) that turn a numeral into a count or a measure: 955支, 94220人, 5400余场,
/// 3.16m/s, 21万元/平方米. The vocabulary is the table <c>MeasureWords.tsv</c> (where it comes from is in its header): one row
/// per written form, with the unit reported and what it counts (<see cref="MeasureClass"/>).
/// </summary>
internal static class MeasureWords
{
    private static readonly FrozenDictionary<string, MeasureWord> ByWritten = Load();

    // What each reported unit counts: a unit is reported as the written form of one of the rows (个百分点 → 百分点), or
    // is one of the words that count in context (组, 列, 岁, the words that close a list item, a division's name).
    private static readonly FrozenDictionary<string, string> ClassOfUnit =
        ByWritten.Values.Where(word => word.Written == word.Unit).Concat(MeasureWordsInContext.Units)
            .ToFrozenDictionary(word => word.Unit, word => word.Counts);

    // Words that begin with a measure word and are no measure (期间, 部门, 首个, 门店): words-beginning-with-a-measure.tsv.
    private static readonly Lexicon WordsBeginningWithMeasure =
        new(DataTable.Read("words-beginning-with-a-measure.tsv", "word", "measure").Select(row => row[0]));

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
    /// of two classifiers (台套), which counts the noun after it as its parts do. So is a division's name counted as its own
    /// measure (其他7市, 安徽4县（区）): the words before it are the list or the place it belongs to, not what it counts.
    /// </summary>
    public static bool IsCountedNoun(string unit) =>
        unit.Length >= 2 && Counts(unit) is MeasureClass.Things or MeasureClass.Institutions or MeasureClass.Households
        && !(Counts(unit[..1]) is not null && Counts(unit[1..]) is not null)
        || MeasureWordsInContext.IsDivision(unit);

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
    /// The speed or flow a measure makes after 每 and a unit of time right before its number (风速每秒15米, 每秒5500立方米的
    /// 流量, 每小时30毫米的降雨): the table's row of the measure per that time (米/秒, 立方米/秒, 毫米/小时), as the figure
    /// written 15米/秒 reads; null when the table has no such speed or flow (每天3000吨 stays tonnes, 每年300元 yuan).
    /// </summary>
    public static MeasureWord? PerTimeBefore(string text, int start, MeasureWord measure)
    {
        for (var per = start - 2; per >= 0 && start - per <= 1 + LongestUnitOfTime; per--)
        {
            if (text[per] == '每')
            {
                return At(text, per + 1) is { Counts: MeasureClass.Time } time && per + 1 + time.Length == start
                    && ByWritten.GetValueOrDefault($"{measure.Unit}/{time.Unit}") is { Counts: MeasureClass.Speed or MeasureClass.Flow } rate
                    ? rate
                    : null;
            }
        }

        return null;
    }

    // The longest unit of time a rate is per in the table (秒钟, 小时).
    private const int LongestUnitOfTime = 2;

    /// <summary>Whether the unit makes a share or rate (%, 百分点, ‰), which no counted noun follows.</summary>
    public static bool IsRate(string unit) => Counts(unit) == MeasureClass.Rate;

    // 3首个人原创歌曲: a word starting after the measure word that runs past the word it would begin (个人 past 首个) is
    // read instead, and the measure word counts (measure-contexts.tsv, overlaps).
    private static bool OverlapsAWord(string text, int end, int rest) => OverlappingWords.At(text, end) is { } overlap && overlap.Length > rest;

    private static readonly Lexicon OverlappingWords =
        new(DataTable.Read("measure-contexts.tsv", "measure", "word", "role").Where(row => row[2] == "overlaps").Select(row => row[1]));

    /// <summary>Whether one of the words that begin with a measure word and are no measure starts at <paramref name="at"/> (站点, 案件).</summary>
    public static bool BeginsAWord(string text, int at) => WordsBeginningWithMeasure.StartsAt(text, at);

    /// <summary>The measure word at <paramref name="at"/> (its unit, written length and class), or null when none is there.</summary>
    public static MeasureWord? At(string text, int at)
    {
        if (Written.At(text, at) is not { } written)
        {
            return null;
        }

        // Words that begin with a measure word count nothing: 双十二期间 (during), 保持两位数增长 (double digits).
        var end = at + written.Length;
        if (WordsBeginningWithMeasure.At(text, at) is { } word && word.Length > written.Length && !OverlapsAWord(text, end, word.Length - written.Length))
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
    public const string Flow = "flow";
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
        Money, Area, Length, Volume, Mass, "mass-flow", Flow, Time, Speed, Rate, Multiple, "concentration", Energy, Power, "data", "frequency",
    ];
}
