namespace ContentApi.Text.Places;

/// <summary>A place name of the text and what it was resolved to: a place, the whole country, or nothing known (null).</summary>
internal sealed record ResolvedMention(int Start, int End, Place? Place, bool IsNational, bool IsOutlet = false);
