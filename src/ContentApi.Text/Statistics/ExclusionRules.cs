using System.Text.RegularExpressions;
using ContentApi.Text.Numbers;

namespace ContentApi.Text.Statistics;

/// <summary>
/// The numbers that are not statistics: ordinals, dates and times, names and slogans, enumerations, words that
/// merely contain a numeral character, tiers of a structure, codes, ages. A false statistic is worse than a
/// missing one, so each rule errs towards excluding.
/// </summary>
internal static partial class ExclusionRules
{
    private delegate Verdict? Rule(string text, Numeral numeral, string? unit);

    // Checked in this order; the first that matches decides.
    private static readonly Rule[] Rules =
    [
        ClockTime, WordWithNumeral, PlaceName, DistrictInAListOfDivisions, SchoolClass, Quoted, Ordinal, SecondOfASeries, Enumeration, TimeOfDay, Date, SectionMark, YearBeforeAPlace, YearBeforeTheFirst, Session, Congress,
        Doctrine, CountOfASlogan, NumberedPlace, Designation, NamedByItsNumber, Code, LatinCode, NetworkGeneration, PhoneNumber, Age, Tier, Grade, SizeClass, LengthOfAPhrase, PartsOfAStructure, AnnouncedPoints, Frequency, RoutineSpan, Deadline, TimeCircle, Lately, LoneMultiplier, IndefiniteArticle, PlanPartsAfterTheFirst,
        RisesAndFalls, WheelsOfAVehicle, Rank, TrainNumber, CallForNewsTips, RoundTheClock, Tenor,
    ];

    // The word lists the rules below read, by their name in exclusion-words.tsv (where each list is described).
    private static readonly ILookup<string, string> ListedWords = DataTable.Lists("exclusion-words.tsv");

    private static string[] WordArray(string list) => [.. ListedWords[list]];

    private static Lexicon Words(string list) => new(ListedWords[list]);

    // Words in which a numeral character is not a count: 一生 (a lifetime), 统一 (unify), 万众 (the multitude), 两会 (the two sessions).
    private static readonly Lexicon WordsWithNumerals = Words("words-with-numerals");

    // Place names that begin with a numeral: 四川, 三亚, 九江.
    private static readonly Lexicon PlaceNames = Words("place-names");

    // Heads of numbered doctrines and campaigns: 八项规定, 四个意识, 两个确立 name a policy, not a count.
    private static readonly Lexicon DoctrineHeads = Words("doctrine-heads");

    // Words for a meeting that a number before 次 or 届 numbers: 八次全会, 十二次党代会.
    private static readonly Lexicon MeetingWords = Words("meeting-words");

    // Place-name endings: 三里屯街道 is a street, not three villages.
    private static readonly Lexicon PlaceEndings = Words("place-endings");

    // Words naming the week before a day number: 星期三, 礼拜五.
    private static readonly Lexicon WeekWords = Words("week-words");

    // The parts a plan, a show or a contest is built of, which a count before them only numbers.
    private static readonly Lexicon StructureParts = Words("structure-parts");

    // Units of the calendar counted with 个: a span of time.
    private static readonly Lexicon CalendarUnits = Words("calendar-units");

    // Works built in phases and what is done to them: 二期工程 names the second phase, 三期扩能建设项目, 四期地块 and 完成三期
    // 建设 name a phase by the works after it (a count of sessions is followed by 活动, 培训 or punctuation).
    private static readonly Lexicon PhasedWorks = Words("phased-works");

    private static readonly System.Buffers.SearchValues<char> DigitsOnly = System.Buffers.SearchValues.Create("0123456789０１２３４５６７８９");

    // Clock words before a number: 下午3点, 早晨7时.
    private static readonly Lexicon DayParts = Words("day-parts");

    /// <summary>The verdict excluding this number from the statistics, or null when none applies.</summary>
    public static Verdict? Exclude(string text, Numeral numeral, string? unit)
    {
        foreach (var rule in Rules)
        {
            if (rule(text, numeral, unit) is { } verdict)
            {
                return verdict;
            }
        }

        return null;
    }

    // 7:00 is a time of day.
    private static Verdict? ClockTime(string text, Numeral numeral, string? unit) =>
        numeral.Has(NumeralShape.ClockTime) ? new(NumberDecision.Time, "time: digits around a colon (7:00)") : null;

    // 一生, 统一, 万众: the numeral character belongs to a word. Not a round number after a bound (税收过千万元, 突破千万元,
    // 接近千万瓶): 千万, "by all means", stands before a verb, never after one of these. An idiom that runs on past the
    // numeral and the character after it (千家万户, 万家灯火) stays a word whatever stands before it (惠及人数达千家万户).
    private static Verdict? WordWithNumeral(string text, Numeral numeral, string? unit) =>
        WordsWithNumerals.Covers(text, numeral.Start, numeral.End)
        && (!IsARoundNumberReached(text, numeral) || WordsWithNumerals.Covers(text, numeral.Start, numeral.End + 2))
            ? new(NumberDecision.Word, "word: numeral inside a lexical word (一生, 统一)")
            : null;

    // 上百名, 逾千人, 数万, 超过千人, 过亿元, 突破千万元: a bare 百/千/万/亿 that a bound or 数 reaches is a round number;
    // so is one that 达 reaches as the verb of a level reached (最高可达千人, 年产值达亿元).
    private static bool IsARoundNumberReached(string text, Numeral numeral) =>
        numeral.Has(NumeralShape.BareUnit)
        && (CharBefore(text, numeral) is '上' or '逾' or '近' or '约' or '超' or '数' || IsALevelReached(text, numeral.Start)
            || QualifierRules.Before(text, numeral) is not null);

    // 达 right before at says a level reached (可达, 高达, 收入达), but not where it ends a verb of reaching a place or of
    // passing something on (送达, 直达, 抵达, 传达), whose object is the idiom 千家万户 or 万家, every household, no count.
    private static bool IsALevelReached(string text, int at) => CharAt(text, at - 1) == '达' && !VerbsEndingInDa.EndsAt(text, at);

    // The verbs and words that end in 达 and say no level reached: 送达, 直达, 抵达, 到达, 传达, 发达.
    private static readonly Lexicon VerbsEndingInDa = Words("verbs-ending-in-da");

    // 四川, 三亚: a place whose name starts with a numeral.
    private static Verdict? PlaceName(string text, Numeral numeral, string? unit) =>
        PlaceNames.Covers(text, numeral.Start, numeral.End) ? new(NumberDecision.Name, "name: a place name containing a numeral (四川)") : null;

    // 辖东山1市、三元、西林2区, 辖北湖区、三元、南坪县: a Chinese numeral and 元 standing alone as an item of a list whose
    // neighbouring item ends in a division's name (市, 县, 区, 旗, 镇, 乡) is a district named with a numeral, written
    // without its 区 in a list of divisions, not money: a sum in a list stands beside other sums, or carries a noun.
    private static Verdict? DistrictInAListOfDivisions(string text, Numeral numeral, string? unit)
    {
        if (unit != "元" || !numeral.Has(NumeralShape.Chinese) || numeral.Has(NumeralShape.Arabic) || CharAt(text, numeral.End) != '元')
        {
            return null;
        }

        var after = numeral.End + 1;
        var itemBefore = CharBefore(text, numeral) == '、' ? ListItemBefore(text, numeral.Start - 1) : [];
        var itemAfter = CharAt(text, after) == '、' ? ListItemAfter(text, after + 1) : [];
        return EndsInADivision(itemBefore) || EndsInADivision(itemAfter)
            ? new(NumberDecision.Name, "name: a district named with a numeral in a list of divisions (三元、沙县)")
            : null;
    }

    // The characters that end a list's item or its clause.
    private const string ListItemEnds = "、，,。；;：:（）()\n";

    private static ReadOnlySpan<char> ListItemBefore(string text, int end)
    {
        var start = text.AsSpan(0, end).LastIndexOfAny(ListItemEnds) + 1;
        return text.AsSpan(start, end - start);
    }

    private static ReadOnlySpan<char> ListItemAfter(string text, int start)
    {
        var length = text.AsSpan(start).IndexOfAny(ListItemEnds);
        return text.AsSpan(start, length < 0 ? text.Length - start : length);
    }

    // 永安1市, 沙县2区, 城东区: an item of two or more characters ending in a division's name (not 元 itself, nor a sum).
    private static bool EndsInADivision(ReadOnlySpan<char> item) =>
        item.Length >= 2 && item[^1] is '市' or '县' or '区' or '旗' or '镇' or '乡';

    // 高242班, 初203班: a class of a senior (高) or junior (初) middle school is named by its number (the year it entered
    // and its place); no classes are counted. Not where 高 or 初 ends another word (提高, 最高, 年初, 月初).
    private static Verdict? SchoolClass(string text, Numeral numeral, string? unit)
    {
        if (unit != "班" || !numeral.Has(NumeralShape.Arabic))
        {
            return null;
        }

        return SchoolClassLevels.EndsAt(text, numeral.Start) && !WordsEndingInALevel.EndsAt(text, numeral.Start)
            ? new(NumberDecision.Name, "name: a school class by its number (高242班)")
            : null;
    }

    private static readonly Lexicon SchoolClassLevels = Words("school-class-levels");

    private static readonly Lexicon WordsEndingInALevel = Words("words-ending-in-a-level");

    // “十四五”, “15分钟便民生活圈”, 《十项措施》: a short quotation or a title is a name, whatever it counts; so is one in
    // single quotes, which a quotation inside speech uses for its names (“围绕‘五个率先’开展”), when it is shaped like a
    // name: shorter, and without the 了 or 共 of a reported deed (他说‘今年共完成12个项目’ is speech, its figure counts).
    private static Verdict? Quoted(string text, Numeral numeral, string? unit) =>
        IsEnclosed(text, numeral, '“', '”', MaxQuotedName) || IsEnclosed(text, numeral, '「', '」', MaxQuotedName)
            || IsSingleQuotedName(text, numeral)
            || IsEnclosed(text, numeral, '《', '》', Parsing.ChineseText.MaxTitleLength)
            || IsQuotedFormula(text, numeral)
            ? new(NumberDecision.Name, "name: inside quotation marks or a title")
            : null;

    // “一个目标、四个定位、五项工作、三个到位”总要求, “1分钟响应启动、3分钟到场扑救、5分钟协同作战”机制: a longer quotation
    // of parts joined by 、 or +, with no comma, named after its close (的, 要求, 机制 …), is a formula's name as a short
    // one is (the dev set lists such slogans as negatives). Speech has commas and names nothing after it.
    private static bool IsQuotedFormula(string text, Numeral numeral)
    {
        if (!IsEnclosed(text, numeral, '“', '”', MaxFormula))
        {
            return false;
        }

        var open = text.LastIndexOf('“', numeral.Start);
        var close = text.IndexOf('”', numeral.End);
        var quoted = text.AsSpan(open + 1, close - open - 1);
        if (quoted.IndexOfAny(FormulaSeparators) < 0 || quoted.IndexOfAny('，', ',', '；') >= 0 || !FormulaNames.StartsAt(text, close + 1))
        {
            return false;
        }

        // Each part is a short phrase (一个目标, 3分钟到场扑救); a quoted list of targets (全年城镇新增就业60万人以上、…) reports.
        for (var rest = quoted; ; )
        {
            var separator = rest.IndexOfAny(FormulaSeparators);
            if ((separator < 0 ? rest.Length : separator) > MaxFormulaPart)
            {
                return false;
            }

            if (separator < 0)
            {
                return true;
            }

            rest = rest[(separator + 1)..];
        }
    }

    // ‘四个百年’, ‘八条举措’: a name in single quotes is a numeral, a measure and a noun or two, with no verb's aspect (了) or
    // total (共) in it; a longer one, or one with those, is a clause of quoted speech (‘这两年村里新建了3座桥’).
    private static bool IsSingleQuotedName(string text, Numeral numeral) =>
        Enclosure(text, numeral, '‘', '’', MaxSingleQuotedName) is (int start, int end) && text.AsSpan(start, end - start).IndexOfAny('了', '共') < 0;

    // The longest quotation in double or corner quotes that is read as a name (“15分钟便民生活圈”), and the shorter bound
    // for single quotes, which speech also uses for a quoted clause.
    private const int MaxQuotedName = 16;

    private const int MaxSingleQuotedName = 8;

    private static readonly System.Buffers.SearchValues<char> FormulaSeparators = System.Buffers.SearchValues.Create("、+＋");

    private const int MaxFormula = 32;
    private const int MaxFormulaPart = 10;

    // What names a quoted formula right after its close.
    private static readonly Lexicon FormulaNames = Words("formula-names");

    // 每月开展1次理论学习, 技能训练每周不少于2次, 每日两次消杀: a few times each year, month, week or day is how often a
    // routine recurs, no quantity reported (the dev set lists 每周一次, 每天一次 and 每年更新一次 as negatives). Totals of a
    // year (每年开展活动10余场) and counts of people are reported.
    // 每隔两三天, 每隔2小时: the span between two times a routine recurs is an interval, no quantity reported (the dev
    // set lists 每隔一小时 as a reporting interval). A minimum of times (每年至少对…开展1次培训, 每两周至少检查1次) is a
    // norm however far its period stands in the clause.
    private static Verdict? Frequency(string text, Numeral numeral, string? unit)
    {
        // 2小时一轮换, 30分钟一班, 30分钟滚动发班: a span with once (一班, 一趟, 一轮, 一次) or 滚动 after it is the same interval.
        var spanEnd = SpanEnd(text, numeral, unit);
        if ((numeral.Start >= 2 && text.AsSpan(numeral.Start - 2, 2) is "每隔") || (spanEnd > 0 && OnceAfterASpan.StartsAt(text, spanEnd)))
        {
            return new(NumberDecision.Other, "other: the interval of a routine (每隔两三天, 2小时一轮换)");
        }

        if (unit is not ("次" or "期" or "轮" or "趟") || numeral.Value is not { } value)
        {
            return null;
        }

        var clauseStart = Clauses.Clause(text, numeral.Start).Start;
        var minimum = QualifierRules.Before(text, numeral) is (StatisticQualifier.Over, _)
            || Parsing.WordSearch.ContainsAny(text.AsSpan(clauseStart, numeral.Start - clauseStart), MinimumWords);
        var from = minimum ? clauseStart : Math.Max(clauseStart, numeral.Start - FrequencyReach);
        var before = text.AsSpan(from, numeral.Start - from);
        return (value <= MaxTimesOfARoutine || minimum) && EachPeriod().IsMatch(before) && !before.ContainsAnyInRange('0', '9')
            ? new(NumberDecision.Other, "other: how often a routine recurs (每月1次)")
            : null;
    }

    private const int FrequencyReach = 12;

    // What makes the span before it an interval: once each time (一班, 一趟, 一轮, 一次, 一换) or a rolling service (滚动).
    private static readonly Lexicon OnceAfterASpan = Words("once-after-a-span");

    // The words of a minimum that a norm sets, standing anywhere before its count (每年至少对队员开展1次培训).
    private static readonly string[] MinimumWords = WordArray("minimum-words");
    private const decimal MaxTimesOfARoutine = 3;

    // 每月, 每半年, 每两周, 每三个月, 一天 (一天的常态化巡查至少6次); not the 一 of 第一季度, 十一月, 一月份, 一年来 or 统一年度.
    [GeneratedRegex(@"每(?:[两二三四五六七八九十]|\d{1,2})?个?(?:半年|年|月|周|星期|天|日|季度|学期)|(?<![第十统唯])一(?:年|月|周|星期|天|日)(?![来份度])")]
    private static partial Regex EachPeriod();

    // 每四十五分钟休息一次, 四五天回来一次, 二十天左右去一次, 每天3小时, 每日服务8小时: a span after 每, a span a verb
    // away from once, or a span after 每天, 每日 or 每周 is how often a routine recurs or how long it runs each day, the
    // rule of a timetable, no quantity reported (the dev set lists 每周一次 as a negative and a service's 24 hours a day as
    // one). A level the span reaches (每天日照都在12小时以上, 平均为8小时) is measured, and a rate of output (每60秒下线一辆)
    // reports the output.
    private static Verdict? RoutineSpan(string text, Numeral numeral, string? unit)
    {
        var spanEnd = SpanEnd(text, numeral, unit);
        if (spanEnd == 0)
        {
            return null;
        }

        var (clauseStart, clauseEnd) = Clauses.Clause(text, numeral.Start);
        var start = QualifierRules.Before(text, numeral)?.Start ?? numeral.Start;
        var afterEach = CharAt(text, start - 1) == '每';
        var once = OnceAVerbAway(text, spanEnd + (QualifierRules.AfterMeasure(text, spanEnd)?.Length ?? 0));
        var from = Math.Max(clauseStart, start - DailyReach - 2);
        var daily = text.AsSpan(from, start - from) is var before && Parsing.WordSearch.ContainsAny(before, EachDay)
            && !before.ContainsAnyInRange('0', '9') && !ContainsANumeralAfter(before, "每")
            && !LevelVerbs.EndsAt(text, start);
        return (afterEach || once || daily) && !OutputAfter(text, spanEnd, clauseEnd)
            ? new(NumberDecision.Other, "other: the span of a routine (每四十五分钟, 四五天回来一次, 每天3小时)")
            : null;
    }

    // How far before the span 每天 may stand: 每天|上午、下午各|90分钟.
    private const int DailyReach = 6;

    private static readonly string[] EachDay = WordArray("each-day");

    // The verbs of a level reached before a span: 日照都在12小时以上, 平均为8小时, 最长达10小时.
    private static readonly Lexicon LevelVerbs = Words("level-verbs");

    // Once a verb away from the span: 四五天|回来|一次, 2小时|巡查|一遍; no comma between (4小时，一次次).
    private static bool OnceAVerbAway(string text, int at)
    {
        for (var gap = 0; gap <= MaxVerbBeforeOnce && at + gap < text.Length; gap++)
        {
            if (gap > 0 && !Parsing.ChineseText.IsIdeograph(text[at + gap - 1]))
            {
                return false;
            }

            if (OnceWords.StartsAt(text, at + gap) && CharAt(text, at + gap + 2) != '性')
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxVerbBeforeOnce = 3;

    private static readonly Lexicon OnceWords = Words("once-words");

    // A number after 每 in the window: 每周两天，每天4个小时 counts the days of 每周, so 每天 still governs the hours.
    private static bool ContainsANumeralAfter(ReadOnlySpan<char> window, string each)
    {
        var at = window.LastIndexOf(each);
        return at >= 0 && ContainsNumeral(window[(at + each.Length)..]);
    }

    private static bool ContainsNumeral(ReadOnlySpan<char> words)
    {
        foreach (var c in words)
        {
            if (ChineseNumeral.IsChineseDigit(c) || ChineseNumeral.PlaceUnit(c) > 0)
            {
                return true;
            }
        }

        return false;
    }

    // 每60秒下线一辆新能源汽车, 每2小时生产500件: a count of something other than time later in the clause is the output
    // the span is the rate of (一次, once, is none).
    private static bool OutputAfter(string text, int from, int clauseEnd)
    {
        for (var at = from; at < clauseEnd; at++)
        {
            if (!OnceWords.StartsAt(text, at) && NumeralScanner.TryRead(text, at, out var count) && count.Start == at && count.End < clauseEnd
                && MeasureWords.At(text, count.End) is { } measure && MeasureWords.Counts(measure.Unit) != MeasureClass.Time)
            {
                return true;
            }
        }

        return false;
    }

    // 完成查勘后5天内预付, 日落后15至20分钟内禁行, 开渔后2天至7天内回港, 自通知之日起30天内: a span within which something
    // must be done after an event is a deadline a rule sets, no quantity reported. A span that reports how fast something
    // was done stands after 在 or alone (在4天内拿出方案, 15小时内破获), not after 后 or 起.
    private static Verdict? Deadline(string text, Numeral numeral, string? unit)
    {
        var spanEnd = SpanEnd(text, numeral, unit);
        if (spanEnd == 0)
        {
            return null;
        }

        // 开渔后2天至7天内: the first end of a range of deadlines reaches its 内 over the second.
        var end = spanEnd;
        if (CharAt(text, end) is '至' or '到' && end + 1 < text.Length && NumeralScanner.TryRead(text, end + 1, out var high) && high.Start == end + 1
            && SpanEnd(text, high, unit) is > 0 and var highEnd)
        {
            end = highEnd;
        }

        var within = CharAt(text, end) == '内' || text.AsSpan(end).StartsWith("之内");
        var start = CharBefore(text, numeral) is '至' or '到' && IsADeadlineSpanBefore(text, numeral.Start - 1, unit) ? -1 : numeral.Start;
        return within && (start < 0 || CharAt(text, start - 1) is '后' or '起')
            ? new(NumberDecision.Other, "other: a deadline after an event (完成后5天内)")
            : null;
    }

    // 后2天至|7天内: the span before the 至 of a range is itself written after 后 or 起.
    private static bool IsADeadlineSpanBefore(string text, int rangeMark, string? unit)
    {
        for (var at = rangeMark - 1; at >= 0 && rangeMark - at <= MaxSpanWritten; at--)
        {
            if (CharAt(text, at - 1) is '后' or '起' && NumeralScanner.TryRead(text, at, out var low) && low.Start == at && SpanEnd(text, low, unit) == rangeMark)
            {
                return true;
            }
        }

        return false;
    }

    // The longest span written before the 至 of a range: 十五个小时.
    private const int MaxSpanWritten = 6;

    // 15分钟社区生活圈, 10分钟就业服务圈: the minutes of a walk name a planning concept, the circle of services within
    // reach, as the quoted “15分钟生活圈” does; no time is measured.
    private static Verdict? TimeCircle(string text, Numeral numeral, string? unit)
    {
        var spanEnd = unit == "分钟" ? SpanEnd(text, numeral, unit) : 0;
        if (spanEnd == 0)
        {
            return null;
        }

        var rest = text.AsSpan(spanEnd, Math.Min(CircleReach + 1, text.Length - spanEnd));
        var circle = rest.IndexOf('圈');
        return circle >= 0 && Parsing.ChineseText.AllIdeographs(rest[..circle])
            ? new(NumberDecision.Name, "name: a circle of services by the minutes of a walk (15分钟生活圈)")
            : null;
    }

    // How many characters may name the circle between the minutes and 圈: 15分钟|社区美好生活|圈.
    private const int CircleReach = 6;

    // 前两天突然接到电话, 前几天: 前 opening the clause before a span of days is "a few days ago", no span measured (as 这两天
    // is "lately"); 展会前三天, 事发前2天 count from an event named before 前.
    private static Verdict? Lately(string text, Numeral numeral, string? unit) =>
        unit == "天" && CharBefore(text, numeral) == '前' && Clauses.Clause(text, numeral.Start).Start == numeral.Start - 1
            ? new(NumberDecision.Other, "other: a few days ago (前两天)")
            : null;

    // 第十二届, 第32届, 第一时间: 第 makes an ordinal.
    private static Verdict? Ordinal(string text, Numeral numeral, string? unit) =>
        CharBefore(text, numeral) == '第' ? new(NumberDecision.Ordinal, "ordinal: 第 before the number") : null;

    // 二期, 二套房, 二本, 二支部: 二 alone before a measure word is "the second"; a count says 两 (两期, 两套). Not before
    // people (二人均已落网 counts them, in the written style of news), a multiple (二倍), or a traditional weight or area
    // (二两, 二斤, 二亩地), which speech counts with 二.
    private static Verdict? SecondOfASeries(string text, Numeral numeral, string? unit) =>
        unit is not null && numeral.End - numeral.Start == 1 && text[numeral.Start] == '二' && !MeasureWords.CountsPeople(unit)
        && MeasureWords.Counts(unit) is not (MeasureClass.Multiple or MeasureClass.Mass or MeasureClass.Area)
            ? new(NumberDecision.Ordinal, "ordinal: 二 alone before a measure word, where a count says 两 (二期, 二套房)")
            : null;

    // 暂列排行榜前六位, 排名前十名, 前四名获奖者: 前 and a count of places or persons is a rank, not a number of them. Not
    // after a word of time that ends in 前 (此前10名群众, 目前3位专家, 提前, 之前), where they are counted.
    // 前三次巡查, 前六期, 前三轮巡察, 前十届: 前 and a count of occasions are the first of a series, not a number held.
    private static Verdict? Rank(string text, Numeral numeral, string? unit) =>
        AfterTheFirst(text, numeral)
            ? unit switch
            {
                "名" or "位" => new(NumberDecision.Ordinal, "ordinal: a rank, 前 and 名 or 位 (前三名)"),
                "次" or "期" or "轮" or "批" or "届" => new(NumberDecision.Ordinal, "ordinal: the first occasions of a series, 前 and 次, 期, 轮, 批 or 届 (前三次)"),
                _ => null,
            }
            // 排名后2名, 排名末两位: the last places of a ranking, after the word for it (后 and 末 alone begin too much).
            : unit is "名" or "位" && CharBefore(text, numeral) is '后' or '末' && RankingWords.EndsAt(text, numeral.Start - 1)
                ? new(NumberDecision.Ordinal, "ordinal: a rank from the end, 排名后 and 名 or 位 (排名后两名)")
                : null;

    // The words of a ranking before 后 or 末 and its last places.
    private static readonly Lexicon RankingWords = Words("ranking-words");

    // 前 right before the count, not as the end of a word of time (此前, 目前, 节前, 生前 …).
    private static bool AfterTheFirst(string text, Numeral numeral) =>
        CharBefore(text, numeral) == '前' && !TimeBeforeQian.Contains(CharAt(text, numeral.Start - 2));

    // The first characters of words of time that end in 前: 此前, 之前, 目前, 日前, 提前, 当前, 事前, 年前, 月前, 天前, 以前, 战前,
    // 空前, 节前, 汛前. Not 赛, 考, 会 or 生, whose 前 ranks more often than it dates (比赛前三名, 中考前十名, 考生前十名).
    private const string TimeBeforeQian = "此之目日提当事年月天以战空节汛";

    // 。01报名对象, 。03家庭医生: digits that begin with 0 (01, 02, 03) where a line or a sentence begins number the
    // sections of a page, zero-padded as layouts print them; a count opening a sentence is not written with a leading
    // 0 (4分09秒 is not at an opening, 0.5吨 is not zero-padded).
    private static Verdict? SectionMark(string text, Numeral numeral, string? unit) =>
        CharAt(text, numeral.Start) == '0' && char.IsAsciiDigit(CharAt(text, numeral.Start + 1))
            && (numeral.Start == 0 || SectionOpeners.Contains(CharBefore(text, numeral)))
            ? new(NumberDecision.Enumeration, "enumeration: a zero-padded section mark at an opening (01, 02)")
            : null;

    // What a section mark follows: the end of a sentence or a line, a space.
    private const string SectionOpeners = "。！？；\n \u3000\u00a0";

    // 一是…五是 and list markers (一、 （二） 3.) number the points of a text.
    private static Verdict? Enumeration(string text, Numeral numeral, string? unit)
    {
        var before = CharBefore(text, numeral);
        var after = CharAt(text, numeral.End);
        var atClauseStart = before is '\0' or '，' or '。' or '；' or '：' or '\n' or '！' or '？';
        if (numeral.Has(NumeralShape.Chinese) && atClauseStart && after == '是')
        {
            return new(NumberDecision.Enumeration, "enumeration: 一是, 二是 … numbers the points");
        }

        // （3） numbers a point; （-0.7%）, a share in brackets, is a figure, unless it is the base of a difference written
        // right after it.
        var bracketed = before is '（' or '(' && after is '）' or ')';
        if (bracketed && numeral.Has(NumeralShape.Percent))
        {
            return IsABaseBeforeItsDifference(text, numeral.End + 1)
                ? new(NumberDecision.Other, "other: the base of a comparison in brackets, before the difference (高于全省(4.6%)2.1个百分点)")
                : null;
        }

        var marker = (before is '\0' or '\n' && after is '、' or '.' or '．') || bracketed;
        return marker ? new(NumberDecision.Enumeration, "enumeration: a list marker (一、 （二）)") : null;
    }

    // 增速高于全省(4.6%)2.1个百分点, 比全市增速（7.2%）低0.5个百分点: a difference in points, a multiple or a share right
    // after the bracket, or after the one word that says which way it differs; the bracket holds what it is measured
    // against.
    private static bool IsABaseBeforeItsDifference(string text, int afterBracket)
    {
        var at = afterBracket < text.Length && text[afterBracket] is '高' or '低' or '快' or '慢' or '多' or '少' ? afterBracket + 1 : afterBracket;
        return at < text.Length && NumeralScanner.TryRead(text, at, out var difference)
            && (difference.Has(NumeralShape.Percent) || DifferenceUnits.StartsAt(text, difference.End));
    }

    // The units a difference between two shares is written in: 1.4个百分点, 0.5倍.
    private static readonly Lexicon DifferenceUnits = Words("difference-units");

    // 3点, 下午3时: an hour of the day.
    private static Verdict? TimeOfDay(string text, Numeral numeral, string? unit)
    {
        var hour = unit is null && CharAt(text, numeral.End) is '点' or '时';
        return hour || DayParts.EndsAt(text, numeral.Start)
            ? new(NumberDecision.Time, "time: an hour of the day (3点, 下午3时)")
            : null;
    }

    // 2023年, 4月27日, 75周年, 周五, 3个月: years, months, days, anniversaries, weekdays and spans of months are dates.
    private static Verdict? Date(string text, Numeral numeral, string? unit)
    {
        var after = CharAt(text, numeral.End);
        if (text.AsSpan(numeral.End).StartsWith("周年"))
        {
            return new(NumberDecision.Date, "date: an anniversary (75周年)");
        }

        if (after is '年' or '月' or '日' || (after == '号' && numeral.Value <= 31 && !IsDesignation(text, numeral.End + 1)))
        {
            return new(NumberDecision.Date, "date: followed by 年/月/日");
        }

        // 8·8人才交流会, “7·20”特大暴雨: a month and a day joined by a middle dot name an event by its date.
        if ((CharBefore(text, numeral) is '·' or '•' && char.IsAsciiDigit(CharAt(text, numeral.Start - 2)))
            || (CharAt(text, numeral.End) is '·' or '•' && char.IsAsciiDigit(CharAt(text, numeral.End + 1))))
        {
            return new(NumberDecision.Date, "date: a month and a day joined by a middle dot (8·8, 7·20)");
        }

        if (CharBefore(text, numeral) == '周' || WeekWords.EndsAt(text, numeral.Start))
        {
            return new(NumberDecision.Date, "date: a day of the week (周五)");
        }

        // 3个月, 连续6个季度居全市第一, 3个工作日: 个 before a unit of the calendar counts a span of time, no quantity reported.
        var month = numeral.End + 1 + (CharAt(text, numeral.End + 1) is '多' or '余' ? 1 : 0);
        if (unit == "个" && CalendarUnits.StartsAt(text, month))
        {
            return new(NumberDecision.Date, "date: a span of months, quarters or days (3个月, 6个季度)");
        }

        // 3个小时后, 两天后, 10分钟之后: a span that places an event in time, not a quantity reported.
        var afterSpan = SpanEnd(text, numeral, unit);
        return afterSpan > 0 && (CharAt(text, afterSpan) == '后' || text.AsSpan(afterSpan).StartsWith("之后") || text.AsSpan(afterSpan).StartsWith("以后"))
            ? new(NumberDecision.Date, "date: a span before 后 places an event (3个小时后)")
            : null;
    }

    // 十二届八次全会, 十二次党代会, 市委十二届二次、三次全会: terms and sessions are numbered with 届 and 次.
    private static Verdict? Session(string text, Numeral numeral, string? unit)
    {
        if (CharAt(text, numeral.End) == '届' || (CharAt(text, numeral.End) == '中' && text.AsSpan(numeral.End + 1).StartsWith("全会")))
        {
            return new(NumberDecision.Ordinal, "ordinal: 届 or 中全会 numbers a term or session");
        }

        if (unit != "次")
        {
            return null;
        }

        var sessionOfTerm = CharBefore(text, numeral) == '届';
        return sessionOfTerm || MeetingWords.StartsAt(text, SkipSessionList(text, numeral.End + 1))
            ? new(NumberDecision.Ordinal, "ordinal: 次 before a meeting numbers the session")
            : null;
    }

    // 二十大, 十九大: a Chinese numeral with 大 names a party congress.
    private static Verdict? Congress(string text, Numeral numeral, string? unit) =>
        numeral.Has(NumeralShape.Chinese) && unit is null && CharAt(text, numeral.End) == '大'
            ? new(NumberDecision.Name, "name: a numbered congress (二十大)")
            : null;

    // 专人24小时值守, 热线24小时在线, 公厕实行24小时开放: 24 hours said alone is "round the clock", how a service runs, no
    // length of anything. A level it reaches (开放时间延长至24小时), a qualified span (超过24小时, 近24小时) and hours counted
    // with 个 (连续奋战24个小时) still measure.
    private static Verdict? RoundTheClock(string text, Numeral numeral, string? unit) =>
        unit == "小时" && numeral.Value == 24 && CharAt(text, numeral.End) == '小'
            && CharBefore(text, numeral) is not ('至' or '到' or '达' or '为' or '近' or '约' or '超' or '过' or '逾' or '足' or '第')
            ? new(NumberDecision.Other, "other: round the clock (24小时值守)")
            : null;

    // 7天期逆回购, 14天期国债: a span of days or months before 期 is the tenor that names a loan or a bond, no length of
    // anything (期间, "during", is a span still).
    private static Verdict? Tenor(string text, Numeral numeral, string? unit)
    {
        var measureEnd = unit is "天" or "个月" && MeasureWords.At(text, numeral.End) is { } written ? numeral.End + written.Length : -1;
        return measureEnd > 0 && CharAt(text, measureEnd) == '期' && CharAt(text, measureEnd + 1) != '间'
            ? new(NumberDecision.Name, "name: the tenor of a loan or a bond (7天期逆回购)")
            : null;
    }

    // 全省600位记者在线等你来报料: the outlet's call for news tips (报料), which scraped pages run into the story's last
    // paragraph after every story of the outlet, counts its own staff for readers, nothing the story reports.
    private static Verdict? CallForNewsTips(string text, Numeral numeral, string? unit)
    {
        var (start, end) = Clauses.Clause(text, numeral.Start);
        return text.AsSpan(start, end - start).Contains("报料", StringComparison.Ordinal)
            ? new(NumberDecision.Other, "other: the outlet's call for news tips (600位记者在线等你来报料)")
            : null;
    }

    // 2023天津·宁河七里海半程马拉松, 2023台州…: a year that opens an event's name before the place it is held in, whose
    // first character a measure word may be (天, 台, 株, 张), counts nothing.
    private static Verdict? YearBeforeAPlace(string text, Numeral numeral, string? unit) =>
        IsAYearInDigits(numeral) && Places.DivisionTable.Default.UnambiguousNameAt(text, numeral.End) is not null
            ? new(NumberDecision.Date, "date: a year before a place name (2023天津)")
            : null;

    // 2024首个人工智能产业园: a year before 首 is "the first of" that year, where 首 would count songs only because 个人
    // (personal) reads past 首个 (3首个人原创歌曲).
    private static Verdict? YearBeforeTheFirst(string text, Numeral numeral, string? unit) =>
        IsAYearInDigits(numeral) && unit == "首"
            ? new(NumberDecision.Date, "date: a year before 首, the first of it (2024首个)")
            : null;

    private static bool IsAYearInDigits(Numeral numeral) =>
        numeral.End - numeral.Start == 4 && numeral.Has(NumeralShape.Arabic) && numeral.Value is >= 1900 and < 2100 && decimal.IsInteger(numeral.Value.Value);

    // 八项规定, 四个意识, 两个确立: a numbered doctrine.
    private static Verdict? Doctrine(string text, Numeral numeral, string? unit) =>
        numeral.Has(NumeralShape.Chinese) && unit is "项" or "个" or "条" && DoctrineHeads.StartsAt(text, numeral.End + 1)
            ? new(NumberDecision.Name, "name: a numbered doctrine (八项规定)")
            : null;

    // 十个“一”, 三个“+”模式, 两个“维护”: a count of a quoted character, numeral or symbol, or of a doctrine's word, counts
    // the parts of a slogan, written with its numeral outside the quotes (ANNOTATION.md: numbers of quoted slogans, “四个
    // 100”, are negatives); a quoted name of two characters or more (46个“小红箱”, 8个“剧组”) is a thing counted.
    private static Verdict? CountOfASlogan(string text, Numeral numeral, string? unit)
    {
        var open = numeral.End + (unit?.Length ?? 0);
        if (unit is not ("个" or "项" or "条" or "种") || CharAt(text, open) != '“')
        {
            return null;
        }

        var close = text.IndexOf('”', open + 1, Math.Min(MaxSloganWord + 1, text.Length - open - 1));
        if (close < 0)
        {
            return null;
        }

        var quoted = text[(open + 1)..close];
        var slogan = quoted.Length == 1 || !quoted.AsSpan().ContainsAnyExcept(SloganSymbols) || DoctrineHeads.At(quoted, 0) == quoted;
        return slogan ? new(NumberDecision.Name, "name: a count of a slogan's quoted parts (十个“一”, 两个“维护”)") : null;
    }

    // The longest quoted word of a slogan counted from outside its quotes.
    private const int MaxSloganWord = 4;

    // What a slogan's quoted part may be written with besides one character: digits, numerals and signs (“100”, “+”).
    private static readonly System.Buffers.SearchValues<char> SloganSymbols =
        System.Buffers.SearchValues.Create("0123456789０１２３４５６７８９一二三四五六七八九十百千万零+＋-×*#%");

    // 三里屯街道, 五里桥村: a Chinese numeral and two more characters before a place ending make a place name (a fraction
    // names none: 三分之一的村庄). A place is named with a small number written in Chinese, never with digits, a vague
    // or rough number (数十亿元乡村振兴债, 十多名村民, 数百个村庄), a round number a bound reaches (抢修上千处的路面) or a
    // count of persons, events or things in general classifiers (五个乡镇, 两场乡村旅游活动, 6.35万人回乡创业): those count,
    // and the ending is part of a word after them.
    private static Verdict? NumberedPlace(string text, Numeral numeral, string? unit) =>
        numeral.Has(NumeralShape.Chinese) && !numeral.Has(NumeralShape.Fraction) && Parsing.ChineseText.IsIdeograph(CharAt(text, numeral.End)) && Parsing.ChineseText.IsIdeograph(CharAt(text, numeral.End + 1))
            && PlaceEndings.StartsAt(text, numeral.End + 2) && !IsACountBeforeAWord(text, numeral, unit)
            ? new(NumberDecision.Name, "name: a place named with a numeral (三里屯街道)")
            : null;

    private static bool IsACountBeforeAWord(string text, Numeral numeral, string? unit) =>
        numeral.Has(NumeralShape.Arabic) || numeral.Has(NumeralShape.Vague) || numeral.Has(NumeralShape.Over) || CharAt(text, numeral.End) is '多' or '余'
        || IsARoundNumberReached(text, numeral) || unit is "个" or "名" or "位" or "人" or "人次" or "场" or "次";

    // 3楼, 零号路, 二期工程, 省道218: floors, numbered roads and building phases designate, they do not count.
    private static Verdict? Designation(string text, Numeral numeral, string? unit)
    {
        var after = CharAt(text, numeral.End);
        var floor = after is '楼' or '层' && CharAt(text, numeral.End + 1) is not ('房' or '楼');
        var numbered = after == '号' && IsDesignation(text, numeral.End + 1);
        var phase = unit == "期" && IsAPhase(text, numeral);
        var route = numeral.Has(NumeralShape.Arabic) && RoadClasses.EndsAt(text, numeral.Start)
            && unit != "条" && MeasureWords.Counts(unit ?? "") != MeasureClass.Length;
        return floor || numbered || phase || route ? new(NumberDecision.Name, "name: a floor, number, phase or route (3楼, 零号路, 国道318)") : null;
    }

    // 二期工程, 三期建设; 美林药业三期等36个项目, 电厂三期等项目: a phase listed with others before the works they are
    // (等 and 项目 or 工程 a count away); 大赛(二期、三期): a phase after another in a list of phases.
    private static bool IsAPhase(string text, Numeral numeral)
    {
        var after = numeral.End + 1;
        if (PhasedWorks.StartsAt(text, after))
        {
            return true;
        }

        var listed = CharAt(text, after) == '等' && text.AsSpan(after + 1, Math.Min(PhaseListReach, text.Length - after - 1)) is var rest
            && (rest.Contains("项目", StringComparison.Ordinal) || rest.Contains("工程", StringComparison.Ordinal));
        var afterAPhase = numeral.Has(NumeralShape.Chinese) && numeral.Start >= 2 && text.AsSpan(numeral.Start - 2, 2) is "期、";
        return listed || afterAPhase;
    }

    // How far after 等 the works of a list of phases may stand: 三期等|36个项目.
    private const int PhaseListReach = 6;

    // 五人制足球 (five-a-side), 四人间 (a room for four), 特警七支队 (the seventh detachment): a format, a kind of room or
    // a unit of the police named by a number, no count. 七支队四大队 names a brigade under it; a count of teams is 七支队伍,
    // and 300人间接就业 is 300 people employed indirectly.
    private static Verdict? NamedByItsNumber(string text, Numeral numeral, string? unit)
    {
        var rest = text.AsSpan(numeral.End);
        var format = rest.StartsWith("人制") || (rest.StartsWith("人间") && CharAt(text, numeral.End + 2) != '接');
        var detachment = rest.StartsWith("支队") && CharAt(text, numeral.End + 2) is not ('伍' or '员')
            && (ForcesNamingDetachments.EndsAt(text, numeral.Start) || SubunitAfter(text, numeral.End + 2));
        return format || detachment ? new(NumberDecision.Name, "name: a format, room type or unit named by its number (五人制, 四人间, 七支队)") : null;
    }

    // The forces whose detachments (支队) are numbered: the special police, the armed police, traffic police, fire brigades.
    private static readonly Lexicon ForcesNamingDetachments = Words("forces-naming-detachments");

    // 七支队四大队: a numbered brigade or company right after names the unit it belongs to.
    private static bool SubunitAfter(string text, int at) =>
        NumeralScanner.TryRead(text, at, out var next) && next.Start == at
        && (text.AsSpan(next.End).StartsWith("大队") || text.AsSpan(next.End).StartsWith("中队"));

    // The classes of China's highways, which number their routes after the class (国道318, 省道218, 县道012); a count
    // or length of them is written with its unit (县道15条, 乡道120公里).
    private static readonly Lexicon RoadClasses = Words("road-classes");

    // 七〇七所, 二〇二三: digits read one by one are a code or a year.
    private static Verdict? Code(string text, Numeral numeral, string? unit) =>
        numeral.Value is null || numeral.Has(NumeralShape.DigitByDigit) ? new(NumberDecision.Name, "name: digits read one by one (七〇七)") : null;

    // 5G, G20, COVID-19: a number joined to Latin letters or hyphened to a code is part of a name, unless the letters are
    // its unit (228mm, 3.16m/s) or the name of an economic indicator that the figure measures (全县GDP120.6亿元); a hyphen
    // after a measure word joins a range (4000斤-5000斤). 85mg/100mL: the number after a Latin unit's slash is the
    // denominator of a compound unit, no quantity of its own.
    private static Verdict? LatinCode(string text, Numeral numeral, string? unit) =>
        (char.IsAsciiLetter(CharBefore(text, numeral)) && !IndicatorBefore(text, numeral.Start))
        || (CharBefore(text, numeral) is '/' or '／' && char.IsAsciiLetter(CharAt(text, numeral.Start - 2)))
        || (char.IsAsciiLetter(CharAt(text, numeral.End)) && unit is null) || (CharBefore(text, numeral) == '-' && !Parsing.ChineseText.IsIdeograph(CharAt(text, numeral.Start - 2)))
            ? new(NumberDecision.Name, "name: joined to Latin letters (5G)")
            : null;

    // 5g基站, 4g网络: a lowercase g after the digit of a mobile network's generation (2 to 6), right before a word of
    // networks, is the G of 5G typed lowercase, not grams (单果重204.2g，, 加入5g食盐 stay grams).
    private static Verdict? NetworkGeneration(string text, Numeral numeral, string? unit) =>
        unit == "g" && numeral.End - numeral.Start == 1 && CharAt(text, numeral.Start) is >= '2' and <= '6' && CharAt(text, numeral.End) == 'g'
            && NetworkWords.StartsAt(text, numeral.End + 1)
            ? new(NumberDecision.Name, "name: a mobile network's generation typed lowercase (5g基站)")
            : null;

    // The words of mobile networks that follow their generation (5G基站, 5G网络, 4G信号, 5G手机, 5G+智慧医疗).
    private static readonly Lexicon NetworkWords = Words("network-words");

    // The indicators of 国家统计局 releases written in Latin letters: gross domestic product and the price and purchasing
    // managers' indices.
    private static readonly string[] Indicators = WordArray("indicators");

    private static bool IndicatorBefore(string text, int at) =>
        Parsing.WordSearch.EndingLength(text.AsSpan(0, at), Indicators) is var length and > 0 && !char.IsAsciiLetter(CharAt(text, at - length - 1));

    // 12345678901, 022-12345678: long digit runs without grouping are phone or ID numbers, unless money or a physical
    // measure follows: court reports and accounts write amounts ungrouped (奖励费1382300元, 卫生费22500元), and no phone
    // or ID number is counted in 元 or 吨 (a lottery's issue, 2023089期, still is a code).
    private static Verdict? PhoneNumber(string text, Numeral numeral, string? unit)
    {
        var digits = numeral.End - numeral.Start;
        var plainDigits = numeral.Has(NumeralShape.Arabic) && !numeral.Has(NumeralShape.Chinese) && numeral.Value is { } value && value == decimal.Truncate(value)
            && (unit is null || !MeasuredUngrouped.Contains(MeasureWords.Counts(unit)));
        var joined = CharAt(text, numeral.End) == '-' && char.IsAsciiDigit(CharAt(text, numeral.End + 1));
        // Only digits: a grouped or written-out number (1,234,567, 2.5×10^4) is a quantity.
        return plainDigits && (digits >= 7 && text.AsSpan(numeral.Start, digits).IndexOfAnyExcept(DigitsOnly) < 0 || joined)
            ? new(NumberDecision.Other, "other: a phone or ID number")
            : null;
    }

    // The measures whose amounts are written ungrouped, long as they are: money and physical quantities.
    private static readonly string[] MeasuredUngrouped =
        [MeasureClass.Money, MeasureClass.Area, MeasureClass.Length, MeasureClass.Volume, MeasureClass.Mass, MeasureClass.Energy, MeasureClass.Power];

    // 80岁: an age describes a person, it does not count them. A group's average age or a population's life expectancy,
    // which the measure words read in 岁 (平均年龄为29岁), measures many people.
    private static Verdict? Age(string text, Numeral numeral, string? unit) =>
        CharAt(text, numeral.End) == '岁' && unit != "岁" ? new(NumberDecision.Other, "other: an age (80岁)") : null;

    // 五级评选机制, 一对一: tiers and pairings describe how something is built.
    private static Verdict? Tier(string text, Numeral numeral, string? unit)
    {
        var tier = CharAt(text, numeral.End) == '级';
        var pairing = unit == "对" && numeral.End + 1 < text.Length && NumeralScanner.StartsAt(text, numeral.End + 1);
        return tier || pairing ? new(NumberDecision.Structure, "structure: tiers or pairing (五级, 一对一)") : null;
    }

    // 水质稳定在三类以上, 劣四类比例, 1类创新药, 三类医疗器械, 三类户: 类 after a numeral rates the noun as a grade (the
    // classes of surface water in GB 3838, of new drugs and of medical devices in their registration rules, of households
    // in poverty relief), no count of kinds, as 二级医院 is no count of levels. A count of kinds closes a list (等5类突出
    // 问题) or is a verb's object; a grade takes 劣 and 以上 as a level does, follows a count of the things graded
    // (5个三类产品), or stands before a noun that is graded.
    private static Verdict? Grade(string text, Numeral numeral, string? unit)
    {
        if (unit != "类" || CharAt(text, numeral.End) != '类')
        {
            return null;
        }

        var after = numeral.End + 1;
        var level = CharBefore(text, numeral) == '劣' || GradeLevels.StartsAt(text, after);
        var countedBefore = CountedJustBefore(text, numeral.Start);
        return level || countedBefore || GradedNouns.StartsAt(text, after)
            ? new(NumberDecision.Structure, "structure: a grade, 类 rating the noun (三类水质, 1类创新药)")
            : null;
    }

    // What follows a grade and not a count of kinds: a level reached (三类以上), a standard (三类标准), water of the class (三类水).
    private static readonly Lexicon GradeLevels = Words("grade-levels");

    // The nouns rated by a grade in 类: poverty-relief households (三类户), new drugs (1类新药, 1类创新药), medical devices (三类医疗器械).
    private static readonly Lexicon GradedNouns = Words("graded-nouns");

    // 5个|三类: a numeral and a measure word right before, which count what the grade after them rates.
    private static bool CountedJustBefore(string text, int at)
    {
        var measure = at - 1;
        return measure >= 1 && CharAt(text, measure) is '个' or '项' or '款' or '种' or '家' or '件'
            && (char.IsAsciiDigit(text[measure - 1]) || ChineseNumeral.IsChineseDigit(text[measure - 1]));
    }

    // 10万吨级燃煤机组, 7.6米型号大卡车, 百米级: a physical quantity before 级 or 型 names a size class of the thing after
    // it (a ship of ten thousand tonnes' class), no amount of anything.
    private static Verdict? SizeClass(string text, Numeral numeral, string? unit)
    {
        if (unit is null || !PhysicalMeasures.Contains(MeasureWords.Counts(unit)))
        {
            return null;
        }

        var at = numeral.End + (CharAt(text, numeral.End) is '多' or '余' ? 1 : 0);
        return MeasureWords.At(text, at) is { } written && CharAt(text, at + written.Length) is '级' or '型'
            ? new(NumberDecision.Structure, "structure: a size class, a quantity before 级 or 型 (10万吨级, 7.6米型)")
            : null;
    }

    // The measures of a physical size, which 级 or 型 after them turn into a class.
    private static readonly string[] PhysicalMeasures =
        [MeasureClass.Mass, MeasureClass.Length, MeasureClass.Area, MeasureClass.Volume, MeasureClass.Power, MeasureClass.Energy];

    // ‘责任在肩’四个字, 这8个字, 这简短的二十二个字: the characters of a phrase just quoted or pointed at count the
    // length of a slogan, no quantity (ANNOTATION.md: numbers of quoted slogans are negatives). 写了3000个字, with no
    // quotation or 这 before it, is an amount written.
    private static Verdict? LengthOfAPhrase(string text, Numeral numeral, string? unit)
    {
        if (unit != "个" || !text.AsSpan(numeral.End).StartsWith("个字") || WordsOfZi.StartsAt(text, numeral.End + 2))
        {
            return null;
        }

        var before = CharBefore(text, numeral);
        var from = Math.Max(0, numeral.Start - PointedReach);
        var pointed = before == '这' || (before == '的' && text.AsSpan(from, numeral.Start - from).Contains('这'));
        return pointed || before is '’' or '”' or '」' or '』'
            ? new(NumberDecision.Name, "name: the length of a quoted phrase (‘…’四个字, 这8个字)")
            : null;
    }

    // How far before the count a 这 may point at the phrase across a 的 phrase: 这简短的|二十二个字.
    private const int PointedReach = 6;

    // Words that begin with 字 after 个, where no characters are counted: 个字段 (fields), 个字号 (brands), 个字母 (letters).
    private static readonly Lexicon WordsOfZi = Words("words-of-zi");

    // 分为初赛、复赛和决赛三个阶段, 从6个方面提出, 两个篇章: a count of the parts a plan, a show or a contest is built of
    // numbers its structure (ANNOTATION.md: not statistics; the dev set lists 两部分 as a negative, 三个环节 and 四个篇章
    // as ignored). Parts that are things counted (3个区块 of an oil field, 35个大类行业) are not among the heads.
    private static Verdict? PartsOfAStructure(string text, Numeral numeral, string? unit)
    {
        if (unit is not ("个" or "项" or "种" or "类" or "条"))
        {
            return null;
        }

        var after = numeral.End + 1;
        after += CharAt(text, after) == '的' ? 1 : 0;
        return StructureParts.StartsAt(text, after) ? new(NumberDecision.Structure, "structure: the parts of a plan or a show (三个阶段, 6个方面)") : null;
    }

    // 百强县发展主要有三种模式：一是…, 综合能源服务主打两个方向，第一是…, 我有两个问题。第一，…, 提出10条具体措施。（一）…:
    // a count whose clause is followed at once by the first point of an enumeration announces how many points follow,
    // the structure of the text, as the parts of a plan do (PartsOfAStructure); a total reported with a breakdown after
    // it is followed by a part or a figure, not by a point's number.
    private static Verdict? AnnouncedPoints(string text, Numeral numeral, string? unit)
    {
        if (unit is not ("个" or "项" or "条" or "种" or "类"))
        {
            return null;
        }

        var at = numeral.End + (CharAt(text, numeral.End) is '余' or '多' ? 1 : 0) + unit.Length;
        var clauseEnd = Clauses.Clause(text, numeral.Start).End;
        if (clauseEnd - at > AnnouncedHeadReach || clauseEnd >= text.Length || text.AsSpan(at, clauseEnd - at).ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        var next = clauseEnd + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        next += PointsIntroducers.At(text, next)?.Length ?? 0;
        return FirstPoints.StartsAt(text, next)
            ? new(NumberDecision.Structure, "structure: a count announcing the points listed after it (有三种模式：一是)")
            : null;
    }

    // How far the counted head may run between the count and the end of its clause (两个|调整方向，).
    private const int AnnouncedHeadReach = 12;

    // What may stand between the announcing clause and its first point: 即, 包括, 分别是 (“八条举措”包括：一是).
    private static readonly Lexicon PointsIntroducers = Words("points-introducers");

    // The first point of an enumeration: 一是, 第一是, 第一，, 其一, 首先, 一方面, 1., 1、, 一、, （一）.
    private static readonly Lexicon FirstPoints = Words("first-points");

    // 百姓, 万众, 千家万户: a lone 百/千/万 with no digit is a word; with a bound before it (上百名, 逾千人, 超过千人) or 余
    // after it (千余名) it counts.
    private static Verdict? LoneMultiplier(string text, Numeral numeral, string? unit) =>
        numeral.Has(NumeralShape.BareUnit) && ChineseNumeral.PlaceUnit(text[numeral.Start]) != 10
            && !IsARoundNumberReached(text, numeral) && CharAt(text, numeral.End) is not ('余' or '多')
            // 百名志愿者, 千名党员: 名 after a lone 百/千/万 counts people (a headline's round figure); no word is built so.
            && unit is not "名"
            ? new(NumberDecision.Word, "word: a lone 百/千/万 without a digit (百姓, 万众)")
            : null;

    // 一项长期任务, 一场接力赛, 一幅幅: a lone Chinese 一 before a measure word is the article "a", not a count of one.
    // Not as an item of a list of like things whose neighbouring item is counted (带着一个冲锋舟、两个橡皮艇, 调来三台
    // 抽水泵和一条运输船): beside a count of two or three of the same kind, one is a count too.
    // Nor does the list count where it numbers the parts of a plan (坚持一个中心、两个基本点, 形成一个中心、两个基地的发展格局).
    private static Verdict? IndefiniteArticle(string text, Numeral numeral, string? unit) =>
        unit is not null && IsALoneYi(text, numeral) && (!IsAnItemOfAListOfCounts(text, numeral) || NumbersThePartsOfAPlan(text, numeral))
            ? new(NumberDecision.Word, "word: 一 before a measure word is the article a (一项任务)")
            : null;

    // 坚持一个目标、两个抓手、三项机制: the parts of a plan numbered one by one from its first are its structure as the
    // first is (ANNOTATION.md: numbers that only number a structure of a plan are no statistics). A count of two, three …
    // in Chinese is such a part when the list's items before it count down by one to a lone 一 that opens a plan's
    // numbered parts; counts beside a 一 that opens no plan (带着一个冲锋舟、两个橡皮艇), or out of order, keep counting.
    private static Verdict? PlanPartsAfterTheFirst(string text, Numeral numeral, string? unit)
    {
        if (unit is null || !numeral.Has(NumeralShape.Chinese) || numeral.End - numeral.Start != 1 || numeral.Value is not ({ } value and >= 2 and <= MaxPlanPart))
        {
            return null;
        }

        var part = numeral;
        for (var expected = value - 1; expected >= 1; expected--)
        {
            if (CountedItemBefore(text, part.Start, listed => listed.Numeral.End - listed.Numeral.Start == 1 && listed.Numeral.Value == expected) is not { } before)
            {
                return null;
            }

            part = before.Numeral;
        }

        return NumbersThePartsOfAPlan(text, part)
            ? new(NumberDecision.Structure, "structure: a part of a plan numbered on from its first (一个目标、两个抓手)")
            : null;
    }

    // The most parts a plan's list numbers in the news (一个中心、两个基本点 … 五个到位).
    private const int MaxPlanPart = 9;

    // Whether the 一 opens the numbered parts of a plan, a structure that ANNOTATION.md counts nothing in: a verb of
    // setting up a structure stands right before it (坚持一个中心, 构建一个平台、三项机制), or the clause after it names
    // the pattern the list makes (一个中心、两个基地的发展格局).
    private static bool NumbersThePartsOfAPlan(string text, Numeral numeral)
    {
        if (StructureOpeners.EndsAt(text, numeral.Start))
        {
            return true;
        }

        var clauseEnd = Clauses.Clause(text, numeral.Start).End;
        var of = text.AsSpan(numeral.End, clauseEnd - numeral.End).IndexOf('的');
        if (of < 0)
        {
            return false;
        }

        var patternStart = numeral.End + of + 1;
        var pattern = text.AsSpan(patternStart, Math.Min(clauseEnd - patternStart, MaxPatternName));
        return Parsing.WordSearch.ContainsAny(pattern, StructurePatterns);
    }

    // The verbs that set up a plan's numbered structure before its first part: 坚持, 构建, 形成, 打造.
    private static readonly Lexicon StructureOpeners = Words("structure-openers");

    // The patterns a plan's numbered parts make, named after 的: 格局, 模式, 体系.
    private static readonly string[] StructurePatterns = WordArray("structure-patterns");

    // How far after 的 the pattern's name may end: 的|发展格局.
    private const int MaxPatternName = 6;

    private static bool IsALoneYi(string text, Numeral numeral) => numeral.End - numeral.Start == 1 && text[numeral.Start] == '一';

    // How long the noun of a list's item may run after its measure word: 两个|橡皮艇, 5套|烘烤设备.
    private const int MaxListItem = 8;

    // What joins the items of a list of counts: the joiners of MetricFinder's lists (、, 和, 及, 与) but 或, which offers
    // alternatives (派一辆车或两台机器), of which only one is counted.
    private static bool JoinsListItems(char c) => c != '或' && MetricFinder.ListJoiners.Contains(c);

    // Whether the count at numeral is an item of a list (joined by 、, 和, 及 or 与) of which another item, right after
    // it or right before it, counts the same kind of thing (things, people, events: the class of its measure word) with
    // a numeral other than a lone 一; items of 一 in between pass the list on (一场主论坛、一场分论坛、四场边会). A sum or
    // a weight beside it (留下一箱牛奶和1000元钱), or people beside occasions (转移67名群众和一次救援), make no list of like
    // counts, and an item's noun is a noun of two characters or more, not a verb (一人搬、二人抬).
    private static bool IsAnItemOfAListOfCounts(string text, Numeral numeral)
    {
        if (CountedAfter(text, numeral) is not { } own)
        {
            return false;
        }

        for (var item = own; NextCountedItem(text, item.NounStart) is { } next && next.Class == own.Class; item = next)
        {
            if (!IsALoneYi(text, next.Numeral))
            {
                return true;
            }
        }

        return CountedItemBefore(text, numeral.Start, own.Class);
    }

    // A count in a list: its numeral, where the noun after its measure word starts, and what the measure word counts.
    private sealed record ListedCount(Numeral Numeral, int NounStart, string? Class);

    // The count at numeral with its measure word (60余|箱), past the 余 or 多 of "more than", or null when none follows.
    private static ListedCount? CountedAfter(string text, Numeral numeral)
    {
        var at = numeral.End + (CharAt(text, numeral.End) is '余' or '多' ? 1 : 0);
        return MeasureWords.At(text, at) is { } measure ? new(numeral, at + measure.Length, MeasureWords.Counts(measure.Unit)) : null;
    }

    // The count that opens the list's next item: a noun of two characters or more after the measure word, then a
    // joining word and a numeral with its measure word.
    private static ListedCount? NextCountedItem(string text, int nounStart)
    {
        for (var at = nounStart; at < text.Length && at - nounStart <= MaxListItem; at++)
        {
            if (at - nounStart >= 2 && JoinsListItems(text[at]) && NumeralScanner.TryRead(text, at + 1, out var next) && next.Start == at + 1)
            {
                return CountedAfter(text, next);
            }

            if (!Parsing.ChineseText.IsIdeograph(text[at]))
            {
                return null;
            }
        }

        return null;
    }

    // Whether the list's item before a joining word right before start counts things of the class with a numeral other
    // than a lone 一: digits or a numeral and a measure word, then a noun of ideographs up to the joining word (两个橡皮艇|、).
    private static bool CountedItemBefore(string text, int start, string? measured) =>
        CountedItemBefore(text, start, listed => !IsALoneYi(text, listed.Numeral) && listed.Class == measured) is not null;

    // The count of the list's item before a joining word right before start that <paramref name="accepts"/> takes: a
    // numeral and its measure word, then a noun of ideographs up to the joining word; null when there is none.
    private static ListedCount? CountedItemBefore(string text, int start, Func<ListedCount, bool> accepts)
    {
        if (start < 2 || !JoinsListItems(text[start - 1]))
        {
            return null;
        }

        var itemEnd = start - 1;
        for (var at = itemEnd - 1; at >= 0 && itemEnd - at <= MaxListItem + MaxCountBeforeANoun; at--)
        {
            if (!Parsing.ChineseText.IsIdeograph(text[at]) && !char.IsAsciiDigit(text[at]) && text[at] != '.')
            {
                return null;
            }

            if ((at == 0 || !ChineseNumeral.IsNumeralCharacter(text[at - 1]) && !char.IsAsciiDigit(text[at - 1]) && text[at - 1] != '第')
                && NumeralScanner.TryRead(text, at, out var count) && count.Start == at
                && CountedAfter(text, count) is { } listed && accepts(listed)
                && itemEnd - listed.NounStart is >= 2 and <= MaxListItem
                && text.AsSpan(listed.NounStart, itemEnd - listed.NounStart) is var noun && Parsing.ChineseText.AllIdeographs(noun) && !ContainsNumeral(noun))
            {
                return listed;
            }
        }

        return null;
    }

    // The longest count before the noun of a list's item: 1200余台 and the like.
    private const int MaxCountBeforeANoun = 8;

    // Where a span of time written with the number ends (3个小时|, 两天|, 10分钟|), or 0 when the number is no span.
    private static int SpanEnd(string text, Numeral numeral, string? unit)
    {
        var at = numeral.End + (CharAt(text, numeral.End) is '多' or '余' ? 1 : 0);
        var rest = text.AsSpan(at);
        // The unit table reads 3个小时 as 小时 written with its 个, so the span ends where the written word ends.
        var span = unit == "个" && rest.StartsWith("个钟头") ? 3
            : unit is "小时" or "分钟" or "天" && MeasureWords.At(text, at) is { } word ? word.Length : 0;
        return span > 0 ? at + span : 0;
    }

    // 七大类价格六升一降, 两降五升: how many of the groups rose and how many fell, a tally of directions beside the
    // figures themselves; 升 there is no litre.
    private static Verdict? RisesAndFalls(string text, Numeral numeral, string? unit)
    {
        var direction = CharAt(text, numeral.End);
        if (!numeral.Has(NumeralShape.Chinese) || direction is not ('升' or '涨' or '降' or '跌'))
        {
            return null;
        }

        var opposite = direction is '升' or '涨' ? "降跌" : "升涨";
        var pairedAfter = numeral.End + 1 < text.Length && NumeralScanner.TryRead(text, numeral.End + 1, out var next) && next.Has(NumeralShape.Chinese)
            && opposite.Contains(CharAt(text, next.End));
        var pairedBefore = opposite.Contains(CharBefore(text, numeral)) && numeral.Start >= 2 && NumeralScanner.StartsAt(text, numeral.Start - 2);
        return pairedAfter || pairedBefore ? new(NumberDecision.Word, "word: a tally of rises and falls (六升一降)") : null;
    }

    // 三轮车, 两轮电动摩托车, 违规电动三、四轮车: the wheels name a kind of vehicle; 轮 is no round counted there.
    private static Verdict? WheelsOfAVehicle(string text, Numeral numeral, string? unit) =>
        CharAt(text, numeral.End) == '轮' && VehicleWords.StartsAt(text, numeral.End + 1)
            ? new(NumberDecision.Word, "word: the wheels of a kind of vehicle (三轮车, 两轮电动车)")
            : null;

    // 7266次列车, 7266次公益慢火车上, 7266次乘务员: a train is named by its number and 次; a count of times is not followed,
    // within its noun, by a word for a train (a 火车站 is a station, where a count of times may be held).
    private static Verdict? TrainNumber(string text, Numeral numeral, string? unit)
    {
        if (unit != "次" || CharAt(text, numeral.End) != '次')
        {
            return null;
        }

        var at = numeral.End + 1;
        if (TrainCrewAndLine.StartsAt(text, at))
        {
            return new(NumberDecision.Name, "name: a train's number (7266次乘务员)");
        }

        for (var end = at; end < text.Length && end - at < TrainNameReach && Parsing.ChineseText.IsIdeograph(text[end]); end++)
        {
            if (TrainWords.At(text, end) is { } train && CharAt(text, end + train.Length) != '站')
            {
                return new(NumberDecision.Name, "name: a train's number (7266次列车)");
            }
        }

        return null;
    }

    // How far a train's name may run after its number before the word for a train: 7266次|湘西公益慢|火车.
    private const int TrainNameReach = 6;

    private static readonly Lexicon TrainWords = Words("train-words");

    // What only follows a train's number: its crew and the line it runs (7266次乘务员, 7266次沿线).
    private static readonly Lexicon TrainCrewAndLine = Words("train-crew-and-line");

    // What begins a vehicle's name after its wheels: 三轮|车, 两轮|电动车, 三轮|摩托车, 四轮|机动车, 四轮|汽车.
    private static readonly Lexicon VehicleWords = Words("vehicle-words");

    // The list of sessions 二次、三次 before the meeting word: skip every "、N次".
    private static int SkipSessionList(string text, int at)
    {
        while (CharAt(text, at) == '、' && at + 1 < text.Length && NumeralScanner.TryRead(text, at + 1, out var next) && CharAt(text, next.End) == '次')
        {
            at = next.End + 1;
        }

        return at;
    }

    private static bool IsDesignation(string text, int at) => CharAt(text, at) is '路' or '楼' or '线' or '院' or '门' or '街' or '馆' or '厅';

    // Whether open and close, at most maxLength characters from the numeral, enclose it as a name.
    private static bool IsEnclosed(string text, Numeral numeral, char open, char close, int maxLength) =>
        Enclosure(text, numeral, open, close, maxLength) is not null;

    // The inside of the marks enclosing the numeral (from after open to before close), or null when none does.
    private static (int Start, int End)? Enclosure(string text, Numeral numeral, char open, char close, int maxLength)
    {
        var from = Math.Max(0, numeral.Start - maxLength);
        var opened = text.AsSpan(from, numeral.Start - from).LastIndexOfAny(open, close);
        if (opened < 0 || text[from + opened] != open)
        {
            return null;
        }

        var start = from + opened;
        var until = Math.Min(text.Length, start + maxLength + 2);
        var closed = text.AsSpan(numeral.End, Math.Max(0, until - numeral.End)).IndexOfAny(open, close);
        // A sentence inside, or a comma right before the close (“全镇有各类文化项目26个，”他说), makes it speech, not a name.
        return closed >= 0 && text[numeral.End + closed] == close && text.AsSpan(start, numeral.End + closed - start).IndexOfAny('。', '！', '？') < 0
            && text[numeral.End + closed - 1] is not ('，' or ',')
            ? (start + 1, numeral.End + closed)
            : null;
    }

    private static char CharBefore(string text, Numeral numeral) => numeral.Start > 0 ? text[numeral.Start - 1] : '\0';

    private static char CharAt(string text, int at) => at >= 0 && at < text.Length ? text[at] : '\0';
}
