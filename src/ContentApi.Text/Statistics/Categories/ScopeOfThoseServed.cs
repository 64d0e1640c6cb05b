using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics.Categories;

/// <summary>
/// A scope between a preposition of those served (为, 对) and their count, which only narrows who they are: in Chinese
/// the preposition's object is the whole phrase [place or group] + count + noun. The scope is a place of the divisions or
/// settlements, however the place table knows it (为社区30名户外工作者, 为某某村及相邻村庄100余名“三留守”人员, 对村里12名
/// 大学新生), a noun with the locative 内 or 里 (为场馆内400余名工作人员, 为区域内203户独居老人), a count of places
/// (为75个社区2100余位老人), or a group noun in apposition (为当地重点优抚对象200户家庭). A run that holds a verb says
/// something else (为扩大生产新招收了30名工人).
/// </summary>
internal static class ScopeOfThoseServed
{
    // The words that end a place of the divisions or settlements: 社区, 小区, 街道, 村庄, 片区, 村, 街, 镇, 乡, 区, 县, 市, 省, 屯, 组.
    private static readonly string[] PlaceEnds = CategoryCues.Words("scope-place-end");

    // What may open the scope before its place: 该, 本, 各, 全, 相邻, 辖区, 当地.
    private static readonly string[] Openings = CategoryCues.Words("scope-opening");

    // The heads of a group of people named in apposition before their count: 对象, 群体.
    private static readonly string[] GroupHeads = CategoryCues.Words("scope-group");

    // The locatives after a place or a noun: 内, 里, 中.
    private const string Locatives = "内里中";
    private const string NounLocatives = "内里";

    // What joins two places of one scope: 及, 和, 、.
    private const string Joiners = "及和、";

    private const int MaxPlace = 6;
    private const int MaxNounBeforeLocative = 4;
    private const int MaxGroup = 8;
    private const string PlacesCounted = "个";

    private static readonly CategoryLexicon Lexicon = CategoryLexicon.Default;
    private static readonly Lexicon PredicateVerbs = new(MetricWordList.Words("predicate-verbs"));

    /// <summary>Whether <paramref name="scope"/>, written between 为 or 对 and a count of people, only narrows who they are.</summary>
    public static bool Narrows(string scope)
    {
        if (scope.Length == 0 || HoldsAVerb(scope))
        {
            return false;
        }

        if (scope.Length <= MaxNounBeforeLocative + 1 && scope.Length > 1 && NounLocatives.Contains(scope[^1]))
        {
            return true;
        }

        var words = scope.AsSpan();
        words = words[StartLength(words)..];
        if (EndsWithAny(words, GroupHeads) && words.Length <= MaxGroup)
        {
            return true;
        }

        if (IsACountOfPlaces(scope))
        {
            return true;
        }

        words = Locatives.Contains(words[^1]) && words.Length > 1 ? words[..^1] : words;
        foreach (var place in words.ToString().Split(Joiners.ToCharArray()))
        {
            if (!IsAPlace(place))
            {
                return false;
            }
        }

        return true;
    }

    // The length of the opening word of the scope (该, 辖区), or 0.
    private static int StartLength(ReadOnlySpan<char> words)
    {
        foreach (var opening in Openings)
        {
            if (words.StartsWith(opening, StringComparison.Ordinal) && words.Length > opening.Length)
            {
                return opening.Length;
            }
        }

        return 0;
    }

    // 群建村, 沿湖村（社区）, 相邻村庄: a short run ending in a word of the divisions or settlements, with its bracket dropped.
    private static bool IsAPlace(string place)
    {
        var bracket = place.IndexOf('（');
        place = bracket > 0 && place.EndsWith('）') ? place[..bracket] : place;
        var words = place.AsSpan();
        words = words[StartLength(words)..];
        return words.Length > 0 && words.Length <= MaxPlace && EndsWithAny(words, PlaceEnds);
    }

    // 75个社区: one count of places in 个, a word of the divisions after it.
    private static bool IsACountOfPlaces(string scope)
    {
        if (!Numbers.NumeralScanner.TryRead(scope, 0, out var numeral) || numeral.End >= scope.Length)
        {
            return false;
        }

        var at = scope[numeral.End] is '余' or '多' ? numeral.End + 1 : numeral.End;
        return scope.AsSpan(at).StartsWith(PlacesCounted, StringComparison.Ordinal) && IsAPlace(scope[(at + PlacesCounted.Length)..]);
    }

    private static bool HoldsAVerb(string scope)
    {
        for (var at = 0; at < scope.Length; at++)
        {
            if (PredicateVerbs.StartsAt(scope, at) || Lexicon.VerbEndingAt(scope, at + 1) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
