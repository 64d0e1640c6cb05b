using System.Collections.Frozen;

namespace ContentApi.Text.Statistics;

/// <summary>
/// The measure words (classifiers and units) that turn a numeral into a count of something: 955支, 94220人,
/// 5400余场. The unit reported is the word as written, except that 个百分点 is reported as 百分点.
/// </summary>
internal static class MeasureWords
{
    // The lexicon matches the longest word, so that 人次 wins over 人 and 平方公里 over 公里.
    private static readonly FrozenDictionary<string, string> Units = new (string Written, string Unit)[]
    {
        // 个百分点 is the difference of two percentages (提高3个百分点); the 个 is only grammar.
        ("个百分点", "百分点"), ("百分点", "百分点"),
        // People and households: 志愿者94220人, 模范20余位, 家庭205户, 人次 counts attendances, not persons.
        ("人次", "人次"), ("人", "人"), ("名", "名"), ("位", "位"), ("户", "户"),
        // Organisations and places: 40余家单位, 3所学校, 5座公园.
        ("家", "家"), ("所", "所"), ("座", "座"), ("处", "处"), ("栋", "栋"), ("幢", "幢"), ("间", "间"),
        // Events and repetitions: 5400余场, 场次 for performances, 3期培训班, 两轮评审.
        ("场次", "场次"), ("架次", "架次"), ("批次", "批次"), ("场", "场"), ("次", "次"), ("期", "期"), ("轮", "轮"), ("堂", "堂"), ("课时", "课时"),
        // General and shape classifiers: 3200余个心愿, 955支队伍, 12项措施, 6条道路.
        ("个", "个"), ("支", "支"), ("项", "项"), ("条", "条"), ("件", "件"), ("台", "台"), ("辆", "辆"), ("张", "张"),
        ("本", "本"), ("册", "册"), ("批", "批"), ("套", "套"), ("种", "种"), ("类", "类"), ("株", "株"), ("棵", "棵"),
        ("只", "只"), ("例", "例"), ("起", "起"), ("对", "对"), ("份", "份"), ("篇", "篇"), ("部", "部"), ("盏", "盏"),
        ("箱", "箱"), ("袋", "袋"), ("块", "块"), ("枚", "枚"), ("幅", "幅"), ("首", "首"), ("门", "门"),
        // Money, after the multiplier has been read into the value: 11万元 = 110000 元.
        ("美元", "美元"), ("欧元", "欧元"), ("元", "元"),
        // Measures of length, area, volume, weight, energy and time: 3.5公里, 1200平方米, 500亩, 24小时.
        ("平方公里", "平方公里"), ("平方米", "平方米"), ("立方米", "立方米"), ("公里", "公里"), ("千米", "千米"), ("米", "米"),
        ("公顷", "公顷"), ("亩", "亩"), ("吨", "吨"), ("千克", "千克"), ("公斤", "公斤"), ("千瓦时", "千瓦时"), ("千瓦", "千瓦"),
        ("小时", "小时"), ("分钟", "分钟"), ("天", "天"),
        // Concentrations, as air and water reports give them: 38微克/立方米.
        ("微克/立方米", "微克/立方米"), ("毫克/立方米", "毫克/立方米"), ("毫克/升", "毫克/升"), ("微克", "微克"), ("毫克", "毫克"),
        // A multiple: 增长3倍.
        ("倍", "倍"),
        // 兆 before an SI unit is the prefix mega (5兆瓦 = 5 megawatts), which the numeral scanner leaves to the unit.
        ("兆瓦时", "兆瓦时"), ("兆瓦", "兆瓦"), ("兆字节", "兆字节"), ("兆赫", "兆赫"),
    }.ToFrozenDictionary(word => word.Written, word => word.Unit);

    private static readonly Lexicon Written = new(Units.Keys);

    /// <summary>Whether the unit counts people or households (人, 名, 位, 户, 人次) rather than things or events.</summary>
    public static bool CountsPeople(string unit) => unit is "人" or "名" or "位" or "户" or "人次";

    /// <summary>Whether the unit makes a share or rate (%, 百分点, ‰), which no counted noun follows.</summary>
    public static bool IsRate(string unit) => unit is "%" or "百分点" or "‰";

    /// <summary>The unit and written length of the measure word at <paramref name="at"/>, or null when none is there.</summary>
    public static (string Unit, int Length)? At(string text, int at) =>
        Written.At(text, at) is { } word ? (Units[word], word.Length) : null;
}
