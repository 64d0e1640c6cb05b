using System.Buffers;
using System.Text.Json;
using ContentApi.Http;
using ContentApi.Series;
using ContentApi.Statistics;

namespace ContentApi.ArticleBodies;

/// <summary>
/// The JSON of each of an article's statistics, written as a list of statistics writes each item
/// (db/0019_statistic_bodies.sql), and as a series writes each point (db/0023_series_points_in_order.sql): the same DTOs
/// by the same generated serializer and encoder, so a stored item or point and a composed one are the same bytes.
/// </summary>
internal sealed record StatisticBodies(long[] Ids, byte[][] Bodies, byte[][] Points)
{
    public static StatisticBodies Of(IReadOnlyList<StatisticDto> statistics, JsonSerializerOptions apiOptions)
    {
        var buffer = new ArrayBufferWriter<byte>(4 * 1024);
        var bodies = new byte[statistics.Count][];
        var points = new byte[statistics.Count][];
        for (var i = 0; i < statistics.Count; i++)
        {
            buffer.ResetWrittenCount();
            JsonBody<StatisticDto>.Write(buffer, statistics[i], ApiJsonContext.Default.StatisticDto, apiOptions);
            bodies[i] = buffer.WrittenSpan.ToArray();
            buffer.ResetWrittenCount();
            JsonBody<SeriesPoint>.Write(buffer, SeriesPoint.Of(statistics[i]), ApiJsonContext.Default.SeriesPoint, apiOptions);
            points[i] = buffer.WrittenSpan.ToArray();
        }

        return new StatisticBodies(statistics.Select(s => s.Id).ToArray(), bodies, points);
    }
}
