using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.IO.Compression;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.Places;

/// <summary>
/// The administrative divisions of China, read once from the embedded <c>divisions.tsv.gz</c> (made from a public
/// data set by <c>tools/divisions/make-divisions.sh</c>; its header names the source, version and licence).
/// </summary>
public sealed partial class DivisionTable
{
    private static readonly Lazy<DivisionTable> Shared = new(Load);

    private readonly FrozenDictionary<string, Division> _byCode;
    private readonly FrozenDictionary<string, Division[]> _byName;
    private readonly FrozenDictionary<string, Division[]> _byFullName;

    // Each division's place (its path from the province down) is built once, the first time a text names it.
    private readonly ConcurrentDictionary<string, Place> _places = new(StringComparer.Ordinal);

    // And its places from the province down, which every mention of it in an article's count of places reads.
    private readonly ConcurrentDictionary<string, Place[]> _placeLineages = new(StringComparer.Ordinal);

    private DivisionTable(IReadOnlyList<Division> divisions, IReadOnlyList<string> header)
    {
        Divisions = divisions;
        Header = header;
        _byCode = divisions.ToFrozenDictionary(division => division.Code, StringComparer.Ordinal);
        // A division is found by its full name at any level; provinces, prefectures and counties also by their short
        // name (丽江, 红桥). A township's short name (宝塔 of 宝塔镇) is an ordinary word too often to be read alone.
        _byName = divisions
            .SelectMany(division => NamesOf(division).Select(name => (name, division)))
            .GroupBy(pair => pair.name, pair => pair.division)
            .ToFrozenDictionary(group => group.Key, group => group.Distinct().ToArray(), StringComparer.Ordinal);
        // The divisions whose full name a word is, apart, so that a scan does not filter them per hit. A banner's
        // abbreviation (科左后旗) keeps the level's ending and is read as a full name.
        _byFullName = _byName.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Where(d => d.Name == pair.Key || Abbreviations(d).Contains(pair.Key)).ToArray(), StringComparer.Ordinal);
        Names = new Lexicon(_byName.Keys);
    }

    /// <summary>The table shipped with the library.</summary>
    public static DivisionTable Default => Shared.Value;

    /// <summary>Every division, provinces first, in the file's order.</summary>
    public IReadOnlyList<Division> Divisions { get; }

    /// <summary>The file's comment lines: what it is, its source, version and licence.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Every name a division is found by in text.</summary>
    internal Lexicon Names { get; }

    /// <summary>The division with this code, or null.</summary>
    public Division? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// The place name at <paramref name="at"/> that names a division by itself: a full name (红桥区), or a province's or
    /// prefecture's short name (天津). A county's short name is too often an ordinary word (新建, 光明) to be taken so.
    /// </summary>
    internal string? UnambiguousNameAt(string text, int at)
    {
        if (Names.At(text, at) is not { } name)
        {
            return null;
        }

        foreach (var division in Named(name))
        {
            if (division.Name == name || PlaceLevel.Depth(division.Level) <= 1)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Every division called <paramref name="name"/> (full or short), or none.</summary>
    public IReadOnlyList<Division> Named(string name) => _byName.TryGetValue(name, out var found) ? found : [];

    /// <summary>The place of <paramref name="division"/>, built once and shared.</summary>
    public Place Place(Division division) =>
        _places.GetOrAdd(division.Code, static (_, state) => new Place(state.division.Code, state.division.Name, state.division.Level, state.table.Lineage(state.division).Select(d => d.Name).ToArray()), (division, table: this));

    /// <summary>The places of <paramref name="division"/> and its ancestors, from the province down, built once and shared.</summary>
    internal IReadOnlyList<Place> PlaceLineage(Division division) =>
        _placeLineages.GetOrAdd(division.Code, static (_, state) => state.table.Lineage(state.division).Select(state.table.Place).ToArray(), (division, table: this));

    /// <summary>Every division whose full name is <paramref name="name"/> (none when it is only a short name).</summary>
    internal Division[] FullNamed(string name) => _byFullName.TryGetValue(name, out var found) ? found : [];

    /// <summary>The division itself and its ancestors, from the province down.</summary>
    public IReadOnlyList<Division> Lineage(Division division)
    {
        var lineage = new List<Division> { division };
        while (lineage[^1].ParentCode is { Length: > 0 } parent && Find(parent) is { } up)
        {
            lineage.Add(up);
        }

        lineage.Reverse();
        return lineage;
    }

    /// <summary>
    /// The division of <paramref name="level"/> that holds <paramref name="place"/> (itself at that level), read from the
    /// code's prefix of that level's length; a municipality's district, which lies right under it, has the municipality
    /// as its prefecture. Null when the place lies above that level, or no division of it holds the place.
    /// </summary>
    public Place? Holding(Place place, string level)
    {
        var length = level switch
        {
            PlaceLevel.Province => 2,
            PlaceLevel.Prefecture => 4,
            PlaceLevel.County => 6,
            PlaceLevel.Township => 9,
            _ => 0,
        };
        if (length == 0 || place.Code.Length < length || PlaceLevel.Depth(place.Level) < PlaceLevel.Depth(level))
        {
            return null;
        }

        return Find(place.Code[..length]) is { } division ? Place(division)
            : level == PlaceLevel.Prefecture && Find(place.Code[..2]) is { Name: [.., '市'] } municipality ? Place(municipality)
            : null;
    }

    /// <summary>Whether <paramref name="division"/> is <paramref name="ancestor"/> or lies inside it.</summary>
    public static bool IsWithin(Division division, Division ancestor) => division.Code.StartsWith(ancestor.Code, StringComparison.Ordinal);

    private static IEnumerable<string> NamesOf(Division division)
    {
        // A township-level unit whose name has no township ending (苗圃, 城区, 开发区, 良种场) and a district called
        // just 城区, 郊区 or 矿区 are named by ordinary words; reading them as places puts figures in Xinjiang's
        // nurseries, so they are not read from text.
        // So is a township the list names only by its level (街道, a placeholder row of two counties): 多个乡镇、街道 is no place.
        if (division.Level == PlaceLevel.Township ? !TownshipEndings.Any(division.Name.EndsWith) || TownshipEndings.Contains(division.Name) : division.Name is [_, '区'])
        {
            yield break;
        }

        yield return division.Name;
        if (division.ShortName != division.Name && division.Level != PlaceLevel.Township)
        {
            yield return division.ShortName;
        }

        foreach (var abbreviation in Abbreviations(division))
        {
            yield return abbreviation;
        }

        // 禾丰乡 for 禾丰布依族苗族乡: the news writes an ethnic township by its short name and its ending, dropping the
        // ethnic part as 威宁县 drops it from 威宁彝族回族苗族自治县. The form is read only where the page names the county
        // it lies in (PlaceResolver), since it is often another township's full name elsewhere (城关镇).
        if (division.Level == PlaceLevel.Township && division.ShortName != division.Name
            && EthnicTownshipEndings.Any(division.Name.EndsWith))
        {
            yield return division.ShortName + division.Name[^1];
        }
    }

    private static readonly string[] EthnicTownshipEndings = ["族乡", "族镇"];

    // The short forms that keep the level's ending, and so name the division alone: a banner's (科左后旗), or an
    // autonomous county's, its short name and 县 or 自治县 (威宁县 and 威宁自治县 for 威宁彝族回族苗族自治县, 紫云自治县), as
    // the news writes it after the first mention. No such form is another division's name in the table.
    private static IEnumerable<string> Abbreviations(Division division)
    {
        if (BannerAbbreviation(division.Name) is { } banner)
        {
            yield return banner;
        }

        if (division.Level == PlaceLevel.County && division.Name.EndsWith(AutonomousCounty, StringComparison.Ordinal) && division.ShortName != division.Name)
        {
            yield return division.ShortName + "县";
            if (division.ShortName + AutonomousCounty != division.Name)
            {
                yield return division.ShortName + AutonomousCounty;
            }
        }
    }

    private const string AutonomousCounty = "自治县";

    // 科左后旗 for 科尔沁左翼后旗, 察右前旗 for 察哈尔右翼前旗, 土右旗 for 土默特右旗: Inner Mongolia's banners named after a
    // league's wing are written with the first character of the Mongolian name, the wing (左 or 右) and the position
    // (前, 中, 后), dropping 翼; the abbreviation keeps 旗, so it names the banner alone. Names of two characters before
    // the wing (巴林左旗) are written in full.
    private static string? BannerAbbreviation(string name)
    {
        var match = BannerOfAWing().Match(name);
        return match.Success && match.Groups["name"].Length >= 3 ? $"{name[0]}{match.Groups["wing"].Value}{match.Groups["position"].Value}旗" : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(?<name>.+?)(?<wing>[左右])翼?(?<position>[前中后]?)旗$")]
    private static partial System.Text.RegularExpressions.Regex BannerOfAWing();

    private static readonly string[] TownshipEndings = ["镇", "乡", "街道", "苏木", "办事处", "地区"];

    private static DivisionTable Load()
    {
        using var resource = typeof(DivisionTable).Assembly.GetManifestResourceStream("ContentApi.Text.Places.divisions.tsv.gz")
            ?? throw new InvalidOperationException("The divisions table is not embedded in the text library.");
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress));
        var header = new List<string>();
        var divisions = new List<Division>(45_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                header.Add(line[1..].Trim());
                continue;
            }

            var cells = line.Split('\t');
            divisions.Add(new Division(cells[0], cells[1].Length == 0 ? null : cells[1], cells[2], cells[3], cells[4]));
        }

        return new DivisionTable(divisions, header);
    }
}
