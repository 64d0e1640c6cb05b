namespace ContentApi.Text;

/// <summary>Reads a word list embedded in this library: tab-separated rows, lines starting with # and blank lines skipped.</summary>
internal static class EmbeddedTsv
{
    public static List<string[]> Rows(string resourceName)
    {
        using var resource = typeof(EmbeddedTsv).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is not embedded in the text library.");
        using var reader = new StreamReader(resource);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }
}
