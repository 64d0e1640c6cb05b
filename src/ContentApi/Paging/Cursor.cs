using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentApi.Paging;

/// <summary>
/// The position after the last item of a page, for the sort it was made under: the sort key of that item and its
/// id (keyset), or, for relevance, which has no stable key, the offset. Sent to clients as base64url JSON: opaque to
/// them, readable when debugging. A cursor made under another sort is rejected.
/// </summary>
public sealed record Cursor(
    [property: JsonPropertyName("s")] string Sort,
    [property: JsonPropertyName("k")] string? Key,
    [property: JsonPropertyName("i")] long Id,
    [property: JsonPropertyName("o")] int? Offset = null)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this, CursorJsonContext.Default.Cursor));

    /// <summary>Reads a cursor; null when it is not one this service made.</summary>
    public static Cursor? TryDecode(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 1024)
        {
            return null;
        }

        try
        {
            var cursor = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(value), CursorJsonContext.Default.Cursor);
            return cursor is { Sort: not null } && cursor.Id >= 0 && cursor.Offset is null or >= 0 ? cursor : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    // A date key is written and read in one format; an undated row sorts as the oldest, as the SQL's coalesce does.
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Continues after a row ordered by a publication date (absent: the oldest).</summary>
    public static Cursor AfterDate(string sort, DateOnly? key, long id) => new(sort, (key ?? DateOnly.MinValue).ToString(DateFormat), id);

    /// <summary>Continues after a row ordered by a value.</summary>
    public static Cursor AfterValue(string sort, decimal key, long id) => new(sort, key.ToString(System.Globalization.CultureInfo.InvariantCulture), id);

    public DateOnly KeyAsDate() => DateOnly.ParseExact(Key ?? "0001-01-01", DateFormat);

    /// <summary>
    /// The date key as text, for a statement that casts it to a date. Not a DateOnly parameter: Npgsql sends
    /// DateOnly.MinValue, the key of an undated row, as -infinity, which sorts before the 0001-01-01 that the
    /// statements' coalesce gives undated rows, and a cursor after an undated row would start the list over.
    /// </summary>
    public string KeyAsDateText() => KeyAsDate().ToString(DateFormat, System.Globalization.CultureInfo.InvariantCulture);

    public decimal KeyAsDecimal() => decimal.Parse(Key ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Every list query reads one row more than a page, to know whether another page follows. This drops that row
    /// and returns the cursor to continue after the last row kept, or null on the last page.
    /// </summary>
    public static Cursor? TrimToPage<T>(List<T> rows, int size, Func<T, Cursor> continueAfter)
    {
        if (rows.Count <= size)
        {
            return null;
        }

        rows.RemoveRange(size, rows.Count - size);
        return continueAfter(rows[^1]);
    }
}

[JsonSerializable(typeof(Cursor))]
internal sealed partial class CursorJsonContext : JsonSerializerContext;
