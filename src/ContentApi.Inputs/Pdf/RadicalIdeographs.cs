using System.Collections.Frozen;
using System.Globalization;

namespace ContentApi.Inputs.Pdf;

/// <summary>
/// Maps radicals and compatibility ideographs that PDF fonts put in place of ordinary ideographs back to the
/// ideographs (⼈⺠ → 人民). The table is data: <c>radical-ideographs.tsv</c>, with its sources in its header.
/// </summary>
internal static class RadicalIdeographs
{
    public const string ResourceName = "radical-ideographs.tsv";

    private static readonly FrozenDictionary<char, char> Table = Load();

    public static char Map(char c) => Table.TryGetValue(c, out var ideograph) ? ideograph : c;

    /// <summary>The rows of the table: the code point found and the ideograph it reads as.</summary>
    internal static IEnumerable<(char Found, char Ideograph)> Rows()
    {
        using var stream = typeof(RadicalIdeographs).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"The embedded table {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var columns = line.Split('\t');
            yield return ((char)int.Parse(columns[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                (char)int.Parse(columns[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }
    }

    private static FrozenDictionary<char, char> Load() => Rows().ToFrozenDictionary(r => r.Found, r => r.Ideograph);
}
