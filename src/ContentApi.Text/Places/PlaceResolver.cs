namespace ContentApi.Text.Places;

/// <summary>
/// Resolves the place names of one document together. A name that several divisions share (朝阳区 is in Beijing and
/// in Changchun; 铁西区 in Shenyang, Anshan and Siping), and a county named without its ending (红桥, 肥西), is
/// resolved by the places the same document names unambiguously and by its own place (ingest metadata); a name still
/// ambiguous after that is a province-level municipality's district when one of its divisions is one (通州区 of 北京),
/// and stays unresolved rather than guessed otherwise (新城区 of 西安 or 呼和浩特).
/// </summary>
internal sealed class PlaceResolver
{
    private readonly DivisionTable _table;
    private readonly List<Division> _context = [];
    private readonly Dictionary<string, Place> _locals = new(StringComparer.Ordinal);

    // The last division named, in document order, which 该镇 or 本县 before a village points to.
    private Place? _last;

    public PlaceResolver(DivisionTable table, Place? documentPlace)
    {
        _table = table;
        if (documentPlace is not null && table.Find(documentPlace.Code) is { } division)
        {
            _context.Add(division);
        }
    }

    /// <summary>Resolves every text's mentions; the texts are given in document order.</summary>
    public List<List<ResolvedMention>> Resolve(IReadOnlyList<List<PlaceMention>> texts)
    {
        // Names only one division has (and provinces or prefectures by their short name) come first: they are the
        // context the others are read in, whatever their order in the text.
        foreach (var mentions in texts)
        {
            foreach (var mention in mentions)
            {
                if (mention.Candidates.Count == 1 && (!mention.IsShort || PlaceLevel.Depth(mention.Candidates[0].Level) <= 1))
                {
                    AddContext(mention.Candidates[0]);
                }
            }
        }

        // Twice: a county resolved by its province's name gives the context for a township of the same name elsewhere.
        var resolved = new Dictionary<PlaceMention, Division?>(Count(texts));
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var mentions in texts)
            {
                PlaceMention? previous = null;
                foreach (var mention in mentions)
                {
                    var province = previous?.End == mention.Start && resolved.GetValueOrDefault(previous) is { Level: PlaceLevel.Province } before ? before : null;
                    if (mention.Candidates.Count > 0 && (CountyAfterItsProvince(mention, province) ?? Choose(mention)) is { } division)
                    {
                        resolved[mention] = division;
                        AddContext(division);
                    }

                    previous = mention;
                }
            }
        }

        // A village named bare before the chain that places it (a title's 某某社区, the text's 某街道某某社区) lies where that
        // chain puts it: the villages are placed under their parents first, then every mention is read.
        foreach (var mentions in texts)
        {
            Places(mentions, resolved);
        }

        _last = null;
        var places = new List<List<ResolvedMention>>(texts.Count);
        foreach (var mentions in texts)
        {
            places.Add(Places(mentions, resolved));
        }

        return places;
    }

    private static int Count(IReadOnlyList<List<PlaceMention>> texts)
    {
        var count = 0;
        foreach (var mentions in texts)
        {
            count += mentions.Count;
        }

        return count;
    }

    private List<ResolvedMention> Places(List<PlaceMention> mentions, Dictionary<PlaceMention, Division?> resolved)
    {
        var places = new List<ResolvedMention>(mentions.Count);
        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            if (mention.Local is { } local)
            {
                // A village right after its township or county lies in it; a later bare mention is the same village.
                // After 该镇 or 本县 it lies in the division of that level around the last place named.
                // A village listed right after another (某镇甲村、乙村) lies where that one lies.
                var parent = places.Count > 0 && places[^1].End == mention.Start
                    ? places[^1].ScopeLevel is { } level ? PointedTo(level) : places[^1].Place
                    : places.Count > 0 && places[^1].End + 1 == mention.Start && places[^1].Place is { Level: PlaceLevel.Village or PlaceLevel.Community } listed
                        && _table.Find(listed.Code) is { } around ? Place.Of(around, _table)
                    : null;
                if (parent is not null && !_locals.ContainsKey(local))
                {
                    _locals[local] = parent.Below(local, mention.LocalLevel!);
                }

                places.Add(new ResolvedMention(mention.Start, mention.End, _locals.GetValueOrDefault(local), IsNational: false));
                continue;
            }

            var place = resolved.GetValueOrDefault(mention) is { } division ? Place.Of(division, _table) : null;
            _last = place ?? _last;
            if ((place is null && IsAnOrdinaryWord(mention)) || OnlyLocatesABranch(mentions, index, resolved))
            {
                continue;
            }

            places.Add(new ResolvedMention(mention.Start, mention.End, place, mention.IsNational, mention.IsOutlet)
            {
                IsOrganisation = mention.IsOrganisation,
                IsExcluded = mention.IsExcluded,
                IsRegion = mention.IsRegion,
                ScopeLevel = mention.ScopeLevel,
            });
        }

        return places;
    }

    // 某市公安局某区分局: the body's city (and its chain) only says whose branch the 某区分局 is, once the branch's
    // name is read as a division inside it; it names no place of the page. 天津市公安局河北分局 read as the province stays.
    private static bool OnlyLocatesABranch(List<PlaceMention> mentions, int i, Dictionary<PlaceMention, Division?> resolved)
    {
        if (mentions[i].BranchAt is not { } at || resolved.GetValueOrDefault(mentions[i]) is not { } body)
        {
            return false;
        }

        var branch = mentions.Find(mention => mention.Start == at);
        return branch is not null && resolved.GetValueOrDefault(branch) is { } inner && inner.Code.Length > body.Code.Length && DivisionTable.IsWithin(inner, body);
    }

    // The division of `level` holding the last place named: 某县某镇…。该镇 points to that town, 该县 to its county; a
    // municipality's 本市 is the municipality. Null when none was named or it lies above that level.
    private Place? PointedTo(string level) => _last is { } last ? _table.Holding(last, level) : null;

    // 畅通跨境通道, 资源共享, 加强合作: a county's short name the page gives no reason to read as the county is the ordinary
    // word it spells, and names no place (it would stop a national story's carry, or a subject). A short name a
    // prefecture or a province bears (安阳, 长沙: tied between the city and a county) is still a place named.
    private static bool IsAnOrdinaryWord(PlaceMention mention) =>
        mention.IsShort && !mention.IsOutlet && !mention.IsExcluded && !mention.IsRegion && mention.ScopeLevel is null
        && !mention.Candidates.Any(candidate => PlaceLevel.Depth(candidate.Level) <= 1);

    private Division? Choose(PlaceMention mention)
    {
        var candidates = mention.Candidates;
        // Inside a place the document names, the deepest such place deciding: 铁西区 in a document about 鞍山市.
        // A county's short name is often an ordinary word (资源, 新建, 光明): only a mention of its prefecture, or of the
        // division right above it, makes it a place (门头沟 and 密云 on a page that names 北京市, whose districts have no
        // prefecture). Loops rather than queries: this runs for every mention of every page, twice.
        Division? best = null;
        var deepest = -1;
        var tied = false;
        // A province's short name shared with a district (河北 of 天津's 河北区) stays the province's.
        var alsoAProvince = mention.IsShort && HasProvince(candidates);
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            var depth = -1;
            foreach (var context in _context)
            {
                if (DivisionTable.IsWithin(candidate, context)
                    && (!mention.IsShort || PlaceLevel.Depth(candidate.Level) <= 1 || PlaceLevel.Depth(context.Level) >= MinContextDepth(candidate)
                        || (candidate.ParentCode == context.Code && !alsoAProvince)))
                {
                    depth = Math.Max(depth, context.Code.Length);
                }
            }

            if (depth > deepest)
            {
                (best, deepest, tied) = (candidate, depth, false);
            }
            else if (depth == deepest && depth >= 0)
            {
                tied = true;
            }
        }

        if (deepest >= 0)
        {
            return tied ? MunicipalitysDistrict(mention) : best;
        }

        if (candidates.Count == 1 && (!mention.IsShort || PlaceLevel.Depth(candidates[0].Level) <= 1))
        {
            return candidates[0];
        }

        if (MunicipalitysDistrict(mention) is { } district)
        {
            return district;
        }

        // 吉林 is the province before it is the city, 海南 the province before the prefecture: a short name shared
        // across levels means the largest unless the document says otherwise.
        if (mention.IsShort)
        {
            var top = int.MaxValue;
            Division? highest = null;
            var shared = false;
            for (var c = 0; c < candidates.Count; c++)
            {
                var depth = PlaceLevel.Depth(candidates[c].Level);
                if (depth < top)
                {
                    (top, highest, shared) = (depth, candidates[c], false);
                }
                else if (depth == top)
                {
                    shared = true;
                }
            }

            return !shared && top <= 1 ? highest : null;
        }

        return null;
    }

    // 通州区, 宝山区, 普陀区 named in full with nothing to tell which: a district of a province-level municipality (北京,
    // 天津, 上海, 重庆) is a second-level name its papers write bare, the city being the province; the same name of a
    // prefecture's district comes with its city in news read outside it. The one candidate in a municipality, if one.
    private Division? MunicipalitysDistrict(PlaceMention mention)
    {
        if (mention.IsShort)
        {
            return null;
        }

        Division? found = null;
        foreach (var candidate in mention.Candidates)
        {
            if (candidate.Level == PlaceLevel.County && candidate.ParentCode is { } parent && _table.Find(parent[..2]) is { Name: [.., '市'] })
            {
                if (found is not null)
                {
                    return null;
                }

                found = candidate;
            }
        }

        return found;
    }

    // A county's short name is read on a page that names its prefecture; an ethnic township's short form (禾丰乡) only on
    // one that names its county (开阳县禾丰乡): a prefecture holds many townships, and the short form is often another's.
    private static int MinContextDepth(Division candidate) =>
        candidate.Level == PlaceLevel.Township ? PlaceLevel.Depth(PlaceLevel.County) : PlaceLevel.Depth(PlaceLevel.Prefecture);

    private static bool HasProvince(IReadOnlyList<Division> candidates)
    {
        for (var c = 0; c < candidates.Count; c++)
        {
            if (candidates[c].Level == PlaceLevel.Province)
            {
                return true;
            }
        }

        return false;
    }

    // A division the document names brings its prefecture and province with it: 铁东区 (in 鞍山 and in 四平) on a page
    // that also names 立山区, which only 鞍山 has, is 鞍山's.
    private void AddContext(Division division)
    {
        for (Division? up = division; up is not null; up = up.ParentCode is { } parent ? _table.Find(parent) : null)
        {
            if (!_context.Contains(up))
            {
                _context.Add(up);
            }
        }
    }

    // 河北涿州, 广西三江, 贵州威宁: headlines and leads name a county for readers outside its prefecture by its province
    // and its short name; the province right before plays the part a prefecture named on the page plays, and the short
    // name is its only county of that name. A name that is also a province's or a prefecture's (河南新乡, 湖南衡阳) stays
    // the city, as it does without the province.
    private static Division? CountyAfterItsProvince(PlaceMention mention, Division? province)
    {
        if (province is null || !mention.IsShort || mention.Candidates.Any(candidate => PlaceLevel.Depth(candidate.Level) <= 1))
        {
            return null;
        }

        var counties = mention.Candidates.Where(candidate => candidate.Level == PlaceLevel.County && DivisionTable.IsWithin(candidate, province)).Take(2).ToList();
        return counties.Count == 1 ? counties[0] : null;
    }
}
