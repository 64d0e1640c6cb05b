namespace ContentApi.Text.Places;

/// <summary>
/// Where a figure belongs: <see cref="Code"/> is the division's code (for a village or community the table lacks,
/// the code of the division it lies in, so that a filter on the parent's code finds it), <see cref="Name"/> as the
/// standard writes it (or as the text writes a village), <see cref="Level"/> one of <see cref="PlaceLevel"/>, and
/// <see cref="Path"/> the names from the province down to the place itself.
/// </summary>
public sealed record Place(string Code, string Name, string Level, IReadOnlyList<string> Path)
{
    /// <summary>The place of a division of the table.</summary>
    public static Place Of(Division division, DivisionTable table) => table.Place(division);

    /// <summary>A village or community the table lacks, kept by its name under this place.</summary>
    public Place Below(string name, string level) => new(Code, name, level, [.. Path, name]);
}
