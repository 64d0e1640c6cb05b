namespace ContentApi.Text.Places;

/// <summary>
/// A place name found in a text at <see cref="Start"/>..<see cref="End"/>: the divisions it may mean
/// (<see cref="Candidates"/>, several for 朝阳区), or, for a village or community, its name and level
/// (<see cref="Local"/>, <see cref="LocalLevel"/>) under the mention just before it. <see cref="IsShort"/> when the
/// text wrote the name without its ending (红桥 for 红桥区). A mention of the whole country (全国) has neither.
/// </summary>
internal sealed record PlaceMention(int Start, int End, IReadOnlyList<Division> Candidates, bool IsShort, string? Local = null, string? LocalLevel = null)
{
    /// <summary>全国: the figure belongs to no single area.</summary>
    public bool IsNational => Candidates.Count == 0 && Local is null && ScopeLevel is null;

    /// <summary>Part of a news outlet's name (深圳新闻网, 中新网丽江…电 is not one): it does not say what the article is about.</summary>
    public bool IsOutlet { get; init; }

    /// <summary>Part of an organisation's name (北京市发改委): it names who acts, not where the figure is.</summary>
    public bool IsOrganisation { get; init; }

    /// <summary>A region of several provinces (京津冀): like 全国, a figure it decides has no place.</summary>
    public bool IsRegion { get; init; }

    /// <summary>Left out of what its sentence counts (安徽 of 除安徽外): no figure's place, and not what the article is about.</summary>
    public bool IsExcluded { get; init; }

    /// <summary>For the area of a body whose branch follows, named after a division inside it (某市 of 某市公安局某区分局):
    /// where the branch's place name starts. The area only says whose branch it is, when that place lies inside it.</summary>
    public int? BranchAt { get; init; }

    /// <summary>For a scope word (全区, 我市): the level of the area it means, read from the places around it.</summary>
    public string? ScopeLevel { get; init; }
}
