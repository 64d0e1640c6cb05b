using System.Globalization;
using Dapper;

namespace ContentApi.Paging;

/// <summary>
/// The WHERE clause of a list's query with only the filters a request gives, and their parameters. One generic
/// statement with <c>(@x IS NULL OR …)</c> for every filter cost PostgreSQL 1–2 ms of planning at every request, more
/// than running it, and could not be prepared usefully; a statement per combination of filters is short, and Npgsql's
/// automatic preparation (<c>Max Auto Prepare</c>) keeps the frequent ones planned once. Values are always
/// parameters; only the shape of the statement depends on which filters are given.
/// </summary>
internal class SqlConditions
{
    private readonly List<string> _conditions = [];

    public DynamicParameters Parameters { get; } = new();

    /// <summary>How many conditions there are so far.</summary>
    protected int Count => _conditions.Count;

    /// <summary><c>WHERE a AND b …</c>, or nothing when no condition applies.</summary>
    public string Where => _conditions.Count == 0 ? "" : "WHERE " + string.Join("\n  AND ", _conditions);

    /// <summary><c>AND a AND b …</c>, to follow conditions of a statement's own, or nothing.</summary>
    public string AndAlso => _conditions.Count == 0 ? "" : "AND " + string.Join("\n  AND ", _conditions);

    /// <summary>Adds <paramref name="condition"/>, with its parameter when <paramref name="name"/> is given.</summary>
    public void And(string condition, string? name = null, object? value = null)
    {
        _conditions.Add(condition);
        if (name is not null)
        {
            Parameters.Add(name, value);
        }
    }

    /// <summary>
    /// <c>LIMIT size + 1 [OFFSET offset]</c>: a page and one row more, which tells whether there is a next page. Validated
    /// integers written into the text: a prepared statement's generic plan would otherwise guess the page's size.
    /// </summary>
    public static string Page(int size, int offset) =>
        string.Create(CultureInfo.InvariantCulture, $"LIMIT {size + 1}") + (offset > 0 ? string.Create(CultureInfo.InvariantCulture, $" OFFSET {offset}") : "");

    /// <summary>Adds <paramref name="condition"/> and its parameter when the filter's <paramref name="value"/> is given.</summary>
    protected void AndIf<T>(T? value, string condition, string name)
    {
        if (value is not null)
        {
            And(condition, name, value);
        }
    }
}
