namespace ContentApi.Text;

/// <summary>Reads a word list embedded in this library: tab-separated rows, lines starting with # and blank lines skipped.</summary>
internal static class EmbeddedTsv
{
    public static List<string[]> Rows(string resourceName) =>
        Lines(resourceName).Where(line => !line.StartsWith('#')).Select(line => line.Split('\t')).ToList();

    /// <summary>Every non-blank line of the embedded file, comments included, in file order.</summary>
    public static List<string> Lines(string resourceName)
    {
        using var resource = typeof(EmbeddedTsv).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is not embedded in the text library.");
        using var reader = new StreamReader(resource);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
