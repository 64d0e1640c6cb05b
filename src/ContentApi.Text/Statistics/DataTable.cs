namespace ContentApi.Text.Statistics;

/// <summary>
/// Reads a tab-separated vocabulary table embedded in this library: lines starting with # are its header (where the list
/// comes from), then a row naming the columns, then one row per entry.
/// </summary>
internal static class DataTable
{
    /// <summary>The words of a table of named word lists (columns list, word), by their list's name, read once.</summary>
    public static ILookup<string, string> Lists(string name) => Read(name, "list", "word").ToLookup(row => row[0], row => row[1]);

    /// <summary>The rows of the embedded table <paramref name="name"/>, whose column row must be <paramref name="columns"/>.</summary>
    public static IEnumerable<string[]> Read(string name, params string[] columns)
    {
        var rows = new List<string[]>();
        var header = true;
        foreach (var line in EmbeddedTsv.Lines($"ContentApi.Text.Data.{name}").Where(line => !line.StartsWith('#')))
        {
            var cells = line.Split('\t');
            if (header)
            {
                header = false;
                if (!cells.SequenceEqual(columns))
                {
                    throw new InvalidDataException($"{name}: the columns are {string.Join(", ", cells)}, not {string.Join(", ", columns)}");
                }

                continue;
            }

            rows.Add(cells.Length == columns.Length && cells.All(cell => cell.Length > 0)
                ? cells
                : throw new InvalidDataException($"{name}: the row \"{line}\" does not have {columns.Length} filled columns"));
        }

        return rows;
    }
}
