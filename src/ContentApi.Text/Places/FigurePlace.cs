using System.Text.RegularExpressions;
using ContentApi.Text.Numbers;
using ContentApi.Text.Parsing;
using ContentApi.Text.Periods;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.Places;

/// <summary>
/// The place one figure of a paragraph belongs to, read from the place names around it, in order:
/// <list type="number">
/// <item>the nearest place before it in its own clause (全区66条河流, 铁东区4个小区);</item>
/// <item>else the deepest place after it in its own clause (11名在宝鸡市渭滨区神农镇益门堡村…纳凉的群众);</item>
/// <item>else the nearest place before it in its sentence (中新网丽江8月13日电 丽江市持续推进文明实践，共吸引观众3000余人),
/// unless the sentence is about a place it opens with (宝安是深圳水污染治理的主战场，…黑臭水体320个: 宝安's), and a place
/// named outside an organisation's name before one inside it;</item>
/// <item>else the place the sentences just before it are about (岱庙街道…活动也在现场热闹进行。…21支志愿服务队伍);</item>
/// <item>else the place the article is about.</item>
/// </list>
/// 全国 (or 我国) there makes a national figure, with no place, and so does a central body the sentence is about when it
/// names no place (最高检发布典型案例8件); 全国 after a verb of coming or going (来自全国各地, 销往全国) does not. A news outlet's place (深圳新闻网) is passed over, and so
/// is an example (江岸区百步亭社区等100个: the 100 are of a larger area). A list of places (铁东区、铁西区和千山区…60余人) gives the smallest area holding them all, and a scope word
/// (全市, 全区, 全村) the area of its level around the places named before it. A place a comparison or a ranking
/// measures against (好于全市平均水平4.2个百分点, 高于全国) is not the figure's, and neither is a wider area's body acting
/// on the article's place (北京市发改委批复延庆区…项目 in a page about 延庆区).
/// </summary>
internal readonly partial struct FigurePlace(string text, List<ResolvedMention> mentions, Place? articlePlace, DivisionTable table)
{
    /// <summary>The place of the figure at <paramref name="at"/>; null for a national figure or an unknown place.</summary>
    /// <paramref name="whole"/> is the figure before it that its sentence breaks down (其中…, see
    /// <see cref="IsAPartOfTheSentenceBefore"/>), with the place that figure was given, or null.
    public Place? Of(int at, (int Start, int End) sentence, (int Start, int End) clause, Statistic? whole = null)
    {
        // 1. The nearest before the figure in its clause.
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            // 福建作为全国涉台文物古迹大省，…; 排在全国30个自治州第11位: a title or a rank the subject holds says nothing of
            // the area of a figure after it, in its clause or in another, but of a count of the set right after it.
            if (mention.End > at || mention.Start < clause.Start || (IsATitleOrARank(mention) && !text.AsSpan(mention.End, at - mention.End).IsWhiteSpace()))
            {
                continue;
            }

            if (Decides(i, at, out var place))
            {
                return place;
            }
        }

        // 2. The deepest after it in its clause: the end of a chain such as 宝鸡市渭滨区神农镇益门堡村.
        // An example there is passed over as before it (12名志愿者带来了…乐清细纹刻纸等12门课程: not 乐清市's).
        Place? after = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Start >= at && mention.End <= clause.End && mention.Place is { } place && Counts(mention) && !IsMeasure(mention)
                && !IsExample(i, clause.End) && !IsWhereTheyWent(mentions, i, text) && (after is null || PlaceLevel.Depth(place.Level) > PlaceLevel.Depth(after.Level)))
            {
                after = place;
            }
        }

        if (after is not null)
        {
            return after;
        }

        // A central body the sentence is about, with no place named: a national figure.
        if (IsOfACentralBody(at, sentence, clause))
        {
            return null;
        }

        // 3. The place the sentence opens with as its subject (宝安是…), else the nearest of the sentence before the clause.
        if (Subject(sentence, requireCopula: true) is { } subject)
        {
            return subject;
        }

        // A place named plainly first (延庆区第三小学改扩建项目位于…香水园街道，将在延庆区第三小学旧址…新建建筑面积
        // 11313平方米: 香水园街道), an organisation's only when the sentence names no other (福田公安分局…，抓获23人).
        foreach (var organisations in (ReadOnlySpan<bool>)[false, true])
        {
            for (var i = mentions.Count - 1; i >= 0; i--)
            {
                var mention = mentions[i];
                // A region of several provinces in an earlier clause is where a market or a partner is (紧盯粤港澳市场,
                // 远离长三角), no area of this clause's figure.
                if (mention.Start < sentence.Start || mention.End > clause.Start || mention.IsOrganisation != organisations || IsRank(mention) || mention.IsRegion)
                {
                    continue;
                }

                if (Decides(i, clause.Start, out var place))
                {
                    return place;
                }
            }
        }

        // 4. 其中: the part of the figure just before, of its place. Else the subject of the sentence just before, when
        // this one names no place of its own.
        if (whole is not null)
        {
            return whole.Place;
        }

        return Carried(sentence) ?? (CarriesTheCountry(sentence) ? null : articlePlace);
    }

    // 辛国斌介绍，我国机器人产业规模持续壮大。2022年机器人产业营业收入超过1700亿元: a sentence that names no place goes on
    // speaking of the country when the sentence before it opened with it (or after a lead that names a report's source),
    // as of a place; through any place-less sentences between, to the paragraph's start.
    private bool CarriesTheCountry((int Start, int End) sentence)
    {
        if (NamesAPlace(sentence.Start, sentence.End))
        {
            return false;
        }

        for (var start = sentence.Start; start > 0;)
        {
            var before = Clauses.Sentence(text, start - 1);
            var opening = before.Start + PeriodReader.SourceLead(text, before.Start, before.End);
            if (IsTheCountryAt(PlaceScanner.SubjectStart(text, opening, before.End)))
            {
                return !NamesADivision(before.Start, before.End);
            }

            if (NamesAPlace(before.Start, before.End))
            {
                return false;
            }

            start = before.Start;
        }

        return false;
    }

    // Whether a place, a scope word or the country is named in text[from..to]; an outlet names who reports.
    private bool NamesAPlace(int from, int to)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start >= from && mention.End <= to && !mention.IsOutlet)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a division is named in text[from..to] (not an outlet's).
    private bool NamesADivision(int from, int to)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start >= from && mention.End <= to && mention.Place is not null && !mention.IsOutlet)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the whole country is named at <paramref name="at"/> as a subject: 全国, 我国 or 中国 there, not a
    /// rank (全国首个) or where something comes from or goes (来自全国), and not the world (全球游客 are the world's
    /// visitors to a place).</summary>
    internal bool IsTheCountryAt(int at)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start == at)
            {
                return mention.IsNational && !IsRank(mention) && !IsReach(mention) && PlaceWords.World.At(text, at) is null;
            }
        }

        return false;
    }

    /// <summary>Whether the subject of a clause of text[<paramref name="from"/>..<paramref name="to"/>] is the country or a
    /// body of the central government (国家统计局15日公布，7月份，中国社会消费品零售总额…), and it names no place: the lead
    /// of a national story, whose dateline (中新社北京8月15日电) is only where it was filed.</summary>
    internal bool IsNational(int from, int to)
    {
        if (NamesADivision(from, to))
        {
            return false;
        }

        for (var start = from; start < to;)
        {
            var clause = Clauses.Clause(text, start);
            var subject = PlaceScanner.SubjectStart(text, start, Math.Min(clause.End, to));
            if (IsTheCountryAt(subject) || CentralBodyOpening(start, Math.Min(clause.End, to)) is not null
                || (PlaceWords.Country.At(text, subject) is { } name && PlaceScanner.IsTheCountryAsASubject(text, subject, subject + name.Length, start))
                || (PlaceWords.Country.At(text, subject) is { } country && CentralBodyOpening(subject + country.Length, Math.Min(clause.End, to)) is not null))
            {
                return true;
            }

            start = clause.End + 1;
        }

        return false;
    }

    // 到目前为止，应急管理部在31个省（区、市）建有储备库120个; 最高检当天发布典型案例8件; 日前由中宣部…等11家单位: a body of
    // the central government (a ministry, a national bureau, the supreme courts, the Party centre) opening a clause of the
    // figure's sentence is the subject of a national figure, which belongs to no area (as 全国's), when the sentence names
    // no place up to the end of the figure's clause; the dateline's or the article's place is only where it was reported.
    // What such a body sends (水利部下达抗旱资金3000万元, 调集救援队8支驰援灾区) is the receiving area's, the one the text
    // is about; a place named (财政部下达山西省资金2亿元) decides as any place does, and 人社部门 is a local department.
    private bool IsOfACentralBody(int at, (int Start, int End) sentence, (int Start, int End) clause)
    {
        for (var start = sentence.Start; start < at;)
        {
            var opening = Clauses.Clause(text, start);
            if (CentralBodyOpening(opening.Start, at) is { } body)
            {
                // A place named before the body's clause (山西8个典型入选全国…“四个100” 日前，中央宣传部…等18家单位, a title
                // run into the text) is not in what the body says.
                foreach (var mention in mentions)
                {
                    if (mention.Start < clause.End && mention.End > opening.Start && !mention.IsOutlet && !IsATitleOrARank(mention))
                    {
                        return false;
                    }
                }

                return !SendsTo(body, clause.End);
            }

            start = opening.End + 1;
        }

        return false;
    }

    // The end of a central body opening the clause at `start` (after a date or 近日由), before `at`; else null.
    private int? CentralBodyOpening(int start, int at)
    {
        var i = start;
        while (i < at)
        {
            if (char.IsWhiteSpace(text[i]) || char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            else if (PlaceWords.CentralBodies.At(text, i) is { } body)
            {
                var end = i + body.Length;
                return end <= at && !(end < text.Length && text[end] == Department) && !IsBranch(end) ? end : null;
            }
            else if (PlaceWords.CentralBodyPreface.At(text, i) is { } preface)
            {
                i += preface.Length;
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    // 人社部门, 交通运输部门: 部 followed by 门 is a department of any level, not the ministry.
    private const char Department = '门';

    // 国家统计局某省调查总队, 国家金融监督管理总局某监管局: a branch's ending in the run of ideographs right after a central
    // body makes the name one of its branches in an area, whose figures are that area's.
    private bool IsBranch(int end) => PlaceWords.BranchEndsWithin(text, end, MaxBranchReach, orAnOrganisation: true);

    private const int MaxBranchReach = 6;

    // Whether a verb of sending stands between a central body and the end of the figure's clause.
    private bool SendsTo(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (PlaceWords.SendingVerbs.At(text, i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // 岱庙街道庆“八一”拥军为民志愿服务活动也在现场热闹进行。小小公益…等10余个爱心企事业单位和街道21支志愿服务队伍…:
    // a sentence that names no place goes on speaking of the place the sentence just before it opened with. Only the one
    // before: further on, a page has usually moved to another of its places (…宝山的他们…。北边还有一家医院…。…南北路幅
    // 45米 is of 吴淞街道, the article's, not of 宝山). A paragraph's start ends the carry.
    // The ；-items of one sentence are that one sentence (as the period reader reads them): 某区…，一方面…；另一方面…。 or
    // 某市完成…；一般公共预算收入…；…: the subject the first item opens with carries through the later items that name no
    // place, to the items themselves and to the sentence after the last.
    private Place? Carried((int Start, int End) sentence)
    {
        for (var start = sentence.Start; start > 0;)
        {
            var before = Clauses.Sentence(text, start - 1);
            if (Subject(before, requireCopula: false) is { } subject)
            {
                return subject;
            }

            if (before.Start == 0 || text[before.Start - 1] is not ('；' or ';') || NamesAPlace(before.Start, before.End))
            {
                return null;
            }

            start = before.Start;
        }

        return null;
    }

    // 江西全省实现生产总值1.6万亿元…。其中，农林牧渔业增加值1100亿元: a sentence opening with 其中 ("of which") breaks down a
    // figure of the sentence just before; when it names no place of its own, its figures are that figure's area's.
    /// <summary>Whether the sentence opens with 其中 and the figure at <paramref name="previousAt"/> stands in the sentence
    /// just before it or earlier in it: the sentence breaks that figure down.</summary>
    internal static bool IsAPartOfTheSentenceBefore(string text, (int Start, int End) sentence, int previousAt)
    {
        var start = sentence.Start;
        while (start < sentence.End && (char.IsWhiteSpace(text[start]) || text[start] is '“' or '"'))
        {
            start++;
        }

        if (!text.AsSpan(start).StartsWith(WholeOfAPart.Among) || sentence.Start == 0)
        {
            return false;
        }

        // The figure before may also be an earlier part in this sentence (其中，第一产业…，第二产业…), which took that place.
        var before = Clauses.Sentence(text, sentence.Start - 1);
        return previousAt >= before.Start && previousAt < sentence.End;
    }

    // The place a sentence is about: one standing at the head of its first clause that names a place (宝安是深圳…的主战场;
    // 与此同时，岱庙街道庆“八一”…活动), the end of a chain (广东省深圳市宝安区). With requireCopula, only a place the
    // sentence says what it is (宝安是…): then its other places belong to the predicate, not to the figures. An
    // organisation (北京市发改委批复…) or an outlet is who acts or reports, not what the sentence is about.
    private Place? Subject((int Start, int End) sentence, bool requireCopula)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Start < sentence.Start)
            {
                continue;
            }

            if (mentions[i].End > sentence.End)
            {
                return null;
            }

            // A chain goes on while each name lies inside the one before (马陆镇白银三坊社区: 白银 is no part of 马陆镇's chain).
            var last = i;
            while (last + 1 < mentions.Count && mentions[last + 1].Start == mentions[last].End
                && !(mentions[last].Place is { } outer && mentions[last + 1].Place is { } inner && !Contains(outer, inner)))
            {
                last++;
            }

            var mention = mentions[last];
            if (!OpensClause(mentions[i].Start) || mention.Place is null || mention.IsOrganisation || !Counts(mention) || IsExample(last, sentence.End))
            {
                return null;
            }

            // 璧城街道、璧泉街道、青杠街道9个村社区都已开设…: a list opening the sentence is about the area holding it all.
            return !requireCopula || PlaceWords.SubjectVerbs.StartsAt(text, EndWithItsLevel(mention)) || IsInApposition(last, sentence.End) ? ListPlace(last) : null;
        }

        return null;
    }

    // 果洛州 for 果洛藏族自治州: a short name written with its level's last character ends after it.
    private int EndWithItsLevel(ResolvedMention mention) =>
        mention.Place is { } place && mention.End < text.Length && text[mention.End] == place.Name[^1] ? mention.End + 1 : mention.End;

    // 潜江，湖北省直管市，地处江汉平原腹地，幅员面积2004平方公里: a place followed by a short clause that says what kind of
    // division it is (直管市, 地级市, 省会), or names the wider place it lies in, is the subject the later clauses speak of,
    // as before 是.
    private bool IsInApposition(int i, int sentenceEnd)
    {
        var mention = mentions[i];
        if (mention.End >= sentenceEnd || text[mention.End] is not ('，' or ',') || mention.Place is not { } subject)
        {
            return false;
        }

        var apposition = Clauses.Clause(text, mention.End + 1);
        if (apposition.End >= sentenceEnd || apposition.End - apposition.Start > MaxApposition)
        {
            return false;
        }

        if (PlaceWords.DivisionNouns.EndsAt(text, apposition.End))
        {
            return true;
        }

        return i + 1 < mentions.Count && mentions[i + 1] is { Place: { } wider } next && next.Start == apposition.Start && Contains(wider, subject);
    }

    // An apposition is short: 湖北省直管市, 浙江省会.
    private const int MaxApposition = 10;

    // Whether `at` begins a clause: only blanks between it and the clause's opening mark or the paragraph's start, or a
    // time word, which may stand before a subject without a comma (数据统计，去年四川再生稻蓄留面积…: 四川 is the subject).
    // The number of an item (3、昆山今年上半年…, （二）某县…) only marks where the item begins, as a bulletin numbers its stories.
    private bool OpensClause(int at)
    {
        var start = Clauses.Clause(text, at).Start;
        var before = text.AsSpan(start, at - start).Trim();
        // The pattern is anchored: one number at most, at the start.
        if (ItemNumber().EnumerateMatches(before) is var numbers && numbers.MoveNext())
        {
            before = before[numbers.Current.Length..].TrimStart();
        }

        return before.IsEmpty || PeriodReader.IsATimeWord(before);
    }

    // 1、 3. （二） (4): the number an item of a list or a bulletin opens with.
    [GeneratedRegex(@"^(?:[（(](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[）)]|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．])")]
    private static partial Regex ItemNumber();

    // Whether mention i settles the place of a figure at `before`, and to what.
    private bool Decides(int i, int before, out Place? place)
    {
        var mention = mentions[i];
        place = null;
        if (IsMeasure(mention))
        {
            return false;
        }

        if (mention.IsNational)
        {
            // 来自全国各地的1100名志愿者赴我省, 产品远销全国各地，年销售额达3000万元: where people come from or goods go
            // is not where the figure is.
            return !IsReach(mention);
        }

        if (mention.ScopeLevel is { } level)
        {
            if (IsCutOff(i, level))
            {
                return false;
            }

            place = Scope(i, level);
            return true;
        }

        // 除安徽外，30个省份的成绩单均已揭晓; 除常州外，江苏其他12个市: the figures count the rest of the set the place
        // left out belongs to, which lies in the area right above it (the country's, with no place, above a province).
        if (mention.IsExcluded)
        {
            place = mention.Place is { } excluded ? Above(excluded) : null;
            return true;
        }

        if (mention.Place is null || !Counts(mention) || IsExample(i, before) || IsAWiderBodyOfAPlaceBefore(i))
        {
            return false;
        }

        place = ListPlace(i);
        return true;
    }

    // An organisation's place counts here (福田公安分局打掉…团伙，抓获23人: 福田区's police, 福田区's arrests), unless it is
    // a wider area's body acting on the article's place (北京市发改委批复延庆区…项目, 宝山警方…为该路段绿灯时长再增加了4秒
    // in a page about 吴淞街道): the figure is the place acted on, not the body's whole area.
    // A place left out (除安徽外) never counts.
    private bool Counts(ResolvedMention mention) =>
        !mention.IsOutlet && !mention.IsExcluded && !(mention.IsOrganisation && mention.Place is { } place && articlePlace is { } article && Contains(place, article));

    // 某区政府通过招商引入某某食品（某市）有限公司，…转让土地260亩; 某村引进某县某某专业合作社流转土地300亩: a body named
    // after a wider area that acts in or with a smaller place named plainly before it in the sentence is the partner or
    // the instrument; the figure is that place's, as a wider body acting on the article's place is not the figure's. A
    // dateline's place (中新网广州8月11日电) is where it was reported, no such place.
    private bool IsAWiderBodyOfAPlaceBefore(int i)
    {
        var mention = mentions[i];
        if (!mention.IsOrganisation || mention.Place is not { } wider)
        {
            return false;
        }

        var sentenceStart = Clauses.Sentence(text, mention.Start).Start;
        for (var j = i - 1; j >= 0 && mentions[j].Start >= sentenceStart; j--)
        {
            if (mentions[j] is { IsOrganisation: false, IsOutlet: false, Place: { } smaller } plain && Contains(wider, smaller) && !PlaceDateline.Follows(text.AsSpan(plain.End)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>15支驰援某省某县的某市救援队, 5名队员乘机前往某州, 1942年出生于某省某县: a place (the first name of its chain)
    /// right after a verb of going, or a word of birth, is where people went, or where one person was born:
    /// not the place of a figure before it in the clause. Whether mention i is such a place.</summary>
    internal static bool IsWhereTheyWent(List<ResolvedMention> mentions, int i, string text, Lexicon? words = null)
    {
        while (i > 0 && mentions[i - 1].End == mentions[i].Start)
        {
            i--;
        }

        return (words ?? PlaceWords.DestinationBefore).EndsAt(text, mentions[i].Start);
    }

    // The area right above a place: a village's is the division it lies in (whose code it carries); a province has none.
    private Place? Above(Place place) =>
        place.Level is PlaceLevel.Village or PlaceLevel.Community
            ? table.Find(place.Code) is { } holder ? table.Place(holder) : null
            : table.Find(place.Code)?.ParentCode is { } parent && table.Find(parent) is { } division ? table.Place(division) : null;

    // Whether `outer` holds `inner` and is wider: by the names from the province down, which a village the table
    // lacks has too (its code is its parent's).
    private static bool Contains(Place outer, Place inner) =>
        inner.Path.Count > outer.Path.Count && inner.Path.Take(outer.Path.Count).SequenceEqual(outer.Path, StringComparer.Ordinal);

    // 好于全市平均水平4.2个百分点, 增速居全市第1位, 高于全国平均水平, 占全区总量的三分之一: a place right after a word of
    // comparison or ranking is what the figure is measured against; the figure is its subject's.
    private bool IsMeasure(ResolvedMention mention) => PlaceWords.MeasureBefore.EndsAt(text, mention.Start) || IsEqualledWith(mention);

    // 增速与全国持平, 与全省平均水平基本相当: a place after 与 and before a word of equality within the comparison's reach is
    // the base too.
    private bool IsEqualledWith(ResolvedMention mention)
    {
        if (mention.Start == 0 || text[mention.Start - 1] != With)
        {
            return false;
        }

        for (var i = mention.End; i < text.Length && i - mention.End <= MaxEqualityReach && ChineseText.IsIdeograph(text[i]); i++)
        {
            if (PlaceWords.EqualityAfter.StartsAt(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private const char With = '与';

    // 与全省平均水平基本持平: the words of equality stand within this many characters after the place.
    private const int MaxEqualityReach = 8;

    // 来自全国各地, 销往全国: the country or the world right after a verb of coming or going is where something came from
    // or went, not the area a figure of the sentence covers (远销全国，年销售额3000万元 is the seller's). A verb of
    // covering is not one (门店覆盖全国86个城市 counts the whole country's).
    private bool IsReach(ResolvedMention mention) => PlaceWords.ReachBefore.EndsAt(text, mention.Start);

    // 垃圾无害化处理水平全省领先，处理率达到100%; 排名全市第二; 全国首个: a scope or the whole country right before a
    // rank says where the subject ranks, not what area a figure of another clause covers (全省首批示范村共20个, in its
    // own clause, still counts the province's). 第一产业 is an industry, no rank.
    private bool IsRank(ResolvedMention mention) =>
        ((mention.ScopeLevel is not null || mention.IsNational) && PlaceWords.RankAfter.At(text, mention.End) is { } rank
        && !text.AsSpan(mention.End + rank.Length).StartsWith(Industry)) || IsATitleOrARank(mention);

    // 成为全国首个…, 作为全省五个EOD项目之一, 居全国港口沿海第6位, 创建全国森林城市: the whole country or area after a verb of
    // being, winning or ranking, or before a rank within a noun phrase's reach, is where the subject ranks or the title it
    // holds is issued, not the area its figures cover.
    private bool IsATitleOrARank(ResolvedMention mention)
    {
        // 是全村的主干道, 成为全镇标杆: a village's or a township's whole is what the subject is part of, no title's
        // issuer. 入选全国工商联…发布的100件: a central body's name is no title.
        if (!(mention.IsNational || mention.ScopeLevel is PlaceLevel.Province or PlaceLevel.Prefecture or PlaceLevel.County && text[mention.Start] == Whole)
            || PlaceWords.CentralBodies.StartsAt(text, mention.Start))
        {
            return false;
        }

        for (var i = mention.Start - 1; i >= 0 && mention.Start - i <= MaxTitleVerbGap + 2 && ChineseText.IsIdeograph(text[i]); i--)
        {
            if (PlaceWords.TitleVerbs.At(text, i) is { } verb && mention.Start - (i + verb.Length) is >= 0 and <= MaxTitleVerbGap)
            {
                return true;
            }
        }

        for (var i = mention.End; i < text.Length && i - mention.End <= MaxRankReach && (ChineseText.IsIdeograph(text[i]) || char.IsAsciiDigit(text[i])); i++)
        {
            if (PlaceWords.RankEndings.StartsAt(text, i) || IsAPlaceInARanking(i))
            {
                return true;
            }
        }

        return false;
    }

    private const char Whole = '全';

    // A verb of being or winning stands at most this many characters before the place: 成为了全国, 被评为全国.
    private const int MaxTitleVerbGap = 4;

    // A rank ends a noun phrase of at most this many characters after the place: 全国港口沿海第6位, 全国十大油田之一.
    private const int MaxRankReach = 10;

    // 第6位, 第十一名: a place in a ranking.
    private bool IsAPlaceInARanking(int at)
    {
        if (text[at] != '第')
        {
            return false;
        }

        var i = at + 1;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || ChineseNumeral.IsChineseDigit(text[i])))
        {
            i++;
        }

        return i > at + 1 && i < text.Length && text[i] is '位' or '名';
    }

    private const string Industry = "产业";

    // 江洛、榆树等乡镇, 百步亭社区四居委会等100个: a place followed closely by 等 is one example of several; the figure is
    // not its own.
    private bool IsExample(int i, int before)
    {
        // The chain's end decides: 江岸区百步亭社区四居委会等 is an example as a whole.
        while (i + 1 < mentions.Count && mentions[i + 1].Start == mentions[i].End && mentions[i + 1].End <= before)
        {
            i++;
        }

        var mention = mentions[i];
        var after = text.AsSpan(mention.End, Math.Clamp(before - mention.End, 0, MaxExampleReach));
        var example = after.IndexOf('等');
        return example >= 0 && after[..example].IndexOfAny('，', '。', '；') < 0;
    }

    // 等 ends the name it follows within a few characters: 百步亭社区四居委会等.
    private const int MaxExampleReach = 8;

    // The places listed with mention i (joined by 、 和 与 及), the parents of a chain (十渡镇西石门村) not counted apart:
    // one place is itself (the deepest of its chain), several the smallest division holding them all, or null when none
    // does (北京、上海).
    private Place? ListPlace(int i)
    {
        var first = i;
        while (first > 0 && Joined(mentions[first - 1], mentions[first]))
        {
            first--;
        }

        var last = i;
        while (last + 1 < mentions.Count && Joined(mentions[last], mentions[last + 1]))
        {
            last++;
        }

        Place? common = null;
        for (var j = first; j <= last; j++)
        {
            if (mentions[j].Place is not { } place || (j < last && mentions[j + 1].Start == mentions[j].End))
            {
                continue;
            }

            common = common is null ? place : Common(common, place);
            if (common is null)
            {
                return null;
            }
        }

        return common ?? mentions[i].Place;
    }

    private bool Joined(ResolvedMention left, ResolvedMention right)
    {
        if (left.Place is null || right.Place is null || !Counts(left) || !Counts(right))
        {
            return false;
        }

        // Names written together are a chain only while the second lies inside the first (江桥镇铜川新苑社区: no list either).
        var between = text.AsSpan(left.End, right.Start - left.End);
        return between is "、" or "和" or "与" or "及" or "以及" || (between.IsEmpty && Contains(left.Place, right.Place));
    }

    // The smallest division holding both places; a village the table lacks is held by its own code's division.
    private Place? Common(Place a, Place b)
    {
        if (a.Code == b.Code && a.Name == b.Name)
        {
            return a;
        }

        var length = 0;
        while (length < a.Code.Length && length < b.Code.Length && a.Code[length] == b.Code[length])
        {
            length++;
        }

        foreach (var cut in (ReadOnlySpan<int>)[9, 6, 4, 2])
        {
            if (cut <= length && table.Find(a.Code[..cut]) is { } division)
            {
                return table.Place(division);
            }
        }

        return null;
    }

    // 全区 after 宝安: 宝安区; 全市 in a page about 宝安区: 深圳市. The nearest place named before the scope word in the
    // paragraph, else the article's, read at the scope's level; 全市 of a municipality (北京, 天津) is the municipality.
    private Place? Scope(int i, string level)
    {
        var kind = level == PlaceLevel.County ? text[mentions[i].End - 1] : default;
        for (var j = i - 1; j >= 0; j--)
        {
            if (mentions[j].Place is { } near && Scoped(near, level, kind) is { } scoped)
            {
                return scoped;
            }
        }

        // 全村 with no village named: the most precise place known, which a village lies in.
        return articlePlace is null ? null : Scoped(articlePlace, level, kind) ?? AtLevel(articlePlace, level) ?? articlePlace;
    }

    // 来到位于该区青龙湖镇西北部的辛开口村…该村组织了15人: 该村, 本村 or 我村 (or 该社区) points to the village just named;
    // when a place that does not hold the last village read stands between, the text has moved to a village the table
    // lacks (辛开口村), and the word names no village known. Whether scope word i is so cut off from its village.
    private bool IsCutOff(int i, string level)
    {
        if (level is not (PlaceLevel.Village or PlaceLevel.Community) || text[mentions[i].Start] is not ('该' or '本' or '我'))
        {
            return false;
        }

        Place? between = null;
        for (var j = i - 1; j >= 0; j--)
        {
            if (mentions[j].Place is not { } near)
            {
                continue;
            }

            if (near.Level == level)
            {
                return between is not null && !Contains(between, near);
            }

            between ??= near;
        }

        return false;
    }

    // 全区, 我区 and 该区 name a 区, 全县 a 县, 全旗 a 旗 (`kind`, the scope word's last character): a county-level scope
    // word takes the county of a place only when it is of its own kind. In an autonomous region, 全区 with no district
    // named before it is the region (内蒙古召开抗旱会议。受旱的主要是通辽市开鲁县。全区受灾农田8万亩: 内蒙古's, not 开鲁县's;
    // 南宁市兴宁区…全区 is still 兴宁区's).
    private Place? Scoped(Place place, string level, char kind)
    {
        var scoped = AtLevel(place, level);
        if (kind is not (DistrictScope or CountyScope or BannerScope) || (scoped is not null && scoped.Name.EndsWith(kind)))
        {
            return scoped;
        }

        if (kind != DistrictScope)
        {
            return null;
        }

        // 阿克苏地区…全区: a prefecture named 地区 is the 区 its own scope word names, before the region it lies in.
        return AtLevel(place, PlaceLevel.Prefecture) is { Name: [.., '地', '区'] } prefectureArea ? prefectureArea
            : place.Code.Length >= 2 && table.Find(place.Code[..2]) is { Name: [.., '自', '治', '区'] } region ? table.Place(region)
            : null;
    }

    private const char DistrictScope = '区';
    private const char CountyScope = '县';
    private const char BannerScope = '旗';

    private Place? AtLevel(Place place, string level)
    {
        // 全市 of a municipality (北京, 天津) is the municipality, a province-level city.
        if (place.Level == level || (level == PlaceLevel.Prefecture && place.Level == PlaceLevel.Province && place.Name.EndsWith('市')))
        {
            return place;
        }

        // 湘乡市湖铁社区…。该市城镇老旧小区改造…: 全市 or 该市 in an article about a county-level city (湘乡市 of 湘潭市)
        // is that city; in an article about the prefecture (烟台市, which names 栖霞市 among its cities), the prefecture.
        if (level == PlaceLevel.Prefecture && place.Code.Length >= 6 && table.Find(place.Code[..6]) is { Name: [.., '市'] } city
            && articlePlace is { Code.Length: >= 6 } article && article.Code.StartsWith(city.Code, StringComparison.Ordinal))
        {
            return table.Place(city);
        }

        // A municipality's districts lie right under it: its 全市 is the municipality itself.
        return table.Holding(place, level);
    }
}
