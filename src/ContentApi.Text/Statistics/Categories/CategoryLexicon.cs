using System.Collections.Frozen;

namespace ContentApi.Text.Statistics.Categories;

/// <summary>How a word of the category lexicon tells a category (the roles are described in category-lexicon.tsv).</summary>
internal enum CategoryRole
{
    Noun,
    Measure,
    Person,
    Title,
    Outcome,
    Verb,
    Unit,
    UnitDefault,
    Whole,
}

/// <summary>One row of the category lexicon: a word, the category it tells (null for none) and how it tells it.</summary>
internal sealed record CategoryWord(string Word, string? Category, CategoryRole Role, string Source);

/// <summary>
/// The category lexicon, read from the embedded <c>category-lexicon.tsv</c>: the words of a counted phrase (nouns,
/// measuring heads, people, titles, outcomes), the verbs that introduce a count, and the units. The rules that read
/// it are <see cref="CategoryRules"/>.
/// </summary>
internal sealed class CategoryLexicon
{
    /// <summary>The roles as the file spells them.</summary>
    public static readonly FrozenDictionary<string, CategoryRole> Roles = new Dictionary<string, CategoryRole>
    {
        ["noun"] = CategoryRole.Noun,
        ["measure"] = CategoryRole.Measure,
        ["person"] = CategoryRole.Person,
        ["title"] = CategoryRole.Title,
        ["outcome"] = CategoryRole.Outcome,
        ["verb"] = CategoryRole.Verb,
        ["unit"] = CategoryRole.Unit,
        ["unit-default"] = CategoryRole.UnitDefault,
        ["whole"] = CategoryRole.Whole,
    }.ToFrozenDictionary();

    /// <summary>Where a word may come from, as the file's header explains.</summary>
    public static readonly IReadOnlyList<string> Sources = ["annotation", "gbt4754", DivisionSource, "news"];

    /// <summary>The source of the words that are levels of the administrative divisions (乡, 镇, 村, 社区).</summary>
    public const string DivisionSource = "division";

    private const string ResourceName = "ContentApi.Text.category-lexicon.tsv";

    private readonly FrozenDictionary<string, CategoryWord>.AlternateLookup<ReadOnlySpan<char>> _phraseWords;
    private readonly FrozenDictionary<string, CategoryWord>.AlternateLookup<ReadOnlySpan<char>> _verbs;
    private readonly FrozenDictionary<string, CategoryWord> _units;
    private readonly FrozenDictionary<string, CategoryWord> _wholes;
    private readonly FrozenSet<char> _phraseEnds;
    private readonly FrozenSet<char> _verbEnds;
    private readonly int _longest;

    public CategoryLexicon(IReadOnlyList<CategoryWord> rows)
    {
        _phraseWords = rows.Where(row => Table(row.Role) == "phrase").ToFrozenDictionary(row => row.Word).GetAlternateLookup<ReadOnlySpan<char>>();
        _verbs = rows.Where(row => Table(row.Role) == "verb").ToFrozenDictionary(row => row.Word).GetAlternateLookup<ReadOnlySpan<char>>();
        _units = rows.Where(row => Table(row.Role) == "unit").ToFrozenDictionary(row => row.Word);
        _wholes = rows.Where(row => Table(row.Role) == "whole").ToFrozenDictionary(row => row.Word);
        _phraseEnds = rows.Where(row => Table(row.Role) == "phrase").Select(row => row.Word[^1]).ToFrozenSet();
        _verbEnds = rows.Where(row => Table(row.Role) == "verb").Select(row => row.Word[^1]).ToFrozenSet();
        _longest = rows.Max(row => row.Word.Length);
    }

    /// <summary>The lexicon embedded in the library.</summary>
    public static CategoryLexicon Default { get; } = new(ReadEmbedded());

    /// <summary>
    /// The table a role's words are looked up in: a word is unique within its table (the same word may be a noun of
    /// the phrase and a verb, 投资, but not two nouns).
    /// </summary>
    public static string Table(CategoryRole role) => role switch
    {
        CategoryRole.Verb => "verb",
        CategoryRole.Unit or CategoryRole.UnitDefault => "unit",
        CategoryRole.Whole => "whole",
        _ => "phrase",
    };

    /// <summary>The longest word of a counted phrase (noun, measure, person, title, outcome) that ends at <paramref name="end"/>.</summary>
    public CategoryWord? PhraseWordEndingAt(ReadOnlySpan<char> text, int end) => EndingAt(_phraseWords, _phraseEnds, text, end);

    /// <summary>
    /// Whether any word of a counted phrase in <paramref name="role"/> ends at <paramref name="end"/>, also inside a longer
    /// word of another role (儿童 in 留守儿童, which <see cref="PhraseWordEndingAt"/> answers with the noun).
    /// </summary>
    public bool HasPhraseWordEndingAt(ReadOnlySpan<char> text, int end, CategoryRole role)
    {
        if (end <= 0 || !_phraseEnds.Contains(text[end - 1]))
        {
            return false;
        }

        for (var length = Math.Min(_longest, end); length > 0; length--)
        {
            if (_phraseWords.TryGetValue(text[(end - length)..end], out var word) && word.Role == role)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The longest word of a counted phrase that begins at or before <paramref name="start"/> and ends after
    /// <paramref name="end"/>: the longer word the characters from start to end stand in (安置点 around 安置), or null.
    /// </summary>
    public CategoryWord? PhraseWordAround(ReadOnlySpan<char> text, int start, int end)
    {
        for (var wordEnd = Math.Min(text.Length, start + _longest); wordEnd > end; wordEnd--)
        {
            if (PhraseWordEndingAt(text, wordEnd) is { } word && wordEnd - word.Word.Length <= start)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The longest introducing verb that ends at <paramref name="end"/>.</summary>
    public CategoryWord? VerbEndingAt(ReadOnlySpan<char> text, int end) => EndingAt(_verbs, _verbEnds, text, end);

    /// <summary>The row of a word that tells its category only as the whole counted phrase (市, 区, 省), or null.</summary>
    public CategoryWord? WholePhrase(string phrase) => _wholes.GetValueOrDefault(phrase);

    /// <summary>The row of a unit, or null when the unit tells nothing.</summary>
    public CategoryWord? Unit(string unit) => _units.GetValueOrDefault(unit);

    /// <summary>The rows of a lexicon file; comment lines start with #, the first other line is the column header.</summary>
    public static List<CategoryWord> Parse(TextReader reader)
    {
        var rows = new List<CategoryWord>();
        var header = true;
        for (var (line, number) = (reader.ReadLine(), 1); line is not null; (line, number) = (reader.ReadLine(), number + 1))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (header)
            {
                header = false;
                if (columns is not ["word", "category", "role", "source"])
                {
                    throw new FormatException($"line {number}: the header must be word, category, role, source");
                }

                continue;
            }

            rows.Add(Row(columns, number));
        }

        return rows;
    }

    private static CategoryWord Row(string[] columns, int number)
    {
        if (columns is not [var word, var category, var role, var source] || word.Length == 0)
        {
            throw new FormatException($"line {number}: a row has four tab-separated columns and a word");
        }

        if (!Roles.TryGetValue(role, out var parsedRole))
        {
            throw new FormatException($"line {number}: unknown role '{role}'");
        }

        if (category != "-" && !StatisticCategory.All.Contains(category))
        {
            throw new FormatException($"line {number}: unknown category '{category}'");
        }

        if (!Sources.Contains(source))
        {
            throw new FormatException($"line {number}: unknown source '{source}'");
        }

        return new CategoryWord(word, category == "-" ? null : category, parsedRole, source);
    }

    /// <summary>The text of the embedded lexicon file.</summary>
    public static TextReader OpenEmbedded() =>
        new StreamReader(typeof(CategoryLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the resource {ResourceName} is missing from the library"));

    private static List<CategoryWord> ReadEmbedded()
    {
        using var reader = OpenEmbedded();
        return Parse(reader);
    }

    // Most characters end no word, so one set lookup spares the dictionary lookups of every length.
    private CategoryWord? EndingAt(FrozenDictionary<string, CategoryWord>.AlternateLookup<ReadOnlySpan<char>> words, FrozenSet<char> ends, ReadOnlySpan<char> text, int end)
    {
        if (end <= 0 || !ends.Contains(text[end - 1]))
        {
            return null;
        }

        for (var length = Math.Min(_longest, end); length > 0; length--)
        {
            if (words.TryGetValue(text[(end - length)..end], out var word))
            {
                return word;
            }
        }

        return null;
    }
}
