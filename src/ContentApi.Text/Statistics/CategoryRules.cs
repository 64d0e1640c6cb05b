namespace ContentApi.Text.Statistics;

/// <summary>
/// Files a statistic under a category, from what it counts, its unit and the verb that introduced it. The rules
/// are tried in order: a subject or share carried from an earlier figure, units that settle the matter, the
/// head noun of the metric, any keyword of the metric and its verb, units that suggest a default.
/// </summary>
internal static class CategoryRules
{
    // Keyword classes, in order of precedence: an honour outranks the people holding it (模范典型代表 are honorees).
    private static readonly (string Category, string[] Keywords)[] Classes =
    [
        // 好人, 道德模范, 先进典型, 最美家庭, 入选…榜: people and groups honoured.
        (StatisticCategory.Honorees, ["好人", "模范", "典型", "先进", "表彰", "最美", "十佳", "优秀", "标兵", "劳模", "榜", "荣誉", "称号", "好少年", "评为", "当选", "入选", "获评", "推选", "评选"]),
        // 志愿者, 志愿服务队伍: volunteers and their teams.
        (StatisticCategory.Volunteers, ["志愿", "义工"]),
        // 孤寡老人, 困难群众, 心愿 of people in need: those who receive help.
        (StatisticCategory.Beneficiaries, ["受益", "惠及", "帮扶", "救助", "慰问", "困难", "孤寡", "老人", "儿童", "残疾", "低保", "留守", "心愿", "人群", "特困", "资助", "赡养"]),
        // 参与人数, 观众, 游客: people taking part.
        (StatisticCategory.Participants, ["参与", "参加", "人数", "观众", "游客", "听众", "受众", "学员", "报名"]),
        // 主题活动, 讲座, 培训: events held.
        (StatisticCategory.Activities, ["活动", "讲座", "宣讲", "培训", "比赛", "演出", "会议", "展览", "课程", "讲堂"]),
        // 文明单位, 企业, 社区: organisations and communities.
        (StatisticCategory.Organizations, ["单位", "企业", "社区", "机构", "组织", "学校", "商户", "站点", "阵地", "公司", "协会", "街道", "村"]),
        // 水体, 绿地, 空气, 垃圾: the environment.
        (StatisticCategory.Environment, ["水", "绿", "空气", "垃圾", "河", "湖", "林", "树", "污染", "排放", "生态", "环境", "碳", "浓度", "PM"]),
        // 产值, 投资, 销售额: money and output.
        (StatisticCategory.Economy, ["产值", "投资", "收入", "销售", "增加值", "税", "营业", "消费", "资金", "经济", "GDP", "金额", "就业", "失业", "零售", "物价", "市场主体", "重点项目", "开工", "竣工", "招商"]),
        // 道路, 电梯, 老旧小区改造: built works.
        (StatisticCategory.Infrastructure, ["道路", "公里", "电梯", "改造", "管网", "小区", "住宅", "桥", "停车", "设施", "工程", "公园", "基站", "泊位"]),
    ];

    /// <summary>The category of a statistic with <paramref name="metric"/>, <paramref name="evidence"/> (metric and verb) and <paramref name="unit"/>.</summary>
    public static string Decide(string metric, string evidence, string unit, SentenceStatistic? carriedFrom, SentenceStatistic? shareOf)
    {
        // 已经被认领2670余个 continues 征集微心愿3200余个: the carried subject keeps its category.
        if (carriedFrom is not null)
        {
            return carriedFrom.Category;
        }

        // 志愿者94220人，超过全区常住人口数的20%: a share of the population describes the figure before it.
        if (shareOf is not null)
        {
            return shareOf.Category;
        }

        var category = UnitCategory(unit) ?? HeadCategory(metric) ?? KeywordCategory(metric + evidence) ?? DefaultCategory(unit) ?? StatisticCategory.Other;
        // A count of people is never a count of events, whatever verb brought them (培训指导员1300名): they took part.
        return category == StatisticCategory.Activities && MeasureWords.CountsPeople(unit)
            ? StatisticCategory.Participants
            : category;
    }

    // 人次 counts attendances, 场 events, 家 organisations, whatever the noun: 开展志愿服务活动5400余场 is activities.
    private static string? UnitCategory(string unit) => unit switch
    {
        "人次" => StatisticCategory.Participants,
        "场" or "场次" => StatisticCategory.Activities,
        "家" => StatisticCategory.Organizations,
        "元" or "美元" or "欧元" => StatisticCategory.Economy,
        _ => null,
    };

    // The last word of a compound decides: 好人社区 is a community, 街道级好人 a person honoured. A head that only
    // measures (人数, 数量, 总数) defers to what it measures: 注册志愿者人数 counts volunteers; 观展人数, with nothing
    // telling before it, is still read as people taking part by the keywords.
    private static string? HeadCategory(string metric)
    {
        foreach (var measure in MeasuringHeads)
        {
            if (metric.Length > measure.Length && metric.EndsWith(measure, StringComparison.Ordinal))
            {
                metric = metric[..^measure.Length];
                break;
            }
        }

        return FirstClass(keyword => metric.EndsWith(keyword, StringComparison.Ordinal));
    }

    private static readonly string[] MeasuringHeads = ["总人数", "人数", "数量", "总数", "总量", "规模"];

    private static string? KeywordCategory(string words) => FirstClass(keyword => words.Contains(keyword, StringComparison.Ordinal));

    private static string? FirstClass(Func<string, bool> matches)
    {
        foreach (var (category, keywords) in Classes)
        {
            if (keywords.Any(matches))
            {
                return category;
            }
        }

        return null;
    }

    // With no telling word, the unit suggests the field: 次/期 are occasions, 吨/亩 land and waste, 公里/平方米 built works.
    private static string? DefaultCategory(string unit) => unit switch
    {
        "次" or "期" or "轮" => StatisticCategory.Activities,
        "所" => StatisticCategory.Organizations,
        "吨" or "亩" or "公顷" or "株" or "棵" => StatisticCategory.Environment,
        "公里" or "千米" or "米" or "平方米" or "平方公里" or "座" => StatisticCategory.Infrastructure,
        _ => null,
    };
}
