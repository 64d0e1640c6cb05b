using ContentApi.Replicas;
using ContentApi.Text.Places;
using Dapper;

namespace ContentApi.Places;

/// <summary>The areas that have statistics, with their counts; a read, on the read data source.</summary>
internal sealed class PlaceStore(ReadConnections reads)
{
    /// <summary>Every area named by an accepted statistic, by code, with its own count and the total with its descendants.</summary>
    public async Task<IReadOnlyList<PlaceCount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<PlaceRow>(new CommandDefinition(ListSql, cancellationToken: cancellationToken))).ToList();
        var nodes = Nodes(rows);
        return nodes.Values.Where(node => node.Count > 0).OrderBy(node => node.Key, StringComparer.Ordinal).Select(node => node.ToCount(withChildren: false)).ToList();
    }

    /// <summary>The same areas as a tree from the provinces down, the divisions between them included (with count 0).</summary>
    public async Task<IReadOnlyList<PlaceCount>> TreeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<PlaceRow>(new CommandDefinition(ListSql, cancellationToken: cancellationToken))).ToList();
        var nodes = Nodes(rows);
        return nodes.Values.Where(node => node.Parent is null).OrderBy(node => node.Key, StringComparer.Ordinal).Select(node => node.ToCount(withChildren: true)).ToList();
    }

    // Each area and every division above it, keyed by code (a village by its parent's code and its name), with the
    // counts added up the lineage.
    private static Dictionary<string, Node> Nodes(List<PlaceRow> rows)
    {
        var table = DivisionTable.Default;
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var lineage = table.Find(row.Code) is { } division ? table.Lineage(division).Select(d => Place.Of(d, table)).ToList() : [];
            if (lineage.Count == 0 || lineage[^1].Name != row.Name)
            {
                lineage.Add(new Place(row.Code, row.Name, row.Level, row.Path?.Split('/') ?? [row.Name]));
            }

            Node? parent = null;
            foreach (var place in lineage)
            {
                var key = place.Level is PlaceLevel.Village or PlaceLevel.Community ? $"{place.Code}/{place.Name}" : place.Code;
                if (!nodes.TryGetValue(key, out var node))
                {
                    node = new Node(key, place, parent);
                    nodes[key] = node;
                    parent?.Children.Add(node);
                }

                node.Total += row.Count;
                parent = node;
            }

            parent!.Count += row.Count;
        }

        return nodes;
    }

    // Kept per area by triggers on statistics (db/0017): grouping every statistic instead cost 2.8 s at 1.2 million.
    private const string ListSql = """
        SELECT place_code AS code, place_name AS name, place_level AS level, place_path AS path, count
        FROM place_counts
        """;

    private sealed record PlaceRow(string Code, string Name, string Level, string? Path, long Count);

    private sealed class Node(string key, Place place, Node? parent)
    {
        public string Key { get; } = key;
        public Node? Parent { get; } = parent;
        public List<Node> Children { get; } = [];
        public long Count { get; set; }
        public long Total { get; set; }

        public PlaceCount ToCount(bool withChildren) => new(place.Code, place.Name, place.Level, place.Path, Count, Total)
        {
            Children = withChildren ? Children.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.ToCount(true)).ToList() : null,
        };
    }
}
