namespace ContentApi.Text.Places;

/// <summary>A place name of the text and what it was resolved to: a place, the whole country, or nothing known (null).</summary>
internal sealed record ResolvedMention(int Start, int End, Place? Place, bool IsNational, bool IsOutlet = false)
{
    /// <summary>Part of an organisation's name (北京市发改委).</summary>
    public bool IsOrganisation { get; init; }

    /// <summary>A region of several provinces (京津冀): it has no place, and it decides only in its own clause.</summary>
    public bool IsRegion { get; init; }

    /// <summary>Left out of what its sentence counts (除安徽外).</summary>
    public bool IsExcluded { get; init; }

    /// <summary>For a scope word (全区), the level it means.</summary>
    public string? ScopeLevel { get; init; }
}
