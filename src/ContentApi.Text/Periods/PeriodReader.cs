using System.Text.RegularExpressions;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.Periods;

/// <summary>
/// Reads the period of a figure from the words before it in its sentence, against the document's publication date:
/// the nearest time expression wins (2022年上半年，…；今年以来，…3200人 is this year's running total), but not the base of
/// a comparison (较上年同期, 是上年同期的), and a year a stretch starts from or a body was founded in dates a later clause's
/// total so far as 以来 does (自1973年起，…已派出67批; 自去年11月…起，…已累计开展6场次). Years may be written in digits or characters (二〇二二年); relative
/// words (今年, 去年, 上年, 前年) count from the publication year, and words of now (目前, 如今, 现任, 5年来) are of it;
/// 当年 before a month (当年3月) is the year named last before it, written or relative (去年9月…，当年12月: last year);
/// a month well after the publication month without a year is last year's (a January page's 12月); 到2025年 with a later
/// year is a target; a five-year plan (“十三五”期间, “六五”末期) is its years. With no time word before the figure in its
/// sentence, one after it in its own clause dates it (320个小微水体在2019年底全部消除黑臭), else the time of the sentence
/// before: a written year that opens it (2022年，随州市…。全市19个断面优良比例达100%: 2022), unless that sentence tells only
/// of a founding and the figure is a total so far; a year that is a clause of its own; a year of account (2022年度) in it.
/// With none, the figure is of the publication year, as a reader takes it.
/// </summary>
public static partial class PeriodReader
{
    // The last of these before the figure is its period. Groups: y = a written year, rel = a year relative to the
    // publication date, then one optional part of the year; run = a running total without a year.
    [GeneratedRegex(
        @"(?<to>到|至|力争到|预计到|计划到|规划到|争取到)?(?:(?<y>(?<![0-9])[12][0-9]{3}|[〇零一二三四五六七八九]{4})年|(?<rel>今年|去年|上年|前年|明年|本年|当年(?=[0-9]{1,2}月)))" +
        @"(?<part>以来|末|底|初|度|上半年|下半年|前三季度|第?[一二三四1-4]季度|(?<m1>[0-9]{1,2})(?:月?[-—－~至到](?<m2>[0-9]{1,2}))?月(?:份)?(?:(?<d>[0-9]{1,2})日)?|前|内)?" +
        @"|(?<part>上半年|下半年|前三季度|第?[一二三四]季度|(?<m1>[0-9]{1,2})月?[-—－~至到](?<m2>[0-9]{1,2})月(?:份)?)" +
        @"|(?<![0-9])(?<m1>[0-9]{1,2})月(?:(?<d>[0-9]{1,2})日|份|初|底|末)?" +
        @"|(?<run>截至目前|截止目前|截至当前|(?<!项)目前|至今|迄今|如今|(?<![体出表呈发实])现在|当前|眼下|现任)" +
        @"|“?(?<plan>十[一二三四五]|[一二三四五六七八九十])五”?(?:规划|计划|时期)?(?<planpart>期间|末期|末|初期|以来)" +
        @"|“(?<plan>十[一二三四五]|[一二三四五六七八九十])五”" +
        @"|(?<run>以来|(?:[0-9]{1,3}|[一二三四五六七八九十两几多数近]{1,3})年来)" +
        @"|(?<founding>解放初期|解放初|新中国成立初期|新中国成立之初|建国初期)")]
    private static partial Regex TimeWords();

    /// <summary>
    /// The length of the part of a year that opens <paramref name="words"/> (上半年, 今年二季度, 前三季度, 1至5月, 6月份),
    /// or 0: the time words this reader dates a figure by, less a day (8月10日), a written year, a plan or a running
    /// total, and not when a number or a day follows (8月10).
    /// </summary>
    public static int PartOfYearLength(ReadOnlySpan<char> words)
    {
        foreach (var found in TimeWords().EnumerateMatches(words))
        {
            var next = found.Length < words.Length ? words[found.Length] : '\0';
            if (found.Index != 0 || char.IsAsciiDigit(next) || next is '日' or '号')
            {
                return 0;
            }

            // The groups are read from a Match, made only for words that open with a time word.
            var match = TimeWords().Match(words[..found.Length].ToString());
            var groups = match.Groups;
            var part = (groups["part"].Success || groups["m1"].Success) && !groups["d"].Success && !groups["y"].Success
                && !groups["to"].Success && !groups["plan"].Success;
            return part ? found.Length : 0;
        }

        return 0;
    }

    // 较去年同期增长5%, 增速高于上年同期1.1个百分点: an earlier period a change is measured against does not date the
    // change itself.
    [GeneratedRegex(@"(?:较|比|与|同比|对比|相比|高于|低于|多于|少于|快于|慢于|好于|优于|超过|超出|相当于)$")]
    private static partial Regex ComparedWith();

    // 是上年同期的1.5倍, 达到去年全年奖励总额的85.4%: a period after a linking verb and before 的 is the base a share or a
    // multiple is of, not the figure's time. Matched on the words from the period on, after the verb before it.
    [GeneratedRegex(@"^[^，。；！？、\d]{0,10}的")]
    private static partial Regex ThenOf();

    // The linking verbs before such a base: 是 and 为 alone, not the end of 但是, 就是, 评为, 成为, 作为, 认定为 (是上年同期的,
    // 被评为2022年度…的 is no base). 相当于 is a comparison (ComparedWith).
    [GeneratedRegex(@"(?:(?<![但就])是|(?<![评成作认定选列称改视分])为|达到?|占)$")]
    private static partial Regex LinkedToABase();

    /// <summary>The period of the figure at <paramref name="at"/> of <paramref name="sentence"/>, or null when neither text nor publication date gives a year.</summary>
    public static Period? Read(string sentence, int at, DateOnly? publishedOn) => Read(sentence, (0, sentence.Length), at, at, publishedOn);

    /// <summary>
    /// The period of the figure at <paramref name="at"/> of a paragraph's <paramref name="text"/>, in the sentence
    /// <paramref name="sentence"/> and the clause ending at <paramref name="clauseEnd"/>. <paramref name="whole"/> is the
    /// period of the figure this one is a part of (其中…), which dates it when its own sentence names no time.
    /// </summary>
    public static Period? Read(string text, (int Start, int End) sentence, int clauseEnd, int at, DateOnly? publishedOn, Period? whole = null)
    {
        at = Math.Clamp(at, sentence.Start, sentence.End);
        // 1人荣获2022年度十佳，1个家庭荣获2023年度文明家庭: a year of account after the count in its own clause is its own,
        // nearer than a time word of an earlier clause.
        if (Clauses.Clause(text, at).Start is var clauseStart && LastWord(text, clauseStart, at, DatesWhatFollows) is null
            && First(text, at, Math.Clamp(clauseEnd, at, sentence.End)) is { } own && own.Groups["part"].ValueSpan is "度")
        {
            return FromMatch(own, publishedOn);
        }

        if (LastWord(text, sentence.Start, at, DatesWhatFollows) is { } written)
        {
            return RunsOnFrom(text, written, at, publishedOn) ?? AsOfADateWritten(text, sentence.Start, written, publishedOn) ?? PeriodOf(text, written, publishedOn);
        }

        if (First(text, at, Math.Clamp(clauseEnd, at, sentence.End)) is { } after)
        {
            return FromMatch(after, publishedOn);
        }

        // 2022年全国…名单公布，共120个。其中，本省入选9个: the part is of the whole's time.
        if (whole is not null)
        {
            return whole;
        }

        var (opening, otherwise) = TimeOfTheSentenceBefore(text, sentence.Start);
        var founding = opening is { } founded && IsAFoundingTheNextSentenceTotals(text, founded, at);
        if (!founding && (opening ?? otherwise) is { } earlier)
        {
            return PeriodOf(text, earlier, publishedOn);
        }

        return publishedOn is { } date ? new Period(date.Year, null, null, YearLabel(date.Year)) : null;
    }

    /// <summary>Whether <paramref name="words"/> hold a time word this reader dates a figure by (a year, 今年, 上半年, 3月, 目前, 以来 …).</summary>
    public static bool NamesATime(ReadOnlySpan<char> words) => TimeWords().IsMatch(words);

    /// <summary>Whether <paramref name="words"/> are one time word this reader dates a figure by, and nothing else (去年, 2022年上半年).</summary>
    public static bool IsATimeWord(ReadOnlySpan<char> words)
    {
        // Only the first match counts: the words are one time word when it spans them all.
        var matches = TimeWords().EnumerateMatches(words);
        return matches.MoveNext() && matches.Current.Index == 0 && matches.Current.Length == words.Length;
    }

    // A time word text[Index..Index + Length] found by a scan of text[From..To].
    private readonly record struct Word(int From, int To, int Index, int Length);

    // What dates the figures of a sentence with no time word of their own, read from the sentence before: its opening
    // year, else a year that is a clause of its own or a year of account. The same for every figure of the sentence, so
    // read once per sentence on this thread.
    private static (Word? Opening, Word? Otherwise) TimeOfTheSentenceBefore(string text, int sentenceStart)
    {
        if (_before is { } cached && ReferenceEquals(cached.Text, text) && cached.SentenceStart == sentenceStart)
        {
            return (cached.Opening, cached.Otherwise);
        }

        var before = Clauses.Sentence(text, Math.Max(0, sentenceStart - 2)).Start;
        var opening = Opening(text, before, sentenceStart);
        var otherwise = opening is null ? LastWord(text, before, sentenceStart, IsAClauseOfItsOwn) ?? LastWord(text, before, sentenceStart, IsAYearOfAccount) : null;
        if (opening is null && otherwise is null && before > 0 && IsAnItemOfASeries(text, before, sentenceStart))
        {
            (opening, otherwise) = TimeOfTheSentenceBefore(text, before);
            otherwise = otherwise is { } year && IsAClauseOfItsOwn(text, year.From, year.To, year) ? otherwise : null;
        }

        _before = new SentenceBefore(text, sentenceStart, opening, otherwise);
        return (opening, otherwise);
    }

    // 2021年，全县新建公园12个；改造道路30公里；新增绿地80公顷。: the ；-clauses of one sentence are items of a series the
    // first one's time dates. An item with no time word of its own (改造道路30公里) hands on the time it was dated by to the
    // next (新增绿地80公顷), however many follow; an item with its own (今年上半年…；目前…) dates its own and the next. A
    // year of account inside an item (表彰了2021年度先进集体；…；为12个村授牌) is what that item tells of, not the series'.
    private static bool IsAnItemOfASeries(string text, int before, int sentenceStart) =>
        text[sentenceStart - 1] is '；' or ';' && !TimeWords().IsMatch(text.AsSpan(before, sentenceStart - before));

    [ThreadStatic]
    private static SentenceBefore? _before;

    private sealed record SentenceBefore(string Text, int SentenceStart, Word? Opening, Word? Otherwise);

    // A test of a time word found by a scan of text[from..to]; static, so that passing it allocates nothing.
    private delegate bool WordTest(string text, int from, int to, Word word);

    // The last time word of text[from..to] that passes the test.
    private static Word? LastWord(string text, int from, int to, WordTest test)
    {
        Word? last = null;
        foreach (var found in TimeWords().EnumerateMatches(text.AsSpan(from, to - from)))
        {
            var word = new Word(from, to, from + found.Index, found.Length);
            if (test(text, from, to, word))
            {
                last = word;
            }
        }

        return last;
    }

    // The time word that begins right at `at` (scanned to `to`), or null when another word or none comes first.
    private static Word? WordAt(string text, int at, int to)
    {
        foreach (var found in TimeWords().EnumerateMatches(text.AsSpan(at, to - at)))
        {
            return found.Index == 0 ? new Word(at, to, at, found.Length) : null;
        }

        return null;
    }

    // The period of the last word read on this thread, for the next figure of the same sentence (共开展活动5400余场，
    // 参与群众3万人次: one 截至目前 dates both). The word's match, and so its period, depends only on the text, where the
    // word is, and whether the scan began right at it (the pattern looks back for a digit), not on where it ended: the
    // pattern looks nowhere ahead of what it matched.
    [ThreadStatic]
    private static LastPeriod? _last;

    private sealed record LastPeriod(string Text, int Index, int Length, bool ScanStart, DateOnly? PublishedOn, Period? Period);

    private static Period? PeriodOf(string text, Word word, DateOnly? publishedOn)
    {
        var scanStart = word.Index == word.From;
        if (_last is { } last && ReferenceEquals(last.Text, text) && last.Index == word.Index && last.Length == word.Length
            && last.ScanStart == scanStart && last.PublishedOn == publishedOn)
        {
            return last.Period;
        }

        var match = MatchAt(text, word.From, word.To, word.Index, word.Length);
        var period = FromMatch(match, publishedOn, IsThatYear(match) ? YearNamedBefore(text, word.Index)?.Of(publishedOn) : null);
        _last = new LastPeriod(text, word.Index, word.Length, scanStart, publishedOn, period);
        return period;
    }

    // 截止到2022年1月，目前有核心队员24名: 目前 opening the clause right after a written date of 截至 is that date's now;
    // the date says when the text's 目前 was. Not when a figure stands between them or 目前 comes a clause later
    // (截至2020年底，全市共有志愿者3000名，目前已增至5000名): then 目前 contrasts the time of writing with the date.
    private static Period? AsOfADateWritten(string text, int sentenceStart, Word now, DateOnly? publishedOn)
    {
        if (!text.AsSpan(now.Index, now.Length).SequenceEqual(Now) || LastWord(text, sentenceStart, now.Index, DatesWhatFollows) is not { } date
            || !OpensTheNextClause(text, date, now))
        {
            return null;
        }

        // 截至, 截止, 截止到 before the year (the pattern may have taken 至 or 到 into the date).
        var lead = Math.Max(sentenceStart, date.Index - AsOfReach);
        var around = text.AsSpan(lead, Math.Min(date.Index + 1, text.Length) - lead);
        var match = MatchAt(text, date.From, date.To, date.Index, date.Length);
        return match.Groups["y"].Success && (around.Contains("截至", StringComparison.Ordinal) || around.Contains("截止", StringComparison.Ordinal)) ? PeriodOf(text, date, publishedOn) : null;
    }

    private const string Now = "目前";

    // Whether 目前 opens the clause right after the date's clause, with no digit (so no figure) after the date.
    private static bool OpensTheNextClause(string text, Word date, Word now)
    {
        var dateEnd = date.Index + date.Length;
        var dateClauseEnd = Clauses.Clause(text, date.Index).End;
        return now.Index == dateClauseEnd + 1
            && !Numbers.ChineseNumeral.ContainsArabicDigit(text.AsSpan(dateEnd, now.Index - dateEnd));
    }

    // 截止到 stands at most this many characters before the date's start.
    private const int AsOfReach = 3;

    // A time word that dates what follows it: not the base a change is compared with.
    private static bool DatesWhatFollows(string text, int from, int to, Word word) => !IsABase(text, from, to, word);

    // Whether the time word is the base of a comparison: after 较, 比, 高于 …, or between a linking verb and 的.
    private static bool IsABase(string text, int from, int to, Word word)
    {
        var before = text.AsSpan(from, word.Index - from);
        if (ComparedWith().IsMatch(before))
        {
            return true;
        }

        var after = word.Index + word.Length;
        return LinkedToABase().IsMatch(before) && ThenOf().IsMatch(text.AsSpan(after, to - after));
    }

    // 自1973年起，河南省已派出医疗队67批; 该商会成立于2019年7月，现有会员企业119家: a year a stretch starts from (自 or
    // 从 before it, 起 or 开始 after it) or a body was founded in, followed in a later clause by a word of a total so far or
    // of now (已, 累计, 先后, 现有, 如今 …), dates that total as 以来 does: up to the time of writing; so does a word
    // of a total (period-words.tsv) in the stretch's own clause (自2019年7月起已先后走进13家企业), for that clause and the
    // ones that go on from it (TellsATotalSoFar). With no such word
    // (自2019年起，陈某等5人利用职务便利), or with only a yearly rate (每年, in either clause; 常年 in its own), the year is the
    // figure's; a year still to come is a target.
    private static Period? RunsOnFrom(string text, Word word, int at, DateOnly? publishedOn)
    {
        var clauseEnd = Clauses.Clause(text, word.Index).End;
        if (publishedOn is not { } date || !StartsAStretch(text, word))
        {
            return null;
        }

        var match = MatchAt(text, word.From, word.To, word.Index, word.Length);
        if (!(match.Groups["y"].Success || IsAnEarlierYear(match)) || match.Groups["part"].ValueSpan is "以来" or "末" or "底" or "度"
            || Year(match, publishedOn) is not { } year || year >= date.Year || !TellsATotalSoFar(text, word.Index + word.Length, clauseEnd, at))
        {
            return null;
        }

        return new Period(date.Year, new DateOnly(year, 1, 1), date, $"{year}年以来");
    }

    // Whether the words from the stretch's year (ending at `from`) to the figure at `at` tell a total so far. In the
    // stretch's own clause (ending at `clauseEnd`) only a word of a total does: 自2020年起每年投入500万元 is a yearly rate.
    // A later clause is one by a word of any role but a rate, or by continuing a clause that a word of a total opened
    // (自2019年7月起已先后走进13家企业，举办活动420场次: the 已先后 carries to the clauses that go on from it), unless
    // the later clauses give a yearly rate (自2019年起已举办读书节5届，每年吸引读者2000人次).
    private static bool TellsATotalSoFar(string text, int from, int clauseEnd, int at)
    {
        if (clauseEnd >= at)
        {
            return Parsing.WordSearch.ContainsAny(text.AsSpan(from, at - from), TotalWords);
        }

        var later = text.AsSpan(clauseEnd, at - clauseEnd);
        return Parsing.WordSearch.ContainsAny(later, NotARateWords)
            || (Parsing.WordSearch.ContainsAny(text.AsSpan(from, clauseEnd - from), TotalWords) && !Parsing.WordSearch.ContainsAny(later, RateWords));
    }

    // 自去年11月推出…起，…已累计开展活动6场次: a year counted back from the publication's (去年, 前年, 上年) starts a stretch
    // as a written one does.
    private static bool IsAnEarlierYear(Match match) => YearsBack(match.Groups["rel"].ValueSpan) > 0;

    // 自2019年, 从2019年, 2019年起, 2019年开始 (not 开始的), 成立于2019年, 创建于1950年, 2019年成立.
    private static bool StartsAStretch(string text, Word word)
    {
        var before = text.AsSpan(0, word.Index).TrimEnd();
        var after = text.AsSpan(word.Index + word.Length);
        if (before.EndsWith("自") || before.EndsWith("从") || OpensAStretch(after))
        {
            return true;
        }

        foreach (var verb in FoundingVerbs)
        {
            if (after.StartsWith(verb) || (before.EndsWith("于") && before[..^1].EndsWith(verb)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DescribesANoun(ReadOnlySpan<char> after) => after.StartsWith("的") || after.StartsWith("开始的");

    // 2016年起, 2016年开始: what follows a year that starts a stretch (开始的 describes a noun: 2016年开始的项目).
    private static bool OpensAStretch(ReadOnlySpan<char> after) =>
        after.StartsWith("起") || (after.StartsWith("开始") && !after[2..].StartsWith("的"));

    // Verbs of founding or launching something: the year with them is when it began (成立于2019年, 2019年成立; 2017年，…
    // 挂牌。).
    private static readonly string[] FoundingVerbs = ["成立", "创建", "始建", "创办", "组建", "挂牌", "启动", "部署"];

    // A word of a total so far, of the present, of a run of years or of a yearly rate or habit (period-words.tsv), in a
    // later clause than the year (the run words of TimeWords among them); 平日 and 常年 tell a standing duty
    // (…成立于2019年，平日里承担周边5平方公里的巡查).
    private static readonly string[] SoFarWords = PeriodWords(_ => true);

    // A word of a total so far only (已, 累计, 先后, 共计, 至今 …): what dates a figure in the stretch's own clause.
    private static readonly string[] TotalWords = PeriodWords(role => role == "total");

    // A word of any role but a yearly rate (每年): what dates a figure in a later clause than the stretch's year
    // (从2019年起，全省每年安排奖励资金800万元 is a rate from 2019 on, no total).
    private static readonly string[] NotARateWords = PeriodWords(role => role != "rate");

    // A word of a yearly rate (每年): what keeps a later clause from a total its stretch's own clause told.
    private static readonly string[] RateWords = PeriodWords(role => role == "rate");

    private static string[] PeriodWords(Func<string, bool> role) =>
        [.. DataTable.Read("period-words.tsv", "word", "role").Where(row => role(row[1])).Select(row => row[0])];

    // 2022年，随州市…。全市19个断面优良比例达100%; 截至2022年底，…。其中，金奖85人次: the written year that opens the
    // sentence before, as its time adverbial, dates the report the next sentence goes on with. A year inside that
    // sentence dates only what it tells (该中心于2018年启动项目。5年来…60所学校; 生于1970年…。幅员面积2004平方公里), and one
    // whose clause runs on to now (2016年启动建设至今, 2020年以来) is where a running total starts, not its year.
    private static Word? Opening(string text, int from, int to)
    {
        var start = from;
        while (start < to && (char.IsWhiteSpace(text[start]) || text[start] is '“' or '"'))
        {
            start++;
        }

        start += SourceLead(text, start, to);
        start += OpeningPreposition(text.AsSpan(start, to - start));
        start += RangeStart(text, start, to);
        if (WordAt(text, start, to) is not { } word)
        {
            return null;
        }

        var match = MatchAt(text, start, to, start, word.Length);
        var written = match.Groups["y"].Success || match.Groups["plan"].Success || match.Groups["founding"].Success
            || (IsThatYear(match) && YearNamedBefore(text, start) is not null);
        // 1977年的第一批大学生, 2019年开始的第四轮帮扶: a year before 的 describes a noun; it is no time of the sentence.
        var after = start + word.Length;
        var clauseEnd = Clauses.Clause(text, start).End;
        if (!written || DescribesANoun(text.AsSpan(after, to - after)) || RunsOnToNow(text, after, Math.Clamp(clauseEnd, after, to), match))
        {
            return null;
        }

        // 2019年至2022年，全国累计…: a range of years is dated by its last; so is a list of them (2021年度和2022年度，…；…),
        // whose report the next sentence goes on with up to its latest year.
        return RangeEnd(text, after, to) ?? LastOfAList(text, word, to);
    }

    // The last year of a list of years that `word` opens (2021年和2022年, 2020年、2021年、2022年度), or `word` itself.
    private static Word LastOfAList(string text, Word word, int to)
    {
        var last = word;
        for (var at = word.Index + word.Length; at + 1 < to && text[at] is '和' or '及' or '与' or '、'; at = last.Index + last.Length)
        {
            if (WordAt(text, at + 1, to) is not { } next || !MatchAt(text, next.From, to, next.Index, next.Length).Groups["y"].Success)
            {
                break;
            }

            last = next;
        }

        return last;
    }

    // 2014—2022年，全省…: a range whose first year is written without 年 is dated by its last, as 2014年至2022年 is. The
    // length of the first year and its mark, or 0.
    private static int RangeStart(string text, int at, int to)
    {
        if (at + YearDigits + 1 >= to || text.AsSpan(at, YearDigits).ContainsAnyExceptInRange('0', '9') || !IsRangeMark(text[at + YearDigits]))
        {
            return 0;
        }

        return WordAt(text, at + YearDigits + 1, to) is { } end && MatchAt(text, end.From, to, end.Index, end.Length).Groups["y"].Success ? YearDigits + 1 : 0;
    }

    private const int YearDigits = 4;

    private static bool IsRangeMark(char c) => c is '至' or '到' or '-' or '—' or '－' or '~';

    // The year that ends a range opened by the year before at (至2022年, —2022年), or null.
    private static Word? RangeEnd(string text, int at, int to)
    {
        return at + 1 < to && IsRangeMark(text[at])
            && WordAt(text, at + 1, to) is { } end && MatchAt(text, end.From, to, end.Index, end.Length).Groups["y"].Success
            ? end
            : null;
    }

    // 2017年，鲁溪村成长中心挂牌。中心占地1800多平方米，共有5个功能室: a year that opens a sentence telling only of a
    // founding or a launch (no figure of its own) is when the thing began; the next sentence's totals so far (共, 累计,
    // 现有 …) are of the time of writing, as they are after 自2017年起 in one sentence.
    private static bool IsAFoundingTheNextSentenceTotals(string text, Word opening, int at)
    {
        // The next sentence is all that follows up to the figure: the items of a series (…共立案400件；…立案600件) too.
        var toldEnd = Math.Min(Clauses.Sentence(text, opening.Index).End, at);
        var told = text.AsSpan(opening.Index + opening.Length, Math.Max(0, toldEnd - opening.Index - opening.Length));
        var next = text.AsSpan(toldEnd, at - toldEnd);
        return TellsOfAFounding(told) && !told.ContainsAnyInRange('0', '9') && (Parsing.WordSearch.ContainsAny(next, SoFarWords) || next.Contains('共'));
    }

    // A founding or launching verb, or a campaign's span (为期三年的…专项监督活动), in the words a year opens.
    private static bool TellsOfAFounding(ReadOnlySpan<char> words)
    {
        foreach (var verb in FoundingVerbs)
        {
            if (words.Contains(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return words.Contains(Lasting, StringComparison.Ordinal) || words.Contains("开始", StringComparison.Ordinal);
    }

    private const string Lasting = "为期";

    // 苏州直播电商产业优势明显，2022年，全市直播电商零售额…; 中新社北京8月17日电（记者 陈杭）2022年，北京…: a year
    // that is a clause of its own, after a comma or a bracket and before a comma, is the time of the rest of the sentence
    // as an opening year is.
    private static bool IsAClauseOfItsOwn(string text, int from, int to, Word word)
    {
        var after = word.Index + word.Length;
        return word.Index > from && text[word.Index - 1] is '，' or ',' or '）' or ')' && after < to && text[after] is '，' or ','
            && MatchAt(text, from, to, word.Index, word.Length) is var match && match.Groups["y"].Success
            && match.Groups["part"].ValueSpan is not "以来";
    }

    // 组织开展了2022年度…推选活动，推选出一批先进典型。100名志愿者被推选为…: a year of account (2022年度, 2022年末,
    // 2022年上半年), anywhere in the sentence before, is the period its report is of, which the next sentence goes on
    // with; a plain year there is an event's date (于2018年启动). The word's last characters are tested before it is matched.
    private static bool IsAYearOfAccount(string text, int from, int to, Word word)
    {
        var written = text.AsSpan(word.Index, word.Length);
        return (written[^1] is '度' or '末' or '底' || written.EndsWith("半年") || written.EndsWith("前三季度"))
            && MatchAt(text, from, to, word.Index, word.Length) is var match && match.Groups["y"].Success
            && match.Groups["part"].ValueSpan is "度" or "末" or "底" or "上半年" or "下半年" or "前三季度"
            && !IsABase(text, from, to, word);
    }

    // 据统计，2022年…; 绿皮书称，2021年…: a short first clause that only says where the report comes from stands before
    // the sentence's time as a preposition does. Its length, with its comma, or 0.
    internal static int SourceLead(string text, int from, int to)
    {
        var comma = text.AsSpan(from, Math.Min(to - from, MaxSourceLead + 1)).IndexOfAny('，', ',');
        if (comma <= 1)
        {
            return 0;
        }

        return EndsInSaying(text.AsSpan(from, comma)) ? comma + 1 : 0;
    }

    /// <summary>Whether <paramref name="words"/> end as a lead that names a report's source does (据了解, 某某介绍).</summary>
    internal static bool EndsInSaying(ReadOnlySpan<char> words)
    {
        foreach (var ending in SayingEnds)
        {
            if (words.EndsWith(ending))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxSourceLead = 12;

    // How a lead that names a report's source ends: 据统计, 据了解, 据悉, 数据显示, 报告称, 据官网介绍, 记者获悉.
    private static readonly string[] SayingEnds = ["统计", "了解", "悉", "显示", "称", "介绍", "表示", "指出"];

    // The words that may stand before a sentence's opening year: 截至2022年底, 到2022年末, 在2022年.
    private static int OpeningPreposition(ReadOnlySpan<char> words) =>
        words.StartsWith("截至") || words.StartsWith("截止") ? 2 + (words[2..].StartsWith("到") ? 1 : 0)
        : words.Length > 0 && words[0] is '在' or '于' ? 1
        : 0;

    // 2020年以来, 2016年起, 2016年启动建设至今: the year starts a stretch that runs on to the time of writing.
    private static bool RunsOnToNow(string text, int from, int clauseEnd, Match opening)
    {
        if (opening.Groups["part"].ValueSpan is "以来" || opening.Groups["planpart"].ValueSpan is "以来" || OpensAStretch(text.AsSpan(from)))
        {
            return true;
        }

        foreach (var found in TimeWords().EnumerateMatches(text.AsSpan(from, clauseEnd - from)))
        {
            if (MatchAt(text, from, clauseEnd, from + found.Index, found.Length).Groups["run"].Success)
            {
                return true;
            }
        }

        return false;
    }

    // The first time word of the rest of the figure's clause: 320个小微水体在2019年底全部消除黑臭.
    private static Match? First(string text, int from, int to)
    {
        foreach (var word in TimeWords().EnumerateMatches(text.AsSpan(from, to - from)))
        {
            var match = MatchAt(text, from, to, from + word.Index, word.Length);
            return match.Groups["run"].Success is false ? match : null;
        }

        return null;
    }

    // The match a scan of text[from..to] found at `index`. The pattern looks back only for a digit before a year or a
    // month: when none stands before `index`, matching from there gives the same match as scanning from `from`.
    private static Match MatchAt(string text, int from, int to, int index, int length)
    {
        if (index == from || !char.IsAsciiDigit(text[index - 1]))
        {
            var match = TimeWords().Match(text, index, to - index);
            if (match.Success && match.Index == index && match.Length == length)
            {
                return match;
            }
        }

        var scanned = TimeWords().Match(text, from, to - from);
        while (scanned.Index != index)
        {
            scanned = scanned.NextMatch();
        }

        return scanned;
    }

    // 2023年, the label of a plain year, made once per year.
    private static string YearLabel(int year) =>
        year is >= FirstLabelledYear and < FirstLabelledYear + LabelledYears
            ? YearLabels[year - FirstLabelledYear] ??= $"{year}年"
            : $"{year}年";

    private const int FirstLabelledYear = 1900;
    private const int LabelledYears = 200;
    private static readonly string?[] YearLabels = new string?[LabelledYears];

    private static Period? FromMatch(Match match, DateOnly? publishedOn, int? thatYear = null)
    {
        if (match.Groups["run"].Success)
        {
            return publishedOn is { } date ? new Period(date.Year, null, date, $"截至{date:yyyy-MM-dd}") : null;
        }

        if (match.Groups["founding"].Success)
        {
            // 解放初期, 新中国成立初期: the years right after 1949, which a reader dates 1949.
            return new Period(1949, null, null, match.Value);
        }

        if (match.Groups["plan"].Success)
        {
            return PlanPeriod(match, publishedOn);
        }

        var year = Year(match, publishedOn, thatYear);
        if (year is not { } y)
        {
            return null;
        }

        var isTarget = match.Groups["to"].Success && publishedOn is { } published && y > published.Year
            || match.Groups["rel"].ValueSpan is "明年";
        var written = YearLabel(y);
        var part = match.Groups["part"].ValueSpan;
        var m1 = match.Groups["m1"].Success ? int.Parse(match.Groups["m1"].ValueSpan) : 0;
        var m2 = match.Groups["m2"].Success ? int.Parse(match.Groups["m2"].ValueSpan) : m1;
        if (m1 > 0 && (m1 > 12 || m2 is < 1 or > 12 || m2 < m1))
        {
            return new Period(y, null, null, written, isTarget);
        }

        if (m1 > 0)
        {
            var from = new DateOnly(y, m1, 1);
            var to = new DateOnly(y, m2, 1).AddMonths(1).AddDays(-1);
            if (match.Groups["d"].Success && int.TryParse(match.Groups["d"].Value, out var day) && day >= 1 && day <= DateTime.DaysInMonth(y, m1))
            {
                from = to = new DateOnly(y, m1, day);
                return new Period(y, from, to, $"{from:yyyy-MM-dd}", isTarget);
            }

            return new Period(y, from, to, m1 == m2 ? $"{y}年{m1}月" : $"{y}年{m1}-{m2}月", isTarget);
        }

        return part switch
        {
            "以来" => new Period(publishedOn?.Year ?? y, new DateOnly(y, 1, 1), publishedOn, $"{y}年以来"),
            "末" or "底" => new Period(y, null, new DateOnly(y, 12, 31), $"{y}年末", isTarget),
            "初" => new Period(y, new DateOnly(y, 1, 1), null, $"{y}年初", isTarget),
            "度" => new Period(y, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), $"{y}年度", isTarget),
            "上半年" => new Period(y, new DateOnly(y, 1, 1), new DateOnly(y, 6, 30), $"{y}年上半年", isTarget),
            "下半年" => new Period(y, new DateOnly(y, 7, 1), new DateOnly(y, 12, 31), $"{y}年下半年", isTarget),
            "前三季度" => new Period(y, new DateOnly(y, 1, 1), new DateOnly(y, 9, 30), $"{y}年前三季度", isTarget),
            _ when Quarter(part) is { } q => new Period(y, new DateOnly(y, q * 3 - 2, 1), new DateOnly(y, q * 3, 1).AddMonths(1).AddDays(-1), $"{y}年第{q}季度", isTarget),
            _ => new Period(y, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), written, isTarget),
        };
    }

    // The five-year plans: the first 1953-1957, the second 1958-1962, then three years of readjustment, and from the
    // third (1966-1970) on every five years: “六五” is 1981-1985, “十三五” 2016-2020. 末期 is the plan's last year, 期间
    // the plan's years (dated by the last), 以来 from its start to the publication date.
    private static Period PlanPeriod(Match match, DateOnly? publishedOn)
    {
        var written = match.Groups["plan"].Value;
        var number = written.Length == 2 ? 10 + Digit(written[1]) - '0' : written == "十" ? 10 : Digit(written[0]) - '0';
        var first = number switch
        {
            1 => 1953,
            2 => 1958,
            _ => 1966 + 5 * (number - 3),
        };
        var from = new DateOnly(first, 1, 1);
        var to = new DateOnly(first + 4, 12, 31);
        var label = $"“{written}五”" + match.Groups["planpart"].Value;
        return match.Groups["planpart"].Value switch
        {
            "初期" => new Period(first, from, null, label),
            "以来" => new Period(publishedOn?.Year ?? first + 4, from, publishedOn, label),
            _ => new Period(first + 4, from, to, label),
        };
    }

    private static int? Year(Match match, DateOnly? publishedOn, int? thatYear = null)
    {
        if (match.Groups["y"].Success)
        {
            var year = 0;
            foreach (var c in match.Groups["y"].ValueSpan)
            {
                year = year * 10 + Digit(c) - '0';
            }

            return year;
        }

        if (publishedOn is not { } published)
        {
            return null;
        }

        var relative = match.Groups["rel"].ValueSpan;
        return relative switch
        {
            "明年" => published.Year + 1,
            ThatYear => thatYear ?? published.Year,
            // 12月 on a page of January 2024 is December 2023: a month half a year or more ahead is last year's; one
            // a few months ahead (8月1日起 on a July page, 10月至11月将举办) is still to come this year.
            "" when match.Groups["m1"].Success && int.Parse(match.Groups["m1"].ValueSpan) - published.Month >= MonthsAheadOfLastYear => published.Year - 1,
            _ => published.Year - (YearsBack(relative) ?? 0),
        };
    }

    // How many years before the publication's a relative year is: 今年 and 本年 none, 去年 and 上年 one, 前年 two; null
    // for 明年, 当年 and no relative year.
    private static int? YearsBack(ReadOnlySpan<char> relative) => relative switch
    {
        "今年" or "本年" => 0,
        "去年" or "上年" => 1,
        "前年" => 2,
        _ => null,
    };

    private const int MonthsAheadOfLastYear = 6;

    // 1985年该营在老山防御作战中…。当年3月8日，他所在的营奉命攻打…; 去年9月村里成立合作社，当年12月分红…: 当年 before a
    // month is "that year", the year the text named last before it, written (1985年) or counted back from the
    // publication's (去年, 前年, 上年, 今年); with none named, the publication's. 明年 is a target, not a year told of, and
    // the base of a comparison (比去年增加5%) is no year of the narrative.
    private const string ThatYear = "当年";

    private static bool IsThatYear(Match match) => match.Groups["rel"].ValueSpan is ThatYear;

    // A year the text names, ending at End: written (Written), or Back years before the publication's.
    private readonly record struct NamedYear(int End, int? Written, int Back)
    {
        public int? Of(DateOnly? publishedOn) => Written ?? publishedOn?.Year - Back;
    }

    // The last year named in text[..at], or null: the named years end at rising positions (matches do not overlap), so
    // the one wanted is the last whose end is at or before at.
    private static NamedYear? YearNamedBefore(string text, int at)
    {
        var named = YearsNamed(text);
        var found = Array.BinarySearch(named.Ends, at);
        var last = found >= 0 ? found : ~found - 1;
        return last >= 0 ? named.Years[last] : null;
    }

    // The years named in the text, in its order, read in one scan per text on this thread: a page of 3,000 当年 would
    // otherwise be scanned from its start for each.
    [ThreadStatic]
    private static NamedYears? _named;

    private sealed record NamedYears(string Text, NamedYear[] Years)
    {
        public int[] Ends { get; } = [.. Years.Select(year => year.End)];
    }

    private static NamedYears YearsNamed(string text)
    {
        if (_named is { } cached && ReferenceEquals(cached.Text, text))
        {
            return cached;
        }

        var years = new List<NamedYear>();
        for (var match = TimeWords().Match(text); match.Success; match = match.NextMatch())
        {
            var written = match.Groups["y"].Success ? Year(match, null) : null;
            var back = YearsBack(match.Groups["rel"].ValueSpan);
            if (written is null && back is null)
            {
                continue;
            }

            var (start, end) = Clauses.Sentence(text, match.Index);
            if (!IsABase(text, start, end, new Word(start, end, match.Index, match.Length)))
            {
                years.Add(new NamedYear(match.Index + match.Length, written, back ?? 0));
            }
        }

        _named = new NamedYears(text, [.. years]);
        return _named;
    }

    private static int? Quarter(ReadOnlySpan<char> part) => part.TrimStart('第').TrimEnd('度').TrimEnd('季') switch
    {
        "一" or "1" => 1,
        "二" or "2" => 2,
        "三" or "3" => 3,
        "四" or "4" => 4,
        _ => null,
    };

    private static char Digit(char c) => c switch
    {
        '〇' or '零' => '0',
        '一' => '1',
        '二' => '2',
        '三' => '3',
        '四' => '4',
        '五' => '5',
        '六' => '6',
        '七' => '7',
        '八' => '8',
        '九' => '9',
        _ => c,
    };
}
