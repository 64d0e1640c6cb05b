using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ContentApi.Articles;
using ContentApi.Series;

namespace ContentApi.ArticleBodies;

/// <summary>
/// The shape of a stored article body: a hash of the JSON contract of <see cref="ArticleDetail"/> (every property's
/// name, order and type, recursively). A build that adds, renames or drops a field writes another format, so the
/// bodies stored by an older build are not served by it but rendered again.
/// </summary>
internal static class ArticleBodyFormat
{
    // The contract does not show how a converter writes a value (a date's or a number's form): bump this when one changes,
    // or when what the renderer stores with a body changes. 2: it stores each statistic's body too (db/0019), and a body
    // of another format, written by a build that does not, takes its article's statistics' bodies with it. 3: it stores
    // each statistic as a point of a series too (db/0022). 4: it stores the points in a table of their own (db/0023), which
    // a build of revision 3, writing them beside the bodies, would leave behind a change it rendered. 5: it stores the
    // article's answer to include=sections too (db/0028), which a body of revision 4 lacks.
    private const int WriterRevision = 5;

    /// <summary>The format of the bodies this build writes: of the article, its statistics and their series points (<see cref="SeriesPoint"/>).</summary>
    public static string Current { get; } = Of(ApiJsonContext.Default.ArticleDetail, ApiJsonContext.Default.SeriesPoint);

    internal static string Of(params JsonTypeInfo[] roots)
    {
        var contract = new StringBuilder().Append(WriterRevision).Append(';').Append(roots[0].Options.DefaultIgnoreCondition);
        HashSet<Type> described = [];
        foreach (var root in roots)
        {
            Describe(root, contract, described);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contract.ToString())).AsSpan(0, 8));
    }

    private static void Describe(JsonTypeInfo type, StringBuilder contract, HashSet<Type> described)
    {
        // Names without assembly versions: a new build of the same contract keeps its format.
        contract.Append('{').Append(type.Type.Name).Append(':').Append(type.Kind);
        if (described.Add(type.Type))
        {
            foreach (var property in type.Properties)
            {
                contract.Append(' ').Append(property.Name).Append('@').Append(property.Order).Append('=');
                DescribeType(property.PropertyType, type.Options, contract, described);
            }

            if (type.ElementType is { } element)
            {
                contract.Append(" of ");
                DescribeType(element, type.Options, contract, described);
            }
        }

        contract.Append('}');
    }

    private static void DescribeType(Type type, JsonSerializerOptions options, StringBuilder contract, HashSet<Type> described)
    {
        if (options.TryGetTypeInfo(type, out var info))
        {
            Describe(info, contract, described);
        }
        else
        {
            contract.Append(type.Name);
        }
    }
}
