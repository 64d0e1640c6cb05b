using System.Collections.Frozen;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.Places;

/// <summary>The words of <c>place-words.tsv</c>, by kind.</summary>
internal static class PlaceWords
{
    private static readonly IReadOnlyList<(string Kind, string Word, string Note)> Rows = Load();

    /// <summary>Words naming the whole country or world: 全国.</summary>
    public static readonly Lexicon National = new(Of("national").Concat(Of("world")));

    /// <summary>Words naming the world (全球), national words that are not the country's.</summary>
    public static readonly Lexicon World = new(Of("world"));

    /// <summary>The country's own name (中国): national only as the subject opening a clause.</summary>
    public static readonly Lexicon Country = new(Of("country"));

    /// <summary>Words right after 中国 that make it qualify a noun or head a name (中国式, 中国特色, 中国（深圳）).</summary>
    public static readonly Lexicon NotTheCountryAfter = new(Of("not-the-country-after"));

    /// <summary>Endings of a title 中国 heads, within a name's reach after it (中国葡萄之乡).</summary>
    public static readonly Lexicon CountryNameEndings = new(Of("country-name-ending"));

    /// <summary>Words besides a date that may stand between a clause's start and its subject: 随着, 在.</summary>
    public static readonly Lexicon SubjectPreface = new(Of("subject-preface"));

    /// <summary>Words after 全国 that make it part of an honour's name (全国冠军, 全国文明城市), not the whole country.</summary>
    public static readonly Lexicon HonourAfter = new(Of("honour-after"));

    /// <summary>Ordinary words that hold a place's name (长治久安, 真金白银, 大运城市).</summary>
    private static readonly string[] WordsHoldingPlaces = Of("word-holding-place").ToArray();

    /// <summary>Whether <paramref name="name"/>, found at <paramref name="at"/>, is part of an ordinary word there.</summary>
    public static bool IsInsideWord(string text, int at, string name)
    {
        foreach (var word in WordsHoldingPlaces)
        {
            for (var offset = word.IndexOf(name, StringComparison.Ordinal); offset >= 0; offset = word.IndexOf(name, offset + 1, StringComparison.Ordinal))
            {
                var start = at - offset;
                if (start >= 0 && start + word.Length <= text.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Words that end a company's name (公司), looked for further from its place than other bodies' endings.</summary>
    public static readonly Lexicon CompanyEndings = new(Of("company-ending"));

    /// <summary>Verbs that count companies (注册, 新增): before 公司 they make the words a sentence, not a name.</summary>
    public static readonly Lexicon CompanyVerbs = new(Of("company-verb"));

    /// <summary>Short names that are ordinary words (南岸 "south bank", 长寿 "long life"): read only in full (南岸区) or
    /// right after the place they lie in (宁波江北).</summary>
    public static readonly IReadOnlySet<string> OrdinaryWords = Of("ordinary-word").ToHashSet();

    /// <summary>Words after a short name that make it a road, a building or a company: 中山路.</summary>
    public static readonly Lexicon NotAPlaceAfter = new(Of("not-a-place-after"));

    /// <summary>Directions that may stand between a short name and a road's ending: 北 of 中山北路.</summary>
    public static readonly IReadOnlySet<char> StreetDirections = Of("street-direction").Select(word => word[0]).ToHashSet();

    /// <summary>Endings of a road's name after a direction: 路 of 中山北路, 大街 of 人民东大街.</summary>
    public static readonly Lexicon StreetEndings = new(Of("street-ending"));

    /// <summary>Words after a place that make it a news outlet's name: 深圳新闻网, 河南日报.</summary>
    public static readonly Lexicon OutletAfter = new(Of("outlet-after"));

    /// <summary>Endings of village and community names, with the level each gives: 村 → village.</summary>
    public static readonly IReadOnlyList<(string Ending, string Level)> LocalEndings =
        Rows.Where(row => row.Kind == "local").Select(row => (row.Word, row.Note)).ToArray();

    /// <summary>Characters no village name holds, function words mostly: 的失联村 is "the lost-contact village".</summary>
    public static readonly IReadOnlySet<char> NotInLocalName = Of("not-in-local-name").Select(word => word[0]).ToHashSet();

    /// <summary>Common nouns that end like a village or community (农村, 乡村): no name ends with them.</summary>
    public static readonly IReadOnlySet<string> CommonLocalNouns = Of("common-local-noun").ToHashSet();

    /// <summary>Words meaning the whole of an area of one level (全区, 我市), with the level each means.</summary>
    public static readonly FrozenDictionary<string, string> ScopeLevels =
        Rows.Where(row => row.Kind == "scope").ToFrozenDictionary(row => row.Word, row => row.Note, StringComparer.Ordinal);

    /// <summary>Words that begin with a scope word and are no scope (该区域 "this area", 全市场 "the whole market").</summary>
    public static readonly Lexicon NotAScope = new(Of("not-a-scope"));

    /// <summary>The scope words, to find them in a text.</summary>
    public static readonly Lexicon Scope = new(ScopeLevels.Keys);

    /// <summary>Verbs right before 全国 or 全球 that make it where something comes from or goes (来自, 销往, 覆盖), no scope.</summary>
    public static readonly Lexicon ReachBefore = new(Of("reach-before"));

    /// <summary>Words right before a place that make it where people went, or where one was born (驰援, 前往,
    /// 出生于): no place of a figure after them in the clause.</summary>
    public static readonly Lexicon DestinationBefore = new(Of("destination-before").Concat(Of("birthplace-before")));

    /// <summary>Words of birth or descent right before a place (出生于, 籍贯): one person's home, no place the article is about.</summary>
    public static readonly Lexicon BirthplaceBefore = new(Of("birthplace-before"));

    /// <summary>Endings of an event's name a few characters after 全球 or 全国 (大会, 论坛): 全球投资合作大会.</summary>
    public static readonly Lexicon EventEndings = new(Of("event-ending"));

    /// <summary>Words for one person right after a place (村民, 脱贫户, 保洁员): the place is that person's home.</summary>
    public static readonly Lexicon PersonNouns = new(Of("person-noun"));

    /// <summary>Words after a person noun that make it many people or a body (们, 委员会, 代表): 村民们, 居民委员会.</summary>
    public static readonly Lexicon NotOnePersonAfter = new(Of("not-one-person-after"));

    /// <summary>Heads of a title's or a name's noun phrase after 全国 or 全球 (示范村, 基地, 总部): 全国民主法治示范村.</summary>
    public static readonly Lexicon TitleHeads = new(Of("title-head"));

    /// <summary>Words of comparison or ranking right before a place: it is what a figure is measured against (高于全国).</summary>
    public static readonly Lexicon MeasureBefore = new(Of("measure-before"));

    /// <summary>Words before and after places that leave them out of what a sentence counts: 除 … 外 (除安徽外).</summary>
    public static readonly Lexicon ExclusionBefore = new(Of("exclusion-before"));

    /// <summary>The closing half of 除 … 外: 外, 以外, 之外.</summary>
    public static readonly Lexicon ExclusionAfter = new(Of("exclusion-after"));

    /// <summary>Regions spanning several provinces (京津冀, 长三角): no division holds them.</summary>
    public static readonly Lexicon MultiProvinceRegions = new(Of("multi-province-region"));

    /// <summary>Regions inside one province (珠三角, 苏南), with that province's full name.</summary>
    public static readonly FrozenDictionary<string, string> ProvinceRegionOf =
        Rows.Where(row => row.Kind == "province-region").ToFrozenDictionary(row => row.Word, row => row.Note, StringComparer.Ordinal);

    /// <summary>The regions inside one province, to find them in a text.</summary>
    public static readonly Lexicon ProvinceRegions = new(ProvinceRegionOf.Keys);

    /// <summary>Words after a region that make a national strategy's name (京津冀协同发展, 长三角一体化).</summary>
    public static readonly Lexicon RegionStrategyAfter = new(Of("region-strategy-after"));

    /// <summary>Words right after a scope word or 全国 that say where the subject ranks: 全省领先, 全市第二, 全国首个.</summary>
    public static readonly Lexicon RankAfter = new(Of("rank-after"));

    /// <summary>Words of equality after 与 and a place (与全国持平): the place is what the figure is compared with.</summary>
    public static readonly Lexicon EqualityAfter = new(Of("equality-after"));

    /// <summary>Verbs after a place opening a sentence that make it the sentence's subject (是, 位于, 地处).</summary>
    public static readonly Lexicon SubjectVerbs = new(Of("subject-verb"));

    /// <summary>Nouns of a kind of division that end an apposition after a place (直管市, 省会): 潜江，湖北省直管市，….</summary>
    public static readonly Lexicon DivisionNouns = new(Of("division-noun"));

    /// <summary>Verbs of being, winning or ranking a few characters before 全国 or a scope word (成为, 入选, 排在): a title or a rank.</summary>
    public static readonly Lexicon TitleVerbs = new(Of("title-verb-before"));

    /// <summary>Words ending a rank within a noun phrase after 全国 or a scope word (之一, 首位, 十大): 全国十大油田之一.</summary>
    public static readonly Lexicon RankEndings = new(Of("rank-ending"));

    /// <summary>Words right after a place that make it an organisation's name: 发改委 of 北京市发改委, 第三 of 延庆区第三小学.</summary>
    public static readonly Lexicon OrganisationRightAfter = new(Of("organisation-right-after"));

    /// <summary>Words ending an organisation's name a few characters after its place: 局 of 深圳市水务局.</summary>
    public static readonly Lexicon OrganisationEnding = new(Of("organisation-ending"));

    /// <summary>Words that end like an organisation and name none (开局, 格局): no organisation's name ends there.</summary>
    public static readonly Lexicon NotAnOrganisation = new(Of("not-an-organisation"));

    /// <summary>Words of a title or an honour a few characters after its issuer's place: 星级 of 江西省星级乡村旅游区.</summary>
    public static readonly Lexicon TitleAfter = new(Of("title-after"));

    /// <summary>Bodies of the central government and the Party centre (国务院, 最高检, 应急管理部): the subject of a national figure.</summary>
    public static readonly Lexicon CentralBodies = new(Of("central-body"));

    /// <summary>Words that may open a clause before its central body (近日由, a date): 日前由中宣部…联合评出.</summary>
    public static readonly Lexicon CentralBodyPreface = new(Of("central-body-preface"));

    /// <summary>Endings of a central body's branch or unit in an area: 总队 of 国家统计局某省调查总队.</summary>
    public static readonly Lexicon BranchEndings = new(Of("branch-ending"));

    /// <summary>
    /// Whether a branch's ending (or, with <paramref name="orAnOrganisation"/>, an organisation's) begins within
    /// <paramref name="reach"/> ideographs from <paramref name="at"/>: the name after a place or a body goes on to a
    /// branch of it (华容区|分局, 国家统计局某省|调查总队).
    /// </summary>
    public static bool BranchEndsWithin(string text, int at, int reach, bool orAnOrganisation = false)
    {
        for (var i = at; i < text.Length && i - at <= reach && Parsing.ChineseText.IsIdeograph(text[i]); i++)
        {
            if (BranchEndings.StartsAt(text, i) || (orAnOrganisation && OrganisationEnding.StartsAt(text, i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs of sending money, goods or people (下达, 调拨): what a central body sends is the receiving area's.</summary>
    public static readonly Lexicon SendingVerbs = new(Of("sending-verb"));

    /// <summary>Every row, for the shape test.</summary>
    internal static IReadOnlyList<(string Kind, string Word, string Note)> All => Rows;

    private static IEnumerable<string> Of(string kind) => Rows.Where(row => row.Kind == kind).Select(row => row.Word);

    private static List<(string, string, string)> Load() =>
        EmbeddedTsv.Rows("ContentApi.Text.Places.place-words.tsv").Select(cells => (cells[0], cells[1], cells[2])).ToList();
}
