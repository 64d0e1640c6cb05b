using ContentApi.Text.Numbers;
using ContentApi.Text.Parsing;
using ContentApi.Text.Periods;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.Places;

/// <summary>Finds the place names of a text: divisions of the table, villages and communities after them, and 全国.</summary>
internal static class PlaceScanner
{
    // A village name is two to four characters before its ending: 益门堡村, 信义村, 百步亭社区.
    private const int MinLocalName = 2;
    private const int MaxLocalName = 4;


    // An organisation's name ends within a few characters of its place: 深圳市水务局, 湖北省农业农村厅.
    private const int MaxOrganisationReach = 6;

    /// <summary>
    /// Every place name in <paramref name="text"/>, left to right, longest first. <paramref name="locals"/> holds the
    /// villages and communities found so far in the document, so that a later bare 益门堡村 is known again; new ones
    /// are added to it.
    /// </summary>
    public static List<PlaceMention> Find(string text, DivisionTable table, Dictionary<string, string> locals)
    {
        var mentions = new List<PlaceMention>();
        var at = 0;
        var titleEnd = -1;
        while (at < text.Length)
        {
            if (text[at] == '《' && text.IndexOf('》', at + 1, Math.Min(ChineseText.MaxTitleLength, text.Length - at - 1)) is var close and > 0)
            {
                titleEnd = close;
            }

            // 全国冠军, 全国文明城市: an honour's name, not a figure of the whole country; 全球投资合作大会 an event's;
            // 全国民主法治示范村, 集团全球总部 a title's or a name's.
            if (PlaceWords.National.At(text, at) is { } national && !PlaceWords.HonourAfter.StartsAt(text, at + national.Length)
                && !EndsInAnEvent(text, at + national.Length) && !EndsInATitle(text, at + national.Length))
            {
                mentions.Add(new PlaceMention(at, at + national.Length, [], IsShort: false));
                at += national.Length;
                continue;
            }

            // 2022年，中国数字经济规模超过50万亿元: 中国 opening a clause is the country as the subject, as 我国 is.
            if (PlaceWords.Country.At(text, at) is { } country && at > titleEnd && IsTheCountryAsASubject(text, at, at + country.Length, Clauses.Clause(text, at).Start))
            {
                mentions.Add(new PlaceMention(at, at + country.Length, [], IsShort: false));
                at += country.Length;
                continue;
            }

            // 该区域老旧小区多, 全市场: a word that begins like a scope word and means something else (an area, a market).
            if (PlaceWords.NotAScope.At(text, at) is { } word)
            {
                at += word.Length;
                continue;
            }

            if (PlaceWords.Scope.At(text, at) is { } scope)
            {
                var level = PlaceWords.ScopeLevels[scope];
                mentions.Add(new PlaceMention(at, at + scope.Length, [], IsShort: false) { ScopeLevel = level });
                at += scope.Length;
                // 该镇某某村, 该县某某社区: a village right after a word pointing to the town or county just named lies in
                // it, as after the town's own name (the resolver reads which town).
                if (PointsBack(scope, level) && (table.Names.At(text, at) is not { } next || IsALocalsName(text, at, next, table)) && Local(text, at) is { } pointed)
                {
                    locals[pointed.Name] = pointed.Level;
                    mentions.Add(new PlaceMention(at, at + pointed.Name.Length, [], IsShort: false, pointed.Name, pointed.Level));
                    at += pointed.Name.Length;
                }

                continue;
            }

            // 京津冀地区有6个蓄滞洪区: a region of several provinces, which no division holds, gives its figures no place; one
            // inside a province (珠三角) is that province's. 京津冀协同发展 names a strategy, not an area.
            if ((PlaceWords.MultiProvinceRegions.At(text, at) ?? PlaceWords.ProvinceRegions.At(text, at)) is { } region)
            {
                if (!PlaceWords.RegionStrategyAfter.StartsAt(text, at + region.Length))
                {
                    mentions.Add(PlaceWords.ProvinceRegionOf.TryGetValue(region, out var province)
                        ? new PlaceMention(at, at + region.Length, table.FullNamed(province), IsShort: false)
                        : new PlaceMention(at, at + region.Length, [], IsShort: false) { IsRegion = true });
                }

                at += region.Length;
                continue;
            }

            // 中山东二路 is passed over whole: neither 中山 nor 山东 inside it is a place.
            var name = table.Names.At(text, at);
            if (name is not null && table.FullNamed(name).Length == 0 && RoadEnd(text, at + name.Length) is { } roadEnd)
            {
                at = roadEnd;
                continue;
            }

            // 《茶歌唱到北京城》: a short name inside a work's title names the work, not where the figures around it are. A
            // document's title names its area in full (《湖南省养老机构…方案》), which is the area it governs.
            if (name is not null && Division(text, at, name, table, AfterAPlace(mentions, at)) is { } mention && !(mention.IsShort && at < titleEnd))
            {
                mentions.Add(mention);
                at = mention.End;
                // A village or community right after its township or county's full name: 神农镇益门堡村, 上党区信义村.
                // After a short name it is too often a phrase (房山失联村 is "房山's villages out of contact").
                // A short name with a village's ending right after it there is the village's name (孝义市丰台村, not 北京's
                // 丰台区): a chain goes down from its place, and the ending is nearer than a county elsewhere.
                // 鹤峰县委编办驻村工作队: no village's name begins with an organisation's word (委 of 县委).
                if ((!mention.IsShort || IsTownship(mention)) && !IsAProvince(mention) && !PlaceWords.OrganisationRightAfter.StartsAt(text, at)
                    && (table.Names.At(text, at) is not { } next || IsALocalsName(text, at, next, table))
                    && Local(text, at) is { } local)
                {
                    locals[local.Name] = local.Level;
                    mentions.Add(new PlaceMention(at, at + local.Name.Length, [], IsShort: false, local.Name, local.Level));
                    at = ListedLocals(text, at + local.Name.Length, local.Level, table, locals, mentions);
                }

                continue;
            }

            if (KnownLocal(text, at, locals) is { } known)
            {
                mentions.Add(new PlaceMention(at, at + known.Length, [], IsShort: false, known, locals[known]));
                at = ListedLocals(text, at + known.Length, locals[known], table, locals, mentions);
                continue;
            }

            at++;
        }

        MarkExcluded(text, mentions);
        MarkChainsOfOrganisations(mentions);
        MarkParentsOfBranches(text, mentions);
        return mentions;
    }

    // 某市公安局某区分局, 某市规划和自然资源委员会某区分局, 某市消防救援总队某区消防支队: a body's branch (分局, 支队 …)
    // named after a division inside the body's area is the branch of that division, whose figures are its own; the
    // body's place and its chain (某省某市公安局某区分局) only say whose branch it is. Only the body's name may stand
    // between (ending in an organisation's or a branch's word): 某省消防救援总队调度某市支队 is a dispatch, not a name.
    private static void MarkParentsOfBranches(string text, List<PlaceMention> mentions)
    {
        for (var j = 1; j < mentions.Count; j++)
        {
            var branch = mentions[j];
            if (!PlaceWords.BranchEndsWithin(text, branch.End, MaxBranchReach) || !(PlaceWords.OrganisationEnding.EndsAt(text, branch.Start) || PlaceWords.BranchEndings.EndsAt(text, branch.Start)))
            {
                continue;
            }

            // The body's place is the nearest before holding the branch's; a word of the body's name read as a short
            // name (资源 of 自然资源委员会) lies between.
            for (var k = j - 1; k >= 0 && branch.Start - mentions[k].End <= MaxBodyName; k--)
            {
                if (Holds(mentions[k], branch) && mentions[k].End < branch.Start && ChineseText.AllIdeographs(text.AsSpan(mentions[k].End, branch.Start - mentions[k].End)))
                {
                    for (var i = k; i >= 0 && (i == k || mentions[i].End == mentions[i + 1].Start); i--)
                    {
                        mentions[i] = mentions[i] with { BranchAt = branch.Start };
                    }

                    break;
                }
            }
        }
    }

    // A body's name between its place and a branch's: 规划和自然资源委员会, 消防救援总队.
    private const int MaxBodyName = 12;

    // A branch's ending within a word or two after its place's name: 华容区分局, 海淀消防支队.
    private const int MaxBranchReach = 3;

    // 广东省佛山市南海区人民法院: a chain of places is one name; when its end names an organisation, so does every place
    // in it, the higher ones only locating it (not the province's court, nor the province's figures).
    private static void MarkChainsOfOrganisations(List<PlaceMention> mentions)
    {
        for (var last = mentions.Count - 1; last > 0; last--)
        {
            if (!mentions[last].IsOrganisation)
            {
                continue;
            }

            for (var i = last - 1; i >= 0 && mentions[i].End == mentions[i + 1].Start && Holds(mentions[i], mentions[i + 1]); i--)
            {
                mentions[i] = mentions[i] with { IsOrganisation = true };
            }
        }
    }

    // Whether a division `outer` may mean holds one `inner` may mean (广东省 holds 佛山市; 江苏省 does not hold the 新建 of
    // 新建标准厂房, a district of 南昌).
    private static bool Holds(PlaceMention outer, PlaceMention inner) =>
        outer.Candidates.Any(wider => inner.Candidates.Any(narrower => narrower.Code.Length > wider.Code.Length && DivisionTable.IsWithin(narrower, wider)));

    // 除安徽外，30个省份的成绩单均已揭晓; 除了北京、上海以外: places between 除 and 外 are left out of what the sentence
    // counts, so they are neither a figure's place nor what the article is about. Only places fill the span: 除了在北京
    // 开展3场活动外 speaks of the place's own activity, whose figure is that place's.
    private static void MarkExcluded(string text, List<PlaceMention> mentions)
    {
        for (var first = 0; first < mentions.Count; first++)
        {
            if (!PlaceWords.ExclusionBefore.EndsAt(text, mentions[first].Start))
            {
                continue;
            }

            var last = first;
            while (last + 1 < mentions.Count && IsListedWith(text, mentions[last], mentions[last + 1]))
            {
                last++;
            }

            if (PlaceWords.ExclusionAfter.StartsAt(text, mentions[last].End))
            {
                for (var i = first; i <= last; i++)
                {
                    mentions[i] = mentions[i] with { IsExcluded = true };
                }
            }

            first = last;
        }
    }

    // 某镇甲村、乙村, 甲村、乙村3个村 (甲村 known from the page): a village listed right after one read is another of the
    // same place; where the list ends.
    private static int ListedLocals(string text, int at, string level, DivisionTable table, Dictionary<string, string> locals, List<PlaceMention> mentions)
    {
        while (at + 1 < text.Length && text[at] == ListMark && (table.Names.At(text, at + 1) is not { } next || IsALocalsName(text, at + 1, next, table))
            && Local(text, at + 1) is { } listed && listed.Level == level)
        {
            locals[listed.Name] = listed.Level;
            mentions.Add(new PlaceMention(at + 1, at + 1 + listed.Name.Length, [], IsShort: false, listed.Name, listed.Level));
            at += 1 + listed.Name.Length;
        }

        return at;
    }

    // Whether `right` goes on the name or list of `left`: a chain (江苏省常州市) or a list (北京、上海).
    private static bool IsListedWith(string text, PlaceMention left, PlaceMention right) =>
        right.Start == left.End || text.AsSpan(left.End, right.Start - left.End) is "、" or "和" or "与" or "及";

    // 该市, 本县, 该镇: a scope word pointing to one division just named (not 全市, the whole of it), of a level a village
    // lies in.
    private static bool PointsBack(string scope, string level) =>
        scope[0] is '该' or '本' && level is PlaceLevel.Prefecture or PlaceLevel.County or PlaceLevel.Township;

    // Whether a name found at `at` is only the head of a village's or community's name: a short name with a local ending
    // right after it (莲池村, 新华社区).
    private static bool IsALocalsName(string text, int at, string name, DivisionTable table)
    {
        if (table.FullNamed(name).Length > 0)
        {
            return false;
        }

        foreach (var (ending, _) in PlaceWords.LocalEndings)
        {
            if (string.CompareOrdinal(text, at + name.Length, ending, 0, ending.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // 创成江苏省健康村, 北京市首家村级…: in an address a province (or a municipality) is never a village's own parent; a
    // village after it is a title the province issues (省级健康村) or a phrase.
    private static bool IsAProvince(PlaceMention mention) =>
        mention.Candidates.Count > 0 && mention.Candidates.All(candidate => candidate.Level == PlaceLevel.Province);

    // 坝芒乡水城村: an ethnic township's short form ends in 乡 or 镇 as its full name does, so a village after it is one. A
    // mention of no division (a region, 京津冀) is no township.
    private static bool IsTownship(PlaceMention mention) =>
        mention.Candidates.Count > 0 && mention.Candidates.All(candidate => candidate.Level == PlaceLevel.Township);

    // Whether a place name ends right at `at`: the start of a chain (上海市金山, 宁波江北). A scope word or 全国 is no place
    // a district lies in (全市和平稳定).
    private static bool AfterAPlace(List<PlaceMention> mentions, int at) =>
        mentions is [.., var last] && last.End == at && (last.Candidates.Count > 0 || last.Local is not null);

    private static PlaceMention? Division(string text, int at, string name, DivisionTable table, bool afterAPlace)
    {
        // 长治久安, 真金白银, 大运城市: a word of the language that holds a place's name is that word, not the place.
        if (PlaceWords.IsInsideWord(text, at, name))
        {
            return null;
        }

        var full = table.FullNamed(name);
        var isShort = full.Length == 0;
        // 地市级和县级, 县人民医院和县中医医院: a name of one function word and its ending (和县) is most often that word
        // before the 县 of the next noun (县级, 县中医医院); it is the county only after the place it lies in (某市和县) or
        // before one of its townships (和县某镇).
        if (!isShort && name.Length == 2 && PlaceWords.NotInLocalName.Contains(name[0]) && !afterAPlace && !BeforeATownshipOf(text, at + name.Length, full, table))
        {
            return null;
        }

        // 南岸, 长寿, 和平: a short name that is an ordinary word is read only when written in full (南岸区) or after the
        // place it lies in (宁波江北).
        if (isShort && !afterAPlace && PlaceWords.OrdinaryWords.Contains(name))
        {
            return null;
        }

        // 中山路, 黄山风景区: a short name followed by a road or a building is that road or building, not the area.
        if (isShort && PlaceWords.NotAPlaceAfter.StartsAt(text, at + name.Length))
        {
            return null;
        }

        // 佛山苑社区, 宝安新村: a short name one character before a village or community's ending begins that village's or
        // community's name; it does not name the area (佛山市). 深圳社区 (Shenzhen's communities) and 房山农村 (rural 房山)
        // are the area's.
        if (isShort && BeginsLocalName(text, at + name.Length))
        {
            return null;
        }

        // A name inside a longer run of the same script with no boundary (新城区 read inside 新城区域) is not cut here:
        // the lexicon gives the longest name first, which is the reading the text most often means.
        // 深圳新闻网, 河南日报: an outlet's name says who reports, not where the figures are.
        var isOutlet = PlaceWords.OutletAfter.StartsAt(text, at + name.Length);
        return new PlaceMention(at, at + name.Length, isShort ? table.Named(name) : full, isShort)
        {
            IsOutlet = isOutlet,
            IsOrganisation = !isOutlet && IsOrganisation(text, at + name.Length),
        };
    }

    // 北京市发改委, 房山区委书记, 延庆区第三小学 (right after the name); 深圳市水务局, 陇南市委宣传部 (an ending within
    // the same run of ideographs): the place names an organisation, which acts or reports, and is not for that reason
    // the place of the figures around it. So does the issuer of a title (江西省星级乡村旅游区, 浙江省名中医): the place
    // that won it is another.
    private static bool IsOrganisation(string text, int at)
    {
        if (PlaceWords.OrganisationRightAfter.StartsAt(text, at))
        {
            return true;
        }

        // An ending may begin with a letter or a digit (4S of a car dealer's name, 大同华阳4S汽车销售服务公司); the name's
        // ideographs lead to it. A function word or a verb that opens a predicate ends the name (江苏省新建厂房, 浙江省新增示范点:
        // the place's own figures).
        for (var i = at; i < text.Length && i - at <= MaxOrganisationReach; i++)
        {
            // 经济开局良好: a word that ends like an organisation (开局, 格局) names none.
            if (PlaceWords.NotAnOrganisation.At(text, i) is { } word)
            {
                i += word.Length - 1;
                continue;
            }

            if (PlaceWords.OrganisationEnding.StartsAt(text, i) || PlaceWords.TitleAfter.StartsAt(text, i))
            {
                return true;
            }

            if (!ChineseText.IsIdeograph(text[i]) || NotInACompanysName.Contains(text[i]) || PlaceWords.CompanyVerbs.StartsAt(text, i))
            {
                break;
            }
        }

        return IsCompany(text, at);
    }

    // Whether 中国 at text[at..end] is the country a clause speaks of: it opens the clause, after a date or a word
    // such as 随着 (随着中国新能源汽车…, 目前，中国在…), and no name follows it (中国农业科学院, 中国国际进口博览会,
    // 中国东星集团有限公司, 中国青年报, 中国葡萄之乡, 中国式现代化, 中国（深圳）: the country heads a name or qualifies a noun there).
    /// <remarks>The clause opens at <paramref name="opening"/>: its start, or a story's after its dateline.</remarks>
    internal static bool IsTheCountryAsASubject(string text, int at, int end, int opening)
    {
        // 中国红十字会总会调集10支救援队: a central body named with the country is read as one (what it sends is the
        // receiving area's). 中国某某学会副秘书长某某介绍，…: a clause that only says who reports names no subject of the
        // figures after it.
        var clauseEnd = Clauses.Clause(text, at).End;
        if (SubjectStart(text, opening, at) != at || PlaceWords.CentralBodies.StartsAt(text, at) || PeriodReader.EndsInSaying(text.AsSpan(opening, clauseEnd - opening)))
        {
            return false;
        }

        if (PlaceWords.NotTheCountryAfter.StartsAt(text, end))
        {
            return false;
        }

        for (var i = end; i < text.Length && i - end <= MaxCountryNameReach && ChineseText.IsIdeograph(text[i]); i++)
        {
            if (PlaceWords.NotAnOrganisation.At(text, i) is { } word)
            {
                i += word.Length - 1;
                continue;
            }

            if (PlaceWords.CountryNameEndings.StartsAt(text, i) || PlaceWords.OrganisationEnding.StartsAt(text, i) || PlaceWords.OutletAfter.StartsAt(text, i)
                || PlaceWords.EventEndings.StartsAt(text, i) || PlaceWords.TitleAfter.StartsAt(text, i))
            {
                return false;
            }
        }

        return !IsCompany(text, end);
    }

    // A name headed by 中国 ends within this many characters after it: 中国农业科学院附属小学 (学院).
    private const int MaxCountryNameReach = 8;

    /// <summary>Where the subject of the clause opening at <paramref name="start"/> begins: after blanks, a date and the
    /// words that may stand before a subject (近日, 随着, 在), not beyond <paramref name="limit"/>.</summary>
    internal static int SubjectStart(string text, int start, int limit)
    {
        var i = start;
        while (i < limit)
        {
            if (char.IsWhiteSpace(text[i]) || char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            else if ((PlaceWords.CentralBodyPreface.At(text, i) ?? PlaceWords.SubjectPreface.At(text, i)) is { } preface)
            {
                i += preface.Length;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // 全球数字贸易博览会, 全球投资合作大会: an event's ending within a short run of ideographs after 全球 makes the word part of
    // the event's name. A function word on the way is a sentence (全球的投资者大会 is not read so far).
    private static bool EndsInAnEvent(string text, int at)
    {
        for (var i = at; i < text.Length && i - at <= MaxEventReach && ChineseText.IsIdeograph(text[i]) && !NotInACompanysName.Contains(text[i]); i++)
        {
            if (PlaceWords.EventEndings.StartsAt(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxEventReach = 6;

    // 全国民主法治示范村2个, 全国2号“集善乐业”残疾人网络就业国家级培训基地, 比亚迪集团全球总部: the head of a title or a name
    // may stand far after 全国, as such names are long; ideographs, digits and quotation marks on the way are the name's.
    // A function word is a sentence, and a measure word of a count right after 全国 (全国14个集中连片特困地区) makes the
    // count the country's.
    private static bool EndsInATitle(string text, int at)
    {
        for (var i = at; i < text.Length && i - at <= MaxTitleReach && (ChineseText.IsIdeograph(text[i]) || char.IsAsciiDigit(text[i]) || text[i] is '“' or '”')
            && !NotInACompanysName.Contains(text[i]) && !IsACount(text, at, i); i++)
        {
            if (PlaceWords.TitleHeads.StartsAt(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxTitleReach = 24;

    // 全国14个…: a numeral and a measure word of a count (个, 所, 家, 名) after 全国 count the country's set; 全国2号 and
    // 国家级 are no count.
    private static bool IsACount(string text, int start, int at) =>
        at > start && CountMeasures.Contains(text[at]) && ChineseNumeral.IsNumeralCharacter(text[at - 1]);

    private static readonly System.Buffers.SearchValues<char> CountMeasures = System.Buffers.SearchValues.Create("个所家名");

    // 山西钢铁建设（集团）有限公司, 甘肃东阳国际贸易集团有限公司: a company's name runs longer than other bodies' and may hold
    // a bracket; its 公司 ends it within a company's length of the place. A function word or a verb of registering on the
    // way is a sentence, not a name (湖南省新注册公司1.2万家).
    private static bool IsCompany(string text, int at)
    {
        for (var i = at; i < text.Length && i - at <= MaxCompanyReach && (ChineseText.IsIdeograph(text[i]) || text[i] is '（' or '）' or '(' or ')'); i++)
        {
            if (NotInACompanysName.Contains(text[i]) || PlaceWords.CompanyVerbs.StartsAt(text, i))
            {
                return false;
            }

            if (PlaceWords.CompanyEndings.StartsAt(text, i))
            {
                return i > at;
            }
        }

        return false;
    }

    private const int MaxCompanyReach = 14;

    // Function words no company's name holds between its place and 公司 (的, 和, 在 …): the words are a sentence.
    private static readonly System.Buffers.SearchValues<char> NotInACompanysName = System.Buffers.SearchValues.Create("的和与及在等被将已为是了");

    // 中山北路, 中山东一路, 南京西路: a direction, and a numeral after it, between a short name and a road's ending still
    // make the road's name (after a person or a city), not the area. The end of the road's name, or null.
    private static int? RoadEnd(string text, int at)
    {
        if (at >= text.Length || !PlaceWords.StreetDirections.Contains(text[at]))
        {
            return null;
        }

        at++;
        if (at < text.Length && ChineseNumeral.IsChineseDigit(text[at]))
        {
            at++;
        }

        return PlaceWords.StreetEndings.At(text, at) is { } ending ? at + ending.Length : null;
    }

    // Whether a township of one of `divisions` is named right at `at`.
    private static bool BeforeATownshipOf(string text, int at, Division[] divisions, DivisionTable table) =>
        table.Names.At(text, at) is { } next && table.Named(next).Any(township => divisions.Any(division => township.ParentCode == division.Code));

    // Whether a village or community's ending follows `at` after one character of its name (苑 of 佛山苑社区).
    private static bool BeginsLocalName(string text, int at)
    {
        if (at >= text.Length || !ChineseText.IsIdeograph(text[at]) || PlaceWords.NotInLocalName.Contains(text[at]))
        {
            return false;
        }

        foreach (var (ending, _) in PlaceWords.LocalEndings)
        {
            if (string.CompareOrdinal(text, at + 1, ending, 0, ending.Length) == 0)
            {
                return !PlaceWords.CommonLocalNouns.Contains(text.Substring(at, 1 + ending.Length));
            }
        }

        return false;
    }

    private static (string Name, string Level)? Local(string text, int at)
    {
        foreach (var (ending, level) in PlaceWords.LocalEndings)
        {
            if (at >= text.Length || !ChineseText.IsIdeograph(text[at]) || PlaceWords.NotInLocalName.Contains(text[at]))
            {
                return null;
            }

            for (var length = MinLocalName; length <= MaxLocalName && at + length + ending.Length <= text.Length; length++)
            {
                // 的失联村, 为农村, 公安深入社区: a function word or a common noun inside is a phrase, not a name.
                if (!ChineseText.IsIdeograph(text[at + length - 1]) || PlaceWords.NotInLocalName.Contains(text[at + length - 1]))
                {
                    break;
                }

                // 村级, 社区级: an ending before 级 is a level (首家村级鉴定站), no name's.
                if (string.CompareOrdinal(text, at + length, ending, 0, ending.Length) == 0 && !PlaceWords.CommonLocalNouns.Contains(text.Substring(at + length - 1, 1 + ending.Length))
                    && !(at + length + ending.Length < text.Length && text[at + length + ending.Length] == Level))
                {
                    return (text.Substring(at, length + ending.Length), level);
                }
            }
        }

        return null;
    }

    private const char Level = '级';

    private const char ListMark = '、';

    private static string? KnownLocal(string text, int at, Dictionary<string, string> locals)
    {
        foreach (var name in locals.Keys)
        {
            if (string.CompareOrdinal(text, at, name, 0, name.Length) == 0)
            {
                return name;
            }
        }

        return null;
    }
}
