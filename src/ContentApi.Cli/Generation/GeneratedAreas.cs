using System.Text.RegularExpressions;
using ContentApi.Text.Places;

namespace ContentApi.Cli.Generation;

/// <summary>
/// Moves a generated page from the sample's district (天津市红桥区 and its streets) to another real county, so that an
/// archive spreads over the whole country and the place filters, places and series have something to choose from:
/// the province, the county and the streets the sample names are renamed to the chosen county's own, full names and
/// short ones alike (天津市 → 云南省, 红桥 → 古城, 丁字沽 → a township of the county).
/// </summary>
internal sealed class GeneratedAreas
{
    private const string SampleCountyCode = "120106";

    private readonly DivisionTable _table;
    private readonly Division _sampleCounty;
    private readonly Division _sampleProvince;
    private readonly IReadOnlyList<Division> _sampleTownships;
    private readonly ILookup<string, Division> _townshipsByCounty;

    public GeneratedAreas(DivisionTable table)
    {
        _table = table;
        _sampleCounty = table.Find(SampleCountyCode) ?? throw new InvalidOperationException($"The divisions table lacks the sample's county {SampleCountyCode}.");
        _sampleProvince = table.Lineage(_sampleCounty)[0];
        Counties = table.Divisions.Where(d => d.Level == PlaceLevel.County).ToList();
        _townshipsByCounty = table.Divisions.Where(d => d.Level == PlaceLevel.Township).ToLookup(d => d.ParentCode ?? "");
        _sampleTownships = [.. _townshipsByCounty[SampleCountyCode]];
    }

    /// <summary>Every county of the table, in its order: what a page is moved to.</summary>
    public IReadOnlyList<Division> Counties { get; }

    /// <summary>The sample-derived <paramref name="text"/> as if it were written in <paramref name="county"/>.</summary>
    public string MoveTo(string text, Division county)
    {
        if (county.Code == _sampleCounty.Code)
        {
            return text;
        }

        var province = _table.Lineage(county)[0];
        var townships = _townshipsByCounty[county.Code].ToList();
        var renamings = new List<(string From, string To)>();
        for (var i = 0; i < _sampleTownships.Count && townships.Count > 0; i++)
        {
            var township = townships[i % townships.Count];
            renamings.Add((_sampleTownships[i].ShortName, township.ShortName));
        }

        renamings.Add((_sampleCounty.Name, county.Name));
        renamings.Add((_sampleCounty.ShortName, county.ShortName));
        renamings.Add((_sampleProvince.Name, province.Name));
        renamings.Add((_sampleProvince.ShortName, province.ShortName));
        // One pass, longest name first at each position: a new name is never renamed again.
        var to = renamings.DistinctBy(r => r.From).ToDictionary(r => r.From, r => r.To);
        var names = new Regex(string.Join('|', to.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)));
        return names.Replace(text, match => to[match.Value]);
    }
}
