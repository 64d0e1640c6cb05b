using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Dapper;

namespace ContentApi.Statistics;

/// <summary>
/// An item of a JSON list of statistics: its stored body (db/0019_statistic_bodies.sql), copied as it is, or, where
/// none is current, its row composed. Written, both, as the <see cref="StatisticDto"/> they are.
/// </summary>
[JsonConverter(typeof(StatisticItemConverter))]
internal sealed class StatisticItem : IStatisticKey
{
    /// <summary>
    /// The columns of a page's row, over the page p (StatisticListSql): its id and the keys a cursor continues after
    /// (the sort's own, the other null), the current stored body's revision if any and its bytes when
    /// <c>@bodies</c> asks for them, and otherwise (then only) the columns of <see cref="StatisticRow"/>, from
    /// <see cref="Joins"/>. <see cref="ReadAllAsync"/> reads them by these positions.
    /// </summary>
    public const string Columns = "p.id, p.value, p.published_on, b.revision, CASE WHEN @bodies THEN b.body END AS body, r.*";

    /// <summary>
    /// A body is current when it has this build's format (<c>@bodyFormat</c>, ArticleBodyFormat) and the article it
    /// was rendered with no mark, read in the page's own snapshot: every change to a statistic marks that article,
    /// a move to another article too (db/0027), so the statistic's own row need not be read. A row with a body joins
    /// neither the statistic, nor its article, nor its section: the lateral subquery's condition on the body is
    /// checked once before it reads, and <c>OFFSET 0</c> keeps PostgreSQL from turning the subquery into a join,
    /// which it would run for every row and filter afterwards.
    /// </summary>
    public const string Joins = $"""
        LEFT JOIN statistic_bodies b ON b.statistic_id = p.id AND b.format = @bodyFormat
             AND NOT EXISTS (SELECT 1 FROM article_bodies_due d WHERE d.article_id = b.article_id)
        LEFT JOIN LATERAL (SELECT {StatisticRow.Columns}
                           FROM statistics s
                           {StatisticRow.Joins}
                           WHERE s.id = p.id AND b.revision IS NULL
                           OFFSET 0) AS r ON true
        """;

    private const int IdColumn = 0, ValueColumn = 1, PublishedOnColumn = 2, RevisionColumn = 3, BodyColumn = 4, RowColumnsStart = 5;

    private StatisticItem(long id, decimal value, DateOnly? publishedOn, long? revision, byte[]? stored, StatisticDto? composed)
    {
        Id = id;
        Value = value;
        PublishedOn = publishedOn;
        Revision = revision;
        Stored = stored;
        Composed = composed;
    }

    public long Id { get; }

    /// <summary>The value, when the page is sorted by it or the item composed; otherwise 0 (a cursor's key only).</summary>
    public decimal Value { get; }

    /// <summary>The publication date, when the page is sorted by it or the item composed; otherwise null (a cursor's key only).</summary>
    public DateOnly? PublishedOn { get; }

    /// <summary>The revision of the current stored body (db/0030_stored_body_revisions.sql); null for an item composed.</summary>
    public long? Revision { get; }

    /// <summary>The stored JSON: null until its bytes are found (<see cref="Hold"/>) and for an item composed.</summary>
    public byte[]? Stored { get; private set; }

    public StatisticDto? Composed { get; }

    /// <summary>Whether the item is its stored JSON rather than <see cref="Composed"/>.</summary>
    public bool IsStored => Revision is not null;

    /// <summary>Gives a stored item the bytes of its body, read or held under its revision.</summary>
    public void Hold(byte[] body) => Stored = IsStored ? body : throw new InvalidOperationException("The item is composed, not stored.");

    /// <summary>
    /// Every row of a page's statement (<see cref="Columns"/>), in order, with the bytes of the stored bodies when the
    /// statement sent them; disposes the reader.
    /// </summary>
    public static async Task<List<StatisticItem>> ReadAllAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        await using var _ = reader;
        var page = new List<StatisticItem>();
        var composeRow = reader.GetRowParser<StatisticRow>(startIndex: RowColumnsStart);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.IsDBNull(RevisionColumn))
            {
                var row = composeRow(reader);
                page.Add(new StatisticItem(row.Id, row.Value, row.PublishedOn, null, null, row.ToDto()));
                continue;
            }

            // The key the page is not sorted by is null, and no cursor reads it.
            page.Add(new StatisticItem(reader.GetInt64(IdColumn), reader.IsDBNull(ValueColumn) ? 0 : reader.GetDecimal(ValueColumn),
                reader.IsDBNull(PublishedOnColumn) ? null : reader.GetFieldValue<DateOnly>(PublishedOnColumn), reader.GetInt64(RevisionColumn),
                reader.IsDBNull(BodyColumn) ? null : reader.GetFieldValue<byte[]>(BodyColumn), null));
        }

        return page;
    }
}

/// <summary>Writes a <see cref="StatisticItem"/>; a list of them is never read.</summary>
internal sealed class StatisticItemConverter : JsonConverter<StatisticItem>
{
    public override StatisticItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A statistic item is only written; read a StatisticDto.");

    public override void Write(Utf8JsonWriter writer, StatisticItem value, JsonSerializerOptions options)
    {
        if (value.IsStored)
        {
            // Written by this build's serializer with the API's options (ArticleBodies/StatisticBodies.cs).
            writer.WriteRawValue(value.Stored ?? throw new InvalidOperationException($"The stored body of statistic {value.Id} was not read."),
                skipInputValidation: true);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Composed!, (JsonTypeInfo<StatisticDto>)options.GetTypeInfo(typeof(StatisticDto)));
        }
    }
}
