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
    /// The columns of a page's row: the keys a cursor continues after, the current stored body if any, and otherwise
    /// (then only) the columns of <see cref="StatisticRow"/>, from <see cref="Joins"/>. <see cref="ReadAllAsync"/>
    /// reads them by these positions.
    /// </summary>
    public const string Columns = "s.id, s.value, s.published_on, b.body, r.*";

    /// <summary>
    /// A body is current when it has this build's format (<c>@bodyFormat</c>, ArticleBodyFormat) and its article no
    /// mark, read in the page's own snapshot. A row with a body joins neither its article nor its section: the lateral
    /// join's condition fails before it reads. Its empty <c>(SELECT)</c> only gives <see cref="StatisticRow.Joins"/>
    /// something to join to.
    /// </summary>
    public const string Joins = $"""
        LEFT JOIN statistic_bodies b ON b.statistic_id = s.id AND b.format = @bodyFormat
             AND NOT EXISTS (SELECT 1 FROM article_bodies_due d WHERE d.article_id = s.article_id)
        LEFT JOIN LATERAL (SELECT {StatisticRow.Columns}
                           FROM (SELECT) AS here
                           {StatisticRow.Joins}
                           WHERE b.body IS NULL) AS r ON true
        """;

    private const int IdColumn = 0, ValueColumn = 1, PublishedOnColumn = 2, BodyColumn = 3, RowColumnsStart = 4;

    private StatisticItem(long id, decimal value, DateOnly? publishedOn, byte[]? stored, StatisticDto? composed)
    {
        Id = id;
        Value = value;
        PublishedOn = publishedOn;
        Stored = stored;
        Composed = composed;
    }

    public long Id { get; }

    public decimal Value { get; }

    public DateOnly? PublishedOn { get; }

    /// <summary>The stored JSON, or null when the item is <see cref="Composed"/>.</summary>
    public byte[]? Stored { get; }

    public StatisticDto? Composed { get; }

    /// <summary>Every row of a page's statement (<see cref="Columns"/>), in order; disposes the reader.</summary>
    public static async Task<List<StatisticItem>> ReadAllAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        await using var _ = reader;
        var items = new List<StatisticItem>();
        var composeRow = reader.GetRowParser<StatisticRow>(startIndex: RowColumnsStart);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.IsDBNull(BodyColumn))
            {
                var row = composeRow(reader);
                items.Add(new StatisticItem(row.Id, row.Value, row.PublishedOn, null, row.ToDto()));
            }
            else
            {
                items.Add(new StatisticItem(reader.GetInt64(IdColumn), reader.GetDecimal(ValueColumn),
                    reader.IsDBNull(PublishedOnColumn) ? null : reader.GetFieldValue<DateOnly>(PublishedOnColumn), reader.GetFieldValue<byte[]>(BodyColumn), null));
            }
        }

        return items;
    }
}

/// <summary>Writes a <see cref="StatisticItem"/>; a list of them is never read.</summary>
internal sealed class StatisticItemConverter : JsonConverter<StatisticItem>
{
    public override StatisticItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A statistic item is only written; read a StatisticDto.");

    public override void Write(Utf8JsonWriter writer, StatisticItem value, JsonSerializerOptions options)
    {
        if (value.Stored is { } stored)
        {
            // Written by this build's serializer with the API's options (ArticleBodies/StatisticBodies.cs).
            writer.WriteRawValue(stored, skipInputValidation: true);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Composed!, (JsonTypeInfo<StatisticDto>)options.GetTypeInfo(typeof(StatisticDto)));
        }
    }
}
