using System.Collections.Frozen;

namespace ContentApi.Text.Statistics.Categories;

/// <summary>
/// The measure words of objects: classifiers that agree with nouns of documents and things (本, 册, 份, 张, 条, 件, 台,
/// 部, 项), of rooms and blocks (间, 栋, 幢), of classes of a school (班), of lots and cases (宗) and of objects handled or
/// sent once each time (件次, 张次, 台次, 辆次), and the multiplier 倍 and speeds. A Chinese classifier agrees with the
/// class of its noun: bodies and places take 个, 家, 所, 支, 处 and 座, people take 人, 名 and 位, so a count in one of
/// these never counts bodies, volunteers or people who took part, whatever body or people word the phrase names
/// (9本驻村日记 are diaries, 大中小学作品4158件 works, 50多张凳子 stools, 中学24班 classes).
/// </summary>
internal static class ObjectMeasures
{
    // The classes of the measure-word table whose every unit counts objects, but for the exceptions below.
    private static readonly FrozenSet<string> Classes = new[] { MeasureClass.Things, MeasureClass.Documents, MeasureClass.Multiple, MeasureClass.Speed }.ToFrozenSet();

    // 个 counts anything, bodies too; 项目 is a headline's noun (贵阳1组织1项目入选), named by its own word; 对 counts
    // pairs, of people too (20对新人).
    private static readonly FrozenSet<string> NotObjects = new[] { "个", "项目", "对" }.ToFrozenSet();

    // Units of other classes that count objects: rooms and blocks (not 座 or 处, which count bodies' sites too:
    // 6处便民服务中心), classes of a school, lots and cases, and things or vehicles counted once each time.
    private static readonly FrozenSet<string> Others =
        new[] { "间", "栋", "幢", "班", "宗", "件次", "张次", "点次", "台次", "辆次", "艘次", "架次", "车次" }.ToFrozenSet();

    /// <summary>Whether <paramref name="unit"/> counts objects, never bodies or people.</summary>
    public static bool Count(string unit) =>
        Others.Contains(unit) || (!NotObjects.Contains(unit) && MeasureWords.Counts(unit) is { } counts && Classes.Contains(counts));
}
