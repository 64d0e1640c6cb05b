using System.Collections.Frozen;
using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics;

/// <summary>A statistic already read in the current sentence, which a later one may share its subject or category with.</summary>
internal sealed record SentenceStatistic(FoundNumber Number, string Subject, string Category, int MetricEnd);

/// <summary>
/// What a statistic counts, as a phrase from the text, and the verb that introduced it (kept as evidence for the
/// category). <see cref="Subject"/> is the metric without the action a carried-over subject is marked with, and
/// <see cref="CarriedFrom"/> the earlier statistic it was carried from.
/// </summary>
internal sealed record MetricReading(string Metric, string Subject, string Evidence, int End, SentenceStatistic? CarriedFrom);

/// <summary>
/// Finds the counted thing of a statistic. Chinese puts it either after the measure word (赡养13位孤寡老人: the
/// noun follows) or before the number (注册志愿者94220人: the noun leads); when neither is there, the subject
/// of an earlier figure in the sentence carries over (征集微心愿3200余个，已经被认领2670余个).
/// </summary>
internal static class MetricFinder
{
    // The length a metric is cut to, from its end; StartOfLongPhrase may keep up to MaxCharactersKeptBack more to start
    // at a word.
    internal const int MaxMetricLength = 16;

    // How far a relative clause between a count and its noun may run (11名|在宝鸡市渭滨区神农镇益门堡村二组桥下纳凉的|群众).
    private const int RelativeClauseReach = 24;

    // Adverbs of manner that begin with 有, which is then no verb of having: 已有序转移7716人, 有效处置3起.
    private static readonly string[] MannerAdverbsWithYou = ["有序", "有效", "有力", "有偿"];

    // Verbs that introduce what is counted; the metric is what follows the last of them: 开展|各类文明实践志愿服务活动.
    private static readonly string[] IntroducingVerbs =
    [
        "开展", "组织", "举办", "举行", "征集", "推选", "评选", "选出", "评出", "打造", "建成", "完成", "发放", "募集", "招募", "吸引",
        "带动", "帮助", "救助", "慰问", "走访", "培训", "覆盖", "惠及", "新增", "新建", "收集", "发布", "培育", "培养", "涌现出", "涌现",
        "表彰", "命名", "认定", "设立", "成立", "引进", "实施", "开设", "投入", "筹集", "接待", "接诊", "受理", "办理", "解决", "提供",
        "资助", "捐赠", "种植", "清理", "拆除", "修建", "铺设", "安装", "服务了", "帮扶", "创建", "产生", "实现",
        "送去", "送上", "送出", "送来", "赠送", "捐献", "分发", "配送", "配备", "派出", "投放", "组建", "建立", "发动", "动员",
        "栽植", "栽种", "推荐", "安排", "接听", "接到", "接报", "收到", "处理", "化解", "排查", "调解",
        "任命", "聘任",
        // 判处被告人武某等14人有期徒刑, 判处该公司罚金40万元: who is sentenced, or the sentence, is counted.
        "判处",
        // 副院长带领医护人员一行十余人: who is led is counted, not the leader.
        "带领", "率领",
        // 购买滞销毛豆500斤, 携带卫星电话1部, 调拨帐篷300顶: what is bought, carried or moved is counted.
        "购买", "采购", "携带", "运送", "调运", "调拨",
        // 给予不超过10万元的奖励: what is given is counted, not the giving.
        "给予", "布置", "明确", "开立",
        // 该区共有个体工商户1.1万户, 公司现有分支机构40家: what follows a verb of having is what is counted, what leads
        // it is who has them.
        "共有", "现有", "拥有",
        // 项目配有机动车车位169个: a verb of equipping is one of having, and so is one of planting (种有翠冠梨220亩).
        "配有", "设有", "建有", "种有",
        // 公司已孵化鱼苗1000万尾: what is hatched is counted.
        "孵化",
        // 在路口设置检查点30个, 青年组设置一等奖1名: what is set up is counted, as after 设立 (设置 begins no noun).
        "设置",
    ];

    // The same verbs, to find any of them inside a run of words in one pass (after IntroducingVerbs, as static fields are
    // set in the order they are written).
    private static readonly System.Buffers.SearchValues<string> IntroducingVerbsInWords =
        System.Buffers.SearchValues.Create(IntroducingVerbs, StringComparison.Ordinal);

    // Words that only say how sure or how soon a figure is (将力争到2025年|注册志愿者人数): they are not what it counts.
    // 计划 and 规划 are among them only before a time or another such word (see NamesPlannedFigure).
    private static readonly string[] ModalWords = ["将", "力争", "争取", "预计", "拟", "确保", "有望", "到", "至", "截至", "截止"];

    // 计划开工项目173个，实际开工188个: 计划 (or 规划, "plan") right before the verb of the figure names the planned
    // quantity, another one than the actual; before a time, a place or a modal word (计划到2025年, 规划到2035年, 计划在三年
    // 时间里) it only says how sure the figure is. Both are two characters long.
    private static readonly string[] PlanWords = ["计划", "规划"];
    private const int PlanWordLength = 2;
    private const string NotPlannedFigureStarts = "到在于从将今明年至内用";

    // Adverbs of a total: kept before a bare verb, which alone names too little (累计投入7.59亿元, not 投入); after a
    // count they open its predicate (ForwardStops).
    private static readonly string[] TotalAdverbs = ["累计", "共计", "合计", "总计", "一共", "总共"];

    // The adverbs of a total and 共, which is one when a verb follows (共接报, 共开展).
    private static readonly string[] TotalWords = [.. TotalAdverbs, "共"];

    // 政协委员工作站目前已成立235家: 已 before the verb that ends the words marks them done, as a total's adverb marks them
    // summed; the words before it are the topic, which is what is counted.
    private static readonly string[] CompletedAspect = ["已经", "已"];

    // 目前已, 现已: a word of now before 已 says when, not what.
    private static readonly string[] NowBeforeCompleted = ["目前", "如今", "现"];

    // Words of an average that name a figure together with the noun it describes: 平均1米/秒的步速 is 平均步速.
    private static readonly string[] AverageWords = ["平均", "人均", "户均", "日均", "年均", "亩均"];

    // After AverageWords and TotalAdverbs: static fields are set in the order they are written.
    private static readonly string[] AveragesAndTotals = [.. AverageWords, .. TotalAdverbs];

    // Verbs of a change to a new level (从3.16m/s涨至23.6m/s) and of cause (滑坡7000m³导致村道受阻): data files.
    private static readonly string[] ChangeToVerbs = MetricWordList.Words("change-to-verbs");
    private static readonly string[] CausalVerbs = MetricWordList.Words("causal-verbs");

    // A count of groups in digits at the end of the words before a figure: 医疗救援队伍22组.
    private static readonly System.Text.RegularExpressions.Regex GroupsAtEnd = new(@"[0-9０-９]+组$");

    // A clock time at the end of the words before a figure (从20时35分的3.16m/s): when it was read, not what.
    private static readonly System.Text.RegularExpressions.Regex ClockTimeAtEnd = new(@"[0-9０-９]{1,2}[时点](?:[0-9０-９]{1,2}分)?(?:许|左右)?$");

    // 增速高于全国, 高出全国水平, 涨幅低于全省平均水平: a figure's rate against a reference (the country, an average,
    // another measure), with nothing counted of its own: the rate is of the subject before.
    private static readonly System.Text.RegularExpressions.Regex ComparisonWithAReference =
        new(@"^(?:增速|增幅|涨幅|降幅)?(?:高于|低于|高出|低出|超出|快于|慢于)[^0-9０-９]{1,12}$");

    // The words that compare a figure with a base: 同比, 环比, 相比, 相较, 较, 比.
    private const string ComparisonWords = @"(?:[环同]比|相比|相较|较|比)";

    // 较2021年, 比上年同期, 较去年, 较上一期, 比一季度, 较年初, 环比6月, 较常年同期, 比历史同期, 较上年末, 较3年前, 相比去年: the
    // base of a change written after the counted thing, at the end of its words (常年, 历史, 多年: the normal of weather
    // and water reports; 末 and 底: a year's end in financial reports).
    private static readonly System.Text.RegularExpressions.Regex ComparisonBaseAtEnd = new(ComparisonWords + @"(?:(?:[0-9０-９]{4}年|去年|上年)(?:同期|末|底)?|前年|上月|上季度|上一?期|同期|[一二三四1-4１-４]季度|上半年|年初|[0-9０-９]{1,2}月份?|[0-9０-９一二三四五六七八九十两]{1,2}年前|(?:常年|历史|多年)(?:同期)?(?:平均)?)$");

    // The words before a figure without the comparison at their end and the change and its degree after it: 同比上涨,
    // 比一季度加快, 较2021年.
    private static ReadOnlySpan<char> WithoutComparison(ReadOnlySpan<char> lead)
    {
        var unchanged = Trim(lead, ChangeVerbsAndDegrees, fromEnd: true);
        // 同比增, 比上年降: a change of one character, as headlines and releases shorten 增长 and 下降, only right after a
        // comparison (增 alone ends 新增 and 净增, which introduce what is counted). 比去年高, 比上年同期少: so is an adjective
        // of comparison there, which says which way the measure moved (alone it ends words: 最高, 至少).
        unchanged = unchanged.Length == lead.Length && lead.Length > 1 && (ChangesOfOneCharacter.Contains(lead[^1]) || ComparisonAdjectives.Contains(lead[^1..].ToString()))
            && (lead[..^1].EndsWith("同比") || lead[..^1].EndsWith("环比") || FirstMatch(ComparisonBaseAtEnd, lead[..^1]).Index > 0)
            ? lead[..^1]
            : unchanged;
        if (unchanged.Length < lead.Length && (unchanged.EndsWith("同比") || unchanged.EndsWith("环比")))
        {
            return unchanged[..^2];
        }

        return FirstMatch(ComparisonBaseAtEnd, unchanged).Index is var compared and > 0 ? unchanged[..compared] : lead;
    }

    // A year, or its end or start, or now, closing the words before a number: 增长到2021年的5.2万人, 发展到如今的30多家,
    // 增加到今年的12户.
    private static readonly System.Text.RegularExpressions.Regex TimeOfLevelAtEnd = new(@"(?:[0-9０-９]{4}年(?:底|末|初)?|如今|目前|现在|当前|今年)$");

    // The peak or record a change reaches, written before its figure (从800立方米/秒上涨到峰值3000立方米/秒): a level, no
    // thing counted. Only after a change-to verb: elsewhere it is part of what is measured (用电负荷峰值).
    private static readonly string[] LevelsReached = ["峰值", "最高值", "历史新高", "新高"];

    // What may follow a year the figure is aimed at: 2025年底, 2025年前.
    private static readonly string[] YearEnds = ["底", "末", "前", "内", "以来", "起"];

    // How a figure compares with a period before, in the statistics bureau's words: 比一季度快0.3个百分点, 较上年低1.2个
    // 百分点. Only after 比 or 较 and a period (IsComparison): alone they end too many words (快递, 高新).
    private static readonly string[] ComparisonAdjectives = ["快", "慢", "高", "低", "多", "少"];

    // The normal of a series, compared against: 多年平均数量, 常年平均值, 历年平均水平.
    private static readonly System.Text.RegularExpressions.Regex NormalAsABase = new(@"^(?:多年|常年|历年)平均(?:数量|水平|值|数)?$");

    // Earlier periods a change is measured from or against (较去年增长两成, 从上年的85%): they name no thing of their own.
    // So is the budget set at the year's start in a fiscal report (公务接待费182万元，比年初预算下降91.4%).
    private static readonly string[] EarlierPeriods = ["去年同期", "上年同期", "去年", "上年", "前年", "上月", "上季度", "上一期", "上期", "往年", "同期", "年初预算", "年初", "原来", "原先", "过去", "最初", "当初", "起初", "此前", "以前"];

    // "Lasting", which links a duration to what lasts (培训为期3天) and, before 的, to the noun it describes.
    private const string Lasting = "为期";

    // Verbs of a change against an earlier period: 比1季度扩大 (a data file). Before LinkingVerbs, which holds them.
    private static readonly string[] ChangeVerbs = MetricWordList.Words("change-verbs");

    // 交易额高达3万亿元, 水深最高达6米, 活动多达60场: an amount that reaches the figure. (长达, 重达 and 深达 are not
    // here: they end 时长, 比重 and 水深 more often than they follow a noun.) Before LinkingVerbs and ReachingVerbs, which
    // hold them.
    private static readonly string[] AmountsReached = ["高达", "最高达", "多达"];

    // Linking verbs between the counted thing and the number (队伍达到955支, 覆盖率提高到26.5%, 投资完成86亿元), and 的 of a
    // share (人口数的20%).
    private static readonly string[] LinkingVerbs =
        ["的", "等",
        // 罚款人民币4万元: the currency named before its amount is no part of what is counted.
        "人民币",
        .. AmountsReached,
        // 生产总值站上2000亿元台阶, GDP迈上6000亿元: a level stepped onto is reached, as 达 reaches it.
        "迈上", "站上", "跃上", "跨上",
        // 待安置群众还有30人: "there are also"; 12台机组中有10台: "among them there are"; 拘留、拘传被执行人各2人: "each";
        // 科技特派员仅10人: "only".
        "还有", "中有", "各", "仅有", "只有", "仅",
        // 车上一共有8人: a total's adverb with 有, whole (共有 alone would leave its 一); 全村现有62户: "now has", whole (有
        // alone would leave 现).
        "一共有", "总共有", "现有",
        // 培训为期3天, 举办为期5天的展会: "lasting" links a duration to what lasts.
        Lasting,
        "已经", "已", "完成", "实现", "达到", "控制在", "保持在", "稳定在", "同比", "环比", "按季", "按月", "分别", "预计", "预期", "到", "约为", "共有", .. TotalAdverbs, "突破", "超过", "达", "为", "是", "有", "共", "占", "约", "近", "逾", "了",
        // 服务价格上涨0.7%, 涨幅回落0.2个百分点, 同比增长: every verb of a change links its subject to how much it changed,
        // after 转为 (由上月下降3.4%转为上涨2.3%: "turned to") too.
        "转为", .. ChangeVerbs];

    // How much a change was (大幅, 略有): read away with the change verb after it, 同比大幅增长 (a data file).
    private static readonly string[] DegreeAdverbs = MetricWordList.Words("degree-adverbs");

    private static readonly string[] LinkingVerbsAndDegrees = [.. LinkingVerbs, .. DegreeAdverbs];

    // Conjunctions that join a clause to the one before: 但, 并. (Before LeadingFillers, which spreads them.)
    private static readonly string[] Conjunctions = ["但", "并"];

    // 而同比下降: 而 joins a comparison to the figure before too; it is no leading filler, which would cut 而且 to 且.
    private static readonly string[] ConjunctionsBeforeAComparison = [.. Conjunctions, "而"];

    // 按可比价格计算同比增长5.6%, 扣除价格因素实际增长4.2%: the prices a change is computed at (comparable or current, or
    // with the change of prices taken out) are its method, not its subject.
    private static readonly string[] PricesComputedAt =
        ["按可比价格计算", "按可比价计算", "按可比价格", "按可比价", "按当年价格", "按现价", "可比价格", "扣除价格因素后", "扣除价格因素"];

    // Words before the counted thing that only scope or qualify it: 各类活动, 全区40余家, 其中11人, 已经被认领.
    private static readonly string[] LeadingFillers =
    [
        "其中", "尤其是", "特别是", "包括",
        // 据初步统计受损房屋120间, 整整8个小时: the source of a figure, or how whole it is, says nothing of what it counts.
        "据初步统计", "初步统计", "据统计", "经统计", "整整", "短短",
        .. PricesComputedAt,
        // 经过8个小时的紧急救援: "after" a time names nothing counted; the noun the time describes does. So does 关于 or 对于
        // ("about") before a figure that describes a noun (关于880元的横幅制作费).
        "经过", "关于", "对于",
        // 共同承担赔偿金: "together" (共 alone would leave its 同).
        "共同", .. TotalAdverbs, "已经", "各类", "各种", "各项", "各级", "全区", "全市", "全县", "全镇", "全省",
        // 该市助学贷款人数: 该 and a level is "this city", a scope as 全市 is; before 该 alone, which would leave the level.
        "该区", "该市", "该县", "该镇", "该省", "该乡", "该村",
        "超过", "不到", "不足", "共", "已", "被", "各", "等", "了", "的",
        // 并处罚金5000元, 并分别奖励3000元, 但环比上涨0.2%: conjunctions that join the clause to the one before; so do
        // 而 and 而且 (而作为家庭收入主要来源的经营净收入), listed whole so that 而且 is not cut to 且.
        "并处", .. Conjunctions, "而且", "而是", "而",
        // 已有序转移7716人: an adverb of manner (有 alone would leave its 序).
        .. MannerAdverbsWithYou,
        // 另有优秀奖10名: "besides, there are" (有 alone would leave its 另).
        "另有",
        "有",
        // 这次公司需招工300人: "this time" scopes the figure as 本次 does.
        "这次", "此次", "本次",
        // 相当于减少碳排放6万吨: "equivalent to" restates the figure before; what follows it is what is counted.
        "相当于",
        "这里", "这", "该", "和", "与", "以及", "及", "或", "、", "约", "近", "逾",
        // 降雨是常年年均降雨量的60%: the copula after the clause before; 是否 and 是非 begin no counted noun either.
        "是",
        "我区", "我市", "我县", "我镇", "我省", "本区", "本市", "本县", "今年", "去年", "全年", "当年", "近年来", "目前",
        // 近期该区已筹资, 如今全镇已筹资: time words of now and lately, whole (近 and 至 alone would leave 期, 年, 今).
        "近期", "近年", "近日", "日前", "现在", "如今", "当前", "眼下", "这些年", "这两年", "前不久",
        // 今年以来新设企业: the 以来 left of a period since (今年以来, 去年以来) once the period is trimmed.
        "以来",
        // 剩余86人, 其余3个: the rest of a whole counted before, whose subject they share.
        "剩余", "其余",
    ];

    // After LeadingFillers and ModalWords: static fields are set in the order they are written.
    private static readonly string[] FillersAndModalWords = [.. LeadingFillers, .. ModalWords];

    // Verbs after a count of people that name what they became: 11人入选“天津好人榜”, 1人被评为道德模范.
    private static readonly string[] PredicateVerbs = ["被评为", "被授予", "被命名为", "入选", "当选", "获评", "荣获", "获得", "荣登", "评为", "为"];

    // Nouns too general to name a figure without their verb: 投入资金 (a data file).
    private static readonly FrozenSet<string> GenericNouns = MetricWordList.Words("generic-nouns").ToFrozenSet();

    // The endings of earlier periods: 比1季度 (a data file).
    private static readonly string[] PeriodEndings = MetricWordList.Words("period-endings");

    // 比上月小幅提高, 同比大幅增长: how much a change was goes with its verb, read away with it.
    private static readonly string[] ChangeVerbsAndDegrees = [.. ChangeVerbs, .. DegreeAdverbs];

    // 增, 降 and 减: a change shortened to one character, read only after a comparison (同比增33.3%).
    private const string ChangesOfOneCharacter = "增降减";

    // 较年初新增70.1亿元: after the base of a comparison, 新增 and 净增 are changes too (alone they introduce what is
    // counted: 新增企业200家).
    private static readonly string[] ChangesAfterAComparison = [.. ChangeVerbsAndDegrees, "新增", "净增", .. ChangesOfOneCharacter.Select(change => change.ToString())];

    // Adverbs that open a predicate after a counted noun: 200多人主动参与, 90万人次踊跃参与 (a data file).
    private static readonly string[] PredicateAdverbs = MetricWordList.Words("predicate-adverbs");

    // Adverbs of time, aspect and speed that open a predicate as those do, but say nothing of who was counted: 正在, 立即
    // (a data file).
    private static readonly string[] AspectAdverbs = MetricWordList.Words("aspect-adverbs");

    // Every adverb that opens a predicate, trimmed from the end of the words before a figure (展览面积将超过…).
    private static readonly string[] PredicateOpeningAdverbs = [.. PredicateAdverbs, .. AspectAdverbs];

    // Verbs of taking part after a count of people, whose object is what they took part in: 200多人主动参与清扫路面.
    private static readonly string[] ParticipationVerbs = ["参与", "参加"];

    private static readonly string[] PredicateAndParticipationVerbs = [.. PredicateVerbs, .. ParticipationVerbs];

    // What gathered people do opens with those verbs, or with 进行 or 从事 (GatheredPeople).
    private static readonly string[] GatheredPeoplesVerbs = [.. PredicateAndParticipationVerbs, .. GatheredPeople.DoingVerbs];

    // This year, last year, next year: no word of news ends in their first character, so they end even a noun of one
    // character (全市15个区今年新增), where 目前 and 同时 may be the end of a longer word (项目前期, 不同时).
    private static readonly string[] YearsFromNow = ["今年", "去年", "明年"];

    // 江苏省13个设区市上半年的GDP: a part of the year after the counted noun says when, as a time word does.
    private static readonly string[] PartsOfTheYear = ["上半年", "下半年", "前三季度", "第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度"];

    // Time words that open a clause (ForwardStops; before it, as static fields are set in the order they are written).
    private static readonly string[] ClauseOpeningTimeWords =
        ["近日", "日前", "近期", "目前", "此前", "随后", "同时", "当天", .. YearsFromNow, "昨天", "昨日", "今天", "今日"];

    // Verbs that end a noun read after the measure word even at its first character (20余位代表参与活动), which then may
    // open a relative clause (60名加入工会的职工).
    private static readonly string[] VerbsEndingANoun =
    [
        .. PredicateVerbs, .. ParticipationVerbs, "享受", "受到", "得到", "通过", "完成", "实现", "开展", "进行", "走进", "来到", "加入", "报名",
        "出席", "观看", "受益",
    ];

    // The length of the verb of reaching that ends the words (达, 达到, 可达, 能达到 …), or 0.
    private static int Reaching(ReadOnlySpan<char> words) => EndingLength(words, ReachingVerbs);

    // With their modal (能达到, 可达: the noun ends before 能 and 可 here); the longest that ends the words is taken.
    private static readonly string[] ReachingVerbs = ["能达到", "可达到", "达到", "可达", "达", .. AmountsReached];

    // Words that end a noun read after the measure word: 20余位代表参与活动, 13位孤寡老人的; and the modal verbs that open
    // a predicate (有70人拟安排到各镇街中小学任职).
    private static readonly Lexicon ForwardStops = new(
    [
        "拟", "预计", "准备", "力争", "争取",
        .. VerbsEndingANoun, .. PredicateOpeningAdverbs, "轮流", "共同", "积极", "分别", .. ChangeVerbs, .. ChangeToVerbs, .. CausalVerbs,
        // An adverb of a total opens the predicate, never a noun: 18个乡镇累计转移群众4万人, 34个屯一共2512人.
        .. TotalAdverbs,
        // 210名农民年人均增收8500元: an average opens the next figure's words, never the noun counted.
        "年人均", .. AverageWords,
        // 215家网点因灾停业, 75万头大牲畜因旱饮水困难, 10个派出所因地制宜: a cause opens the predicate (因 alone ends
        // 原因 and 基因).
        "因灾", "因病", "因故", "因旱", "因涝", "因为", "因地制宜",
        // 32家工作室面向群众开设课程: 面向 "facing, for" opens the predicate whole (its 向 alone would leave 面).
        "面向",
        // 8名队员以及1名指挥员: 以及 joins the next count (及 alone would leave its 以); 襄阳市4个建制乡之一:
        // the place is one of those counted, which 之一 does not name.
        "以及", "之一",
        // A time word opens the next clause, never a noun: 三孩家庭25000元近日… (a headline run into the text).
        .. ClauseOpeningTimeWords, .. PartsOfTheYear,
        // 12名心理咨询师担任宣讲团成员: serving as begins no noun, so it stops even at the noun's first character, where
        // the predicate verbs do not (3个签约项目).
        "担任",
    ]);

    // Verbs of going, which begin no noun (出征 is not here: 出征仪式); 深入 is going down to a place (50名干部深入村组).
    private static readonly string[] VerbsOfGoing = ["前往", "赶赴", "奔赴", "赶往", "开赴", "分赴", "驰援", "赶到", "运抵", "深入"];

    // Verbs of coming together or coming to a place, outcomes of taking part that say where people are, not what they
    // are counted as (CountedOutcome).
    private static readonly FrozenSet<string> Coming = FrozenSet.Create("齐聚", "相聚", "欢聚", "前来");

    // Verbs that open the predicate after a counted noun of one character or more: 200余位嘉宾参会, 23个县入围 (a data file).
    private static readonly Lexicon PredicateOpeningVerbs = new(MetricWordList.Words("predicate-verbs"));

    // Verbs of having, being, suffering or wearing that open a relative clause between a count and its noun: 16个具有代表性的
    // 优质项目, 400多名来自各地的嘉宾, 4个遭受山洪的村庄 (a data file). The noun is the head after the 的. 有 "have" (6家有资质
    // 的…) is apart: alone it begins nouns (有机肥, 有线电视).
    private static readonly string[] AttributiveVerbs = MetricWordList.Words("attributive-verbs");
    private const string Having = "有";

    // 需求 "demand" is a noun, where 需 "need" opens a clause (11个需帮扶的乡镇).
    private const string Demand = "需求";

    // Demonstratives closed by 的 (85家这样的驿站, 8个此类的案件): they point at the head after the 的, which is counted.
    private static readonly string[] Demonstratives = ["这样", "那样", "这类", "此类", "这种", "那种", "同样", "类似"];

    // Prepositions of aim and topic, which begin no noun and open a relative clause right after a count as those verbs
    // do (17起针对救援人员的袭击事件, 5期面向农民的培训班, 12场围绕乡村振兴的讲座); their 对 and 向 stop a noun's run.
    private static readonly string[] PrepositionsOfAimOrTopic = ["针对", "面向", "关于", "围绕"];

    // One character after a measure that is no noun: where or how large (25公里处, 近1米深, 3公里外, 10年前), the second
    // half of a compound unit that the table leaves out (公路受损93条段), the 者 of those who did something (中得5000元者),
    // and the 万 or 亿 of a spoken number (4个亿). A measure word of the table there is no noun either (6000万亩次,
    // 3000余台套). (The 钱 of spoken money belongs to its unit: 元钱, 块钱.)
    private static readonly char[] NoNounAfterMeasure =
        ['处', '内', '外', '上', '下', '前', '后', '左', '右', '间', '深', '高', '长', '宽', '厚', '远', '重', '大', '段', '者', '万', '亿'];

    private static readonly char[] ForwardStopChars = ['的', '和', '与', '及', '或', '在', '等', '被', '将', '已', '均', '都', '也', '就', '并', '为', '是', '中', '从', '对', '向', '把', '了'];

    // Words that begin with 着, where it is no aspect particle: 着陆 (land), 着火, 着力, 着手, 着眼, 着重, 着想, 着装, 着落.
    private static readonly Lexicon WordsBeginningWithZhe = new(["着陆", "着火", "着力", "着手", "着眼", "着重", "着想", "着装", "着落"]);

    // Nouns that begin with one of ForwardStopChars, which a noun runs through: 12个新时代文明实践中心, 3所中小学 (a data file).
    private static readonly Lexicon NounsWithStopCharacters = new(MetricWordList.Words("nouns-with-stop-characters"));

    // What befalls the people a figure counts, which says which people they are: 11名群众被困 (a data file).
    private static readonly string[] PeopleEvents = MetricWordList.Words("people-events");

    // Words that join the counts of a list: 10元、12元、15元套餐, 2.6个和18.3个百分点.
    internal const string ListJoiners = "、和与及或";

    // The joiners of a list handed its figures by 分别, fewer and fewer: 及 and 或 join inside an item's name more often than
    // 和 and 与 (工业控制计算机及系统), and 、 always separates items.
    private static readonly string[] FewerListJoiners = ["、和与", "、"];

    // Administrative levels that 全 makes a scope of (全村, 全国): the scope of a figure, not what it counts.
    // 全国 and 全省 are left out: they more often begin a name (全国冠军, 全省文明村) than scope a figure.
    private const string ScopeLevels = "州盟旗乡村";

    /// <summary>The metric of <paramref name="number"/> given the statistics read before it in its sentence.</summary>
    public static MetricReading Find(string text, FoundNumber number, IReadOnlyList<SentenceStatistic> earlier, IReadOnlyList<SentenceStatistic>? sentenceBefore = null)
    {
        // 贵阳1组织1项目入选: the unit is itself the noun counted, and what stands before the number (a place) is not.
        if (MeasureWords.IsCountedNoun(number.Unit))
        {
            return new MetricReading(number.Unit, number.Unit, number.Unit, number.End, null);
        }

        if (earlier.Count == 0 && sentenceBefore is { Count: > 0 } && PlacesPartOfTheSentenceBefore(text, number, sentenceBefore) is { } part)
        {
            return part;
        }

        var (_, clauseEnd) = Clauses.Clause(text, number.Numeral.Start);
        var reading = PredicateEndings.Without(NamedMembers.Read(text, number, Distributed(text, number, earlier) ?? Read(text, number, earlier)));
        reading = MeasureBeforeAColon.Read(text, number, reading);
        // 全县转移群众8600人。其中3200人…: a sentence that opens with 其中 breaks down the last count of its kind in the
        // sentence before, as a clause after a comma does in its own sentence.
        var wholes = earlier.Count == 0 && sentenceBefore is { Count: > 0 } && OpensWithAPart(text, number) ? sentenceBefore : earlier;
        reading = WholeOfAPart.Read(text, number, reading, wholes);
        reading = RateOfChange.Read(text, number, reading, earlier);
        reading = LeagueTable.Read(text, number, reading);
        reading = PlaceTopic.Read(text, number, reading, () => PredicateEndings.Without(Read(text, number, earlier, wordsFrom: number.Start)));
        reading = ShareBeforeWhatItMeasures.Read(text, number, reading);
        reading = MeasureWords.CountsPeople(number.Unit) || MeasureWords.Counts(number.Unit) == MeasureClass.Time ? reading : WithObjectNamedBefore(text, number, reading);
        reading = MeasureWords.CountsPeople(number.Unit) ? WithPeopleEvent(text, WithoutListOfNames(reading), number.End, clauseEnd) : reading;
        // 其中3200人（900户）尚未返家: a part with nothing named but 其中 counts the whole's noun.
        if (reading.Metric == WholeOfAPart.Among && wholes != earlier && wholes.LastOrDefault(statistic => SameKind(statistic.Number.Unit, number.Unit)) is { } whole)
        {
            return new(whole.Subject, whole.Subject, "", number.End, whole);
        }

        // 22家被检查机构中, 参与人数：100人: a count in digits that no words before it name is named from those around it.
        return reading.Metric.Length > 0 ? reading : UnnamedDigitCount.Read(text, number, earlier) ?? reading;
    }

    // Whether the count's sentence opens with 其中 and nothing else before it (a comma or 有 may stand between).
    private static bool OpensWithAPart(string text, FoundNumber number)
    {
        var (sentenceStart, _) = Clauses.Sentence(text, number.Numeral.Start);
        return text.AsSpan(sentenceStart, number.Start - sentenceStart).Trim().TrimEnd("，,有 ").SequenceEqual(WholeOfAPart.Among);
    }

    // 入选省级优秀乡村医生名单有6人: the people a list of names (名单) holds are counted, not the list, so people named right
    // before it are the head (入选省级优秀乡村医生); a list of no people (失信名单) stays what it is.
    private static MetricReading WithoutListOfNames(MetricReading reading) =>
        reading.Metric.EndsWith(ListOfNames, StringComparison.Ordinal) && NamesPeople(reading.Metric.AsSpan(0, reading.Metric.Length - ListOfNames.Length))
            ? reading with { Metric = WithoutList(reading.Metric), Subject = WithoutList(reading.Subject), Evidence = WithoutList(reading.Evidence) }
            : reading;

    private static string WithoutList(string words) => words.EndsWith(ListOfNames, StringComparison.Ordinal) ? words[..^ListOfNames.Length] : words;

    private const string ListOfNames = "名单";

    // 全市平均降雨量331毫米。城区平均235毫米，某某区平均470毫米: a sentence that opens with a place (or a part of an area)
    // and its average or total, and names nothing else before its first figure, gives that place's part of the measure of
    // the same kind counted in the sentence before, as it would after a comma (the rule for a place alone in Read).
    private static MetricReading? PlacesPartOfTheSentenceBefore(string text, FoundNumber number, IReadOnlyList<SentenceStatistic> sentenceBefore)
    {
        var (sentenceStart, _) = Clauses.Sentence(text, number.Numeral.Start);
        var words = text.AsSpan(sentenceStart, number.Start - sentenceStart).Trim();
        var place = Trim(words, AveragesAndTotals, fromEnd: true).Trim().ToString();
        if (place.Length == words.Length || !(place.Length > 2 && IsPlaceAlone(place) || PartsOfAnArea.Contains(place))
            || sentenceBefore.LastOrDefault(statistic => SameKind(statistic.Number.Unit, number.Unit)) is not { } measured)
        {
            return null;
        }

        return new($"{measured.Subject}（{place}）", measured.Subject, place, number.End, measured);
    }

    // The metric a count reads from its own words: the noun after it, or the words before it from wordsFrom on (the clause's
    // start, or where the figure before it was read to).
    private static MetricReading Read(string text, FoundNumber number, IReadOnlyList<SentenceStatistic> earlier, int wordsFrom = 0)
    {
        var (clauseStart, clauseEnd) = Clauses.Clause(text, number.Numeral.Start);
        var previous = earlier.Count > 0 ? earlier[^1] : null;
        var leadStart = previous is not null && previous.MetricEnd > clauseStart && previous.MetricEnd <= number.Start ? previous.MetricEnd : clauseStart;
        leadStart = Math.Clamp(wordsFrom, leadStart, number.Start);
        // 下调25个基点至3.1%: the basis point of the count before is its unit, not words before this figure.
        leadStart = previous is not null && leadStart == previous.Number.End ? leadStart + BasisPointLength(text.AsSpan(leadStart, number.Start - leadStart)) : leadStart;

        if (MeasureWords.Counts(number.Unit) == MeasureClass.Length && DimensionOfWhatFollows(text, number, clauseStart, clauseEnd) is { } dimension)
        {
            return dimension;
        }

        // A share or rate has no measure word, so no noun follows it: 满意度从85%提高到92% (提高到 is not counted); with 的
        // it is a share of the noun after it: 75%以上的自然生态系统. A measure with 的 describes the noun after it, which
        // names the figure only when nothing before it does: 近4000公里的道路, but 面积约120平方米的驿站.
        var described = number.End < clauseEnd && text[number.End] == '的' ? WithoutLocative(text, ForwardNoun(text, number.End + 1, clauseEnd)) : (Noun: "", End: number.End);
        // 全国5.5%的平均增速: a rate describes the measure after its 的 also where an average word stops a noun.
        described = MeasureWords.IsRate(number.Unit) && described.Noun.Length < 2 && described.End > number.End
            ? MeasureDescribed.After(text, number.End + 1, clauseEnd) ?? described
            : described;
        // 该地块配建的5%公共租赁住房: after a 的 the share stands inside a noun phrase, whose head follows it.
        var insidePhrase = number.Start > leadStart && text[number.Start - 1] == '的';
        var (forward, forwardEnd) = MeasureWords.IsRate(number.Unit) && !insidePhrase ? described : ForwardNoun(text, number.End, clauseEnd);
        (forward, forwardEnd) = NamesNothingCounted(text, number, forward, forwardEnd, (clauseStart, clauseEnd), leadStart) ? ("", number.End) : (forward, forwardEnd);
        (forward, forwardEnd) = RelativeClauseHead(text, number.End, forward, forwardEnd, clauseEnd, MeasureWords.CountsPeople(number.Unit));
        (forward, forwardEnd) = RecipientFrame.Cut(text, number.Start, clauseStart, forward, forwardEnd);
        (forward, forwardEnd) = MeasureWords.CountsPeople(number.Unit) && PredicateAfterNamedPeople(text, leadStart, number, forward) ? ("", number.End) : (forward, forwardEnd);
        // 设立1个省级、2个市级、15个县级联合巡逻执法点: a level alone only modifies the noun after the list, which each
        // count of the list counts at its own level (省级联合巡逻执法点).
        if (forward.Length > 0 && LevelLength(forward, 0) == forward.Length
            && AfterListedCounts(text, forwardEnd, clauseEnd, skipLevels: true) is var levelsEnd && levelsEnd > forwardEnd)
        {
            var head = ForwardNoun(text, levelsEnd, clauseEnd).Noun;
            forward += head[LevelLength(head, 0)..];
        }

        // 7个乡镇38个村482户, 273个村和16个小区: one character before the next count, or before a joiner and the next
        // count, is the whole noun (村, 户 are words of their own).
        var nextCountAt = forwardEnd < clauseEnd && ListJoiners.Contains(text[forwardEnd]) ? forwardEnd + 1 : forwardEnd;
        // A word of a total, an approximation or a change is no noun: 队伍456支共6万余人, 减少100人至1.04万人.
        // So is one character before 的 (2个村的人员平安), and one that ends the clause (跨经成都12个区，): a character
        // bound into a longer word is not where a clause stops.
        // 3张满10元的彩票, 三千多元呢: a word of function read alone after the count (满, 呢) is no noun either; it is kept
        // only if nothing else names the figure.
        var nothingNamed = NamesNothingAlone(forward) ? forward : "";
        var oneCharacterNoun = forward.Length == 1 && !LinkingVerbs.Contains(forward) && !ModalWords.Contains(forward) && nothingNamed.Length == 0;
        var endsClause = forwardEnd >= clauseEnd && oneCharacterNoun && !NoNounAfterMeasure.Contains(forward[0])
            && MeasureWords.At(text, forwardEnd - 1) is null;
        var beforeCountOrOf = nextCountAt < clauseEnd
            && (Numbers.NumeralScanner.StartsAt(text, nextCountAt) || text[forwardEnd] == '的' || TotalLengthAt(text, nextCountAt) > 0);
        // 23个县入围, 13个村上榜: so is one before a verb that opens the predicate, or any verb or adverb that ends a
        // noun (5个村开展, 12个县分别), and one an aside in brackets follows (9个市（州）, 36个县（市、区）), which closes
        // the noun it explains. So is one a list comma or a closing bracket closes where the noun stopped (49个村、涉及群众
        // 7.6万人: the words after the comma are the next count's; 54个班（中学24个班、小学30个班）).
        var wholeOneCharacterNoun = oneCharacterNoun
            && (endsClause || beforeCountOrOf || OpensPredicate(text, forwardEnd, clauseEnd) || EndsANounAt(text, forwardEnd, clauseEnd)
                || AfterAside(text, forwardEnd, clauseEnd) > forwardEnd || (forwardEnd < clauseEnd && text[forwardEnd] is '、' or '）' or ')'));
        // The aside is read with its noun, so that what follows it begins the next words (共转移安置2600余户); an
        // institution named after it is counted, the level its modifier (5家县（市）人民医院).
        var asideEnd = AfterAside(text, forwardEnd, clauseEnd);
        (forward, forwardEnd) = LevelOfAnInstitution.Read(text, forward, forwardEnd, asideEnd, clauseEnd)
            ?? (forward, wholeOneCharacterNoun ? asideEnd : forwardEnd);
        // 57个村179条约392公里的乡村公路: a count followed at once by a qualified count that describes a noun through 的
        // counts that noun in its own unit (179 roads, about 392 km of them), not the noun of the count before it.
        (forward, forwardEnd) = NounOfTheQualifiedCountAfter(text, number, forward, clauseEnd) is { } nounOfTheNext ? (nounOfTheNext, number.End) : (forward, forwardEnd);
        // 全市投入3400余人、2400台机械设备: people share no noun of objects, animals or plants, which they are not (teams and
        // batches of them do: 28支、共计8755人的应急抢险队伍); the words before them name them. With none (，5万人、75万头
        // 大牲畜因旱饮水困难) the shared noun is kept rather than lose the figure.
        if (forward.Length == 0 && AfterListedCounts(text, number.End, clauseEnd) is var listEnd && listEnd > number.End
            && !(MeasureWords.CountsPeople(number.Unit) && !text.AsSpan(leadStart, number.Start - leadStart).Trim().IsEmpty
                && NoPeople.Contains(MeasureWords.Counts(LastUnitListed(text, number.End, listEnd)))))
        {
            // 10元、12元、15元套餐, 80多户、180多名村民: counts listed together share the noun after the last of them. The
            // metric ends at the number, so that the next count of the list still reads its own.
            // 28支、共计8755人的应急抢险队伍: the list may describe its noun through 的.
            var sharedAt = listEnd < clauseEnd && text[listEnd] == '的' ? listEnd + 1 : listEnd;
            (forward, var sharedEnd) = ForwardNoun(text, sharedAt, clauseEnd);
            forwardEnd = number.End;
            // 12个、9个、7个县入围: a shared noun of one character before the predicate is whole too.
            wholeOneCharacterNoun = forward.Length == 1 && OpensPredicate(text, sharedEnd, clauseEnd);
        }

        leadStart = QuotedSpeech.WordsStart(text, leadStart, number.Start);
        var written = text.AsSpan(leadStart, number.Start - leadStart);
        // 营业收入应不低于500万元: a modal verb before a number's qualifier goes with it, as before a linking verb.
        written = number.Start < number.Numeral.Start ? Trim(written, WordsBeforeALinkingVerb, fromEnd: true) : written;
        // 组建了一支300余人的队伍: 一 and a measure word of things before a figure that describes a noun count that noun,
        // not themselves (一次10粒 and 一人10元, with no noun described, are "each").
        written = described.Noun.Length >= 2 && written.Length >= 2 && written[^2] == '一'
            && MeasureWords.At(text, number.Start - 1) is { Unit.Length: 1 } measure && !MeasureWords.CountsPeople(measure.Unit)
            ? written[..^2]
            : written;
        // 1个中心、8个所、97个站: the last count of a list, right after the previous one's noun, has its own one character.
        wholeOneCharacterNoun |= forward.Length == 1 && previous is not null && leadStart == previous.MetricEnd && leadStart > clauseStart
            && written.Length > 0 && written.Trim(ListJoiners).IsEmpty;
        // 这两只狗, 这三间房: after a demonstrative alone (also at the opening of a quotation: “这12个字), the one
        // character after the count is the noun it points at.
        wholeOneCharacterNoun |= forward.Length == 1 && written.Trim().TrimStart("“\"") is "这" or "那";
        written = leadStart == clauseStart ? ChangedSubject(text, clauseStart, number.End, clauseEnd, written) : written;
        var (lead, verb) = Lead(written, MeasureWords.CountsPeople(number.Unit));
        // 全村现有62户, 一共分5期: a word of function left alone (现, 分) names nothing; the figure is named as if no words
        // led it.
        (lead, nothingNamed) = NamesNothingAlone(lead) ? ("", lead) : (lead, nothingNamed);
        // 较去年增长两成, 这一数字增加到4.5万名: the figure before, compared or grown, with nothing new counted. Read
        // from the words as written: the fillers trimmed from the lead include periods (去年) and 与.
        if (IsComparison(written) || RefersBack(written))
        {
            lead = "";
        }

        // 该镇24个村已开设, 全市16个区: after a place alone, the one character after the count is what is counted in it.
        wholeOneCharacterNoun |= oneCharacterNoun && PlaceTopic.NamesOnlyAPlace(written.Trim().ToString());
        // 3名干部夜泳后溺亡, 40名青少年参观污水处理厂: a noun for people is the head of its phrase, and what runs on after it
        // is the predicate (WithPeopleEvent may still bring its event).
        var nounStart = forwardEnd - forward.Length;
        if (MeasureWords.CountsPeople(number.Unit) && nounStart >= 0 && text.AsSpan(nounStart, forward.Length).SequenceEqual(forward)
            && PeopleRunOnEnd(forward) is var people and > 0)
        {
            (forward, forwardEnd) = (forward[..people], nounStart + people);
        }

        // 全市有3站日降雨量超过50毫米, 全市有2站累计雨量超过700毫米: after a verb of having, a measure word that is itself
        // the noun it counts (站 "stations", 案 "cases": the column alone of item-measures.tsv) is what is had, and names
        // the figure; a noun after it is what the predicate measures of each, not what is counted.
        if (written.TrimEnd().EndsWith(Having) && MeasureWordsInContext.CountsAlone(number.Unit))
        {
            return new(number.Unit, number.Unit, number.Unit, number.End, null);
        }

        (forward, forwardEnd) = WithoutLocative(text, (forward, forwardEnd));
        if (forward.Length >= 2 || wholeOneCharacterNoun)
        {
            // 受灾较重的6个乡: a one-character noun names too little alone, and the relative clause right before the count
            // says which ones are counted.
            var which = forward.Length == 1 && lead.Length > 0 && written.TrimEnd().EndsWith("的") ? $"{lead.TrimEnd('的')}的" : "";
            return new(which + forward, forward, verb + which + forward, forwardEnd, null);
        }

        // 紧急避险转移305户1025人, 冲毁鱼塘1处50亩, 2亿元以上重大项目84个: a count right after the words the previous one
        // was read from, with nothing but a list comma or 了 between, counts the same thing; so does one that restates it
        // in brackets in another unit (总投资2.5亿元（约3200万欧元）, 占地4万平方米（约60亩）).
        // Not one that describes a noun of its own through 的 (57个村179条约392公里的乡村公路: the roads, not the villages).
        if (previous is not null && leadStart == previous.MetricEnd && leadStart > clauseStart && written.Trim("、了（(").IsEmpty
            && described.Noun.Length < 2)
        {
            // 共转移7个乡镇、67个村、8.6万人: people listed after places or things counted with their nouns are none of
            // those; the words before the list say what was done to them, as they would to the people alone.
            if (PeopleListedAfterThings(text, number, earlier, clauseStart) is { } listStart)
            {
                var (listed, listedVerb) = Lead(text.AsSpan(clauseStart, listStart - clauseStart), countsPeople: true);
                return new(listed, listed, listedVerb + listed, number.End, null);
            }

            return new(previous.Subject, previous.Subject, "", number.End, previous);
        }

        // 现有居民320户，约1100人: a clause that is only the people of the households counted at the end of the clause
        // before counts the same people.
        if (previous is not null && written.Trim().IsEmpty && previous.Number.End == clauseStart - 1
            && previous.Number.Unit == "户" && MeasureWords.Counts(number.Unit) == MeasureClass.People)
        {
            return new(previous.Subject, previous.Subject, "", number.End, previous);
        }

        // 其中3人为党员, 66条河流中有61条为重度黑臭: with no noun of its own before it, a count whose predicate says what
        // the counted are is counted as that; so is a count of people a verb gathers, whatever the words before it
        // (当地组织多部门出动600余人进行搜救: 搜救).
        var gathered = forward.Length == 0 && MeasureWords.CountsPeople(number.Unit) && GatheredPeople.Gather(written);
        if ((lead.Length <= 2 || gathered) && Predicate(text, number.End, clauseEnd, gathered ? GatheredPeoplesVerbs : PredicateAndParticipationVerbs) is { } predicate)
        {
            // 开展志愿服务1319场，吸引万余人参与: taking part with no object takes part in the events counted just before.
            return predicate.Object == predicate.Verb && previous is not null && MeasureWords.Counts(previous.Number.Unit) == MeasureClass.Events
                ? new($"{previous.Subject}（{predicate.Verb}）", previous.Subject, predicate.Verb, clauseEnd, previous)
                : new(predicate.Object, predicate.Object, predicate.Verb + predicate.Object, clauseEnd, null);
        }

        // 156名志愿者中，有70人…，剩余86人: counts of people in 人, 名 or 位 count the same kind, so a part carries the whole's subject.
        // 2人遇难，另1人仍在救治: 另 "another" sets the count apart from the one before, whose subject it does not share.
        var sameUnit = previous is not null && SameKind(previous.Number.Unit, number.Unit) && nothingNamed != Another ? previous : null;
        // 上海（32667亿元）、北京（20621亿元）: a place alone after a figure that counted a place alone is the next of a
        // list of places, each named by itself.
        if (sameUnit is not null && lead.Length >= 2 && IsPlaceAlone(sameUnit.Subject) && IsPlaceAlone(lead))
        {
            return new(lead, lead, verb + lead, number.End, null);
        }

        // 因灾遇难的11人，门头沟区4人、昌平区4人; 新增9个食堂，其中赫山街道4个: a place alone before a count of the kind
        // counted before it says where that part of it is, not what is counted; so does a place with its average or total
        // (全市平均降雨量260毫米，其中延庆区平均410毫米), or the part of an area a report lists beside its districts
        // (城区平均235毫米，门头沟区平均470毫米).
        if (sameUnit is not null && Trim(lead, AveragesAndTotals, fromEnd: true).ToString() is { Length: >= 2 } placeAlone
            && (placeAlone.Length > 2 && IsPlaceAlone(placeAlone) || PartsOfAnArea.Contains(placeAlone)))
        {
            return new($"{sameUnit.Subject}（{placeAlone}）", sameUnit.Subject, placeAlone, number.End, sameUnit);
        }

        // 年产值50亿元，…新增产值20亿元: a lead the subject before ends with names the same thing again, shorter or whole
        // (去年面积600亩，今年面积800亩: not 面积（面积）).
        if (lead.Length is > 0 and <= 2 && sameUnit is not null && sameUnit.Subject.Length >= lead.Length && sameUnit.Subject.EndsWith(lead, StringComparison.Ordinal))
        {
            return new(lead, lead, verb + lead, number.End, null);
        }

        // 办理案件2.2万件，同比增长9%，与2021年上半年的2万件相比; 到2025年收入达到600亿元，2027年达到1000亿元: a year or a
        // part of one alone says when the last count of the same kind was counted again, not what is counted.
        if (IsTimeAlone(lead) && earlier.LastOrDefault(statistic => SameKind(statistic.Number.Unit, number.Unit)) is { } counted)
        {
            return new($"{counted.Subject}（{lead}）", counted.Subject, lead, number.End, counted);
        }

        // A lead of one or two characters after a count of things is an action on the same subject: 已经被认领2670余个.
        // Counts of people are listed side by side with short nouns (党员50人，群众30人), so theirs never carries over; nor
        // does a noun the lexicon knows, the next item of a list (获金奖2项、银奖4项), unless 其中 makes it a part of the
        // count before (办学规模42班（其中小学24班）); nor a lead right after the list comma that closes the count before,
        // or before the one that opens the next item, whatever its word (大米4000斤、面粉1500斤, 水稻2751亩，脐橙5000亩、
        // 油茶800亩): an action on the same subject follows a comma (冻结存款3.74亿元，扣划7197.3万元).
        // Nor a lead that has the noun the figure describes (预计能有60万元的收入: 收入, read below), nor one that names what
        // is measured (没收违法所得70元，并处罚款10万元: 罚款; 消费帮扶金额达到4.39亿元: 金额).
        if (lead.Length is > 0 and <= 2 && sameUnit is not null && !MeasureWords.CountsPeople(number.Unit)
            && !HasTheNounDescribed(described.Noun, written.TrimEnd()) && !NamesASum(lead)
            && !(IsThingAlone(lead) && !written.Contains(WholeOfAPart.Among, StringComparison.Ordinal))
            && !IsListedItem(text, number, lead, written, leadStart, clauseStart, sameUnit))
        {
            return new($"{sameUnit.Subject}（{lead}）", sameUnit.Subject, lead, number.End, sameUnit);
        }

        // 老年居民平均1米/秒的步速: an average names the figure with the noun it describes.
        if (described.Noun.Length >= 2 && EndsWithAny(lead, AverageWords))
        {
            var averaged = lead + described.Noun;
            return new(averaged, averaged, averaged, described.End, null);
        }

        var objectHad = NamedByTheNounDescribed(described.Noun, lead, written.TrimEnd(), number.Unit);
        if (!objectHad && (lead.Length > 1 || (lead.Length == 1 && described.Noun.Length < 2)))
        {
            return new(lead, lead, verb + lead, number.End, null);
        }

        if (described.Noun.Length >= 2)
        {
            return new(described.Noun, described.Noun, described.Noun, described.End, null);
        }

        if (sameUnit is not null)
        {
            return new(sameUnit.Subject, sameUnit.Subject, "", number.End, sameUnit);
        }

        // A change or rate with no noun of its own measures the subject before it: 生产总值1.2万亿元，同比增长5.3%
        // gives 生产总值（同比增长）. Alone in its sentence, the words before it are all there is to name it by.
        // The prices it was computed at go first (按可比价格计算同比增长: 同比增长).
        // A reference's value in brackets is read past (增速高于全国(3.8%)1.4个百分点: 增速高于全国).
        var phrase = Phrase(TrailingWords(WithoutReferenceValues(Trim(text.AsSpan(leadStart, number.Start - leadStart), PricesComputedAt, fromEnd: false))));
        // 13个村的323人已全部转移: the places before 的 are whose people are counted, not what; what befell them names them.
        if (phrase == "的" && MeasureWords.CountsPeople(number.Unit))
        {
            return new("", "", "", number.End, null);
        }

        nothingNamed = NamesNothingAlone(phrase) ? phrase : nothingNamed;
        if (phrase.Length > 0 && nothingNamed != phrase)
        {
            return previous is null ? new(phrase, phrase, phrase, number.End, null)
                // An adverb of a total or a verb linking a level alone names no change: 8人违法所得合计56万元 and 31个大城市
                // 城镇调查失业率为5.4% count the same subject.
                : LevelLinkingWords.Contains(phrase) ? new(previous.Subject, previous.Subject, "", number.End, previous)
                : new($"{previous.Subject}（{phrase}）", previous.Subject, phrase, number.End, previous);
        }

        // 另1人仍在救治: a figure whose words name nothing but a word of function keeps that word rather than be lost (a figure
        // with no metric is not reported).
        return new(nothingNamed, nothingNamed, nothingNamed, number.End, null);
    }

    // 学校开展防溺水宣传，目前已开展13场; 抢排田间积水，已抢排42万亩: Chinese drops an object said already, so a count of things
    // or events named by its verb alone counts the object that verb took earlier in the sentence (防溺水宣传（开展）). Not for
    // people, whom their verb names (转移3000人, 培训200人次), nor for a duration, which the event names (培训为期四天).
    private static MetricReading WithObjectNamedBefore(string text, FoundNumber number, MetricReading reading)
    {
        var verb = reading.Metric;
        var (clauseStart, _) = Clauses.Clause(text, number.Numeral.Start);
        if (reading.CarriedFrom is not null || reading.End > number.End || verb.Length != VerbLength || !StartsWithAVerb(verb) || clauseStart == 0)
        {
            return reading;
        }

        var sentenceStart = Clauses.Sentence(text, clauseStart).Start;
        var said = text.AsSpan(sentenceStart, clauseStart - sentenceStart).LastIndexOf(verb, StringComparison.Ordinal);
        if (said < 0)
        {
            return reading;
        }

        var objectAt = sentenceStart + said + verb.Length;
        var (_, objectClauseEnd) = Clauses.Clause(text, objectAt);
        var (noun, _) = ForwardNoun(text, objectAt, Math.Min(objectClauseEnd, clauseStart));
        return noun.Length >= VerbLength && !StartsWithAVerb(noun)
            ? new($"{noun}（{verb}）", noun, verb + noun, reading.End, null)
            : reading;
    }

    private const int VerbLength = 2;

    // 另 "another" before a count.
    private const string Another = "另";

    // Characters that are words of function alone (现 "now", 另 "another", 从 "from", 呢 …: a data file).
    private static readonly FrozenSet<string> FunctionCharacters = MetricWordList.Words("function-characters").ToFrozenSet();

    // Whether the words are one character that is a word of function, which names nothing counted.
    private static bool NamesNothingAlone(string words) => words.Length == 1 && FunctionCharacters.Contains(words);

    // 罚款, 金额, 罚金, 罚没: a short lead that names a sum of money names the figure itself.
    private static bool NamesASum(ReadOnlySpan<char> lead) => lead[^1] is '款' or '额' || lead is "罚金" or "罚没";

    // Whether the noun a figure describes through 的 names it, not the words before it. 建有2000亩的蕲艾种植生产基地: after
    // 有 the measure and the noun it describes are the object had; so after a verb that introduces a count (并建立80多人的
    // 志愿者服务队伍, 按交易额给予10万元的奖励), after 为期 before a duration (开始为期5天的集训), and after words closed by
    // 的 that only say whose the noun is (对中型水库的近80公里的干渠: 干渠; not a share, which is of the words before its 的:
    // 主合同标的额的20%). So after a price or rate per a unit (以每株0.25元的价格: the unit says what it is reckoned per),
    // and after words that end in no word the lexicon knows (全县具备2万吨的储备能力, 村民领到了2000元的分红), unless they
    // end in a word of what is measured (全长, 占地, 罚款, 实载), which names the figure itself, or count people.
    private static bool NamedByTheNounDescribed(string described, ReadOnlySpan<char> lead, ReadOnlySpan<char> writtenEnd, string unit) =>
        HasTheNounDescribed(described, writtenEnd)
        || (described.Length >= 2 && (writtenEnd.EndsWith(Lasting) || (writtenEnd.EndsWith("的") && !MeasureWords.IsRate(unit))
            || EndsWithAny(lead, IntroducingVerbs) || PerUnitAtEnd(writtenEnd) >= 0
            || (lead.Length > 0 && !MeasureWords.CountsPeople(unit) && LastWordRole(lead) is null && writtenEnd.Length > 0 && !writtenEnd.EndsWith("的")
                && !MeasuredQuantityEnds.Contains(lead[^1]))));

    // 建有2000亩的蕲艾种植生产基地, 预计能有60万元的收入: after 有 the figure and the noun it describes are the object had.
    private static bool HasTheNounDescribed(string described, ReadOnlySpan<char> writtenEnd) =>
        described.Length >= 2 && writtenEnd.EndsWith("有");

    private const int MinWordsBeforeAPricePerOne = 2;

    // The last characters of words that name what a figure measures (全长, 占地, 罚款, 实载, 面积, 产量, 金额): a lead
    // ending in one names the figure itself. Not MeasuringHeadEnds, whose 值, 度, 价 and 幅 it leaves out: 价值 before a
    // figure values the goods named after its 的 (价值6万元的食品: 食品), which they name.
    private const string MeasuredQuantityEnds = "长宽高深重厚地款载量额数率积";

    // Whether the words read after a count are no thing it counts, so that the words before it name it.
    private static bool NamesNothingCounted(string text, FoundNumber number, string forward, int forwardEnd, (int Start, int End) clause, int leadStart) =>
        // 产值突破1000亿元大关, 恢复至八成以上水平, 捐款3000万元人民币: the mark a figure reaches, or its currency.
        NotCountedAfterAFigure.Contains(forward)
        // 利率下调25个基点至3.1%, 加点幅度为LPR+20个基点: after a rate, a basis point, a hundredth of a percentage point, is
        // the unit of its change or margin (as 个百分点 is, which the unit table reads whole), no thing counted; elsewhere
        // 基点 is a base or site (选定12个基点开展监测).
        || (BasisPointLength(forward) > 0 && NamesARate(text.AsSpan(clause.Start, number.Start - clause.Start)))
        // 西瓜2元一斤, 降到39.8元一个: 一 and a measure word after a price say what it is per, not what is counted, when
        // words stand before the price to name it (a clause of nothing but 30到40元一斤 keeps them, rather than no name).
        || (forward.Length == 2 && forward[0] == '一' && MeasureWords.At(forward, 1) is { Written.Length: 1 }
            && text.AsSpan(leadStart, number.Start - leadStart).Trim().Length >= MinWordsBeforeAPricePerOne)
        // 退役军人600余名前往河北, 消防救援人员50余名赶赴现场: a verb of going right after a count of people or things opens the
        // predicate; after a count of times, a duration or a distance it names what was done (安东尼曾三次前往西藏拍摄,
        // 3分钟赶到火灾现场).
        || (WordAt(text, number.End, clause.End, VerbsOfGoing) && !NamedByWhatWasDone(number.Unit))
        // 党员50人群众30人, 抓获犯罪嫌疑人12人涉案车辆5辆: after people counted in 人 and named right before the count, a
        // noun run straight into the next count is that count's (noun, number, unit, and again).
        || (number.Unit == "人" && forward.Length >= 2 && forwardEnd < clause.End && Numbers.NumeralScanner.StartsAt(text, forwardEnd)
            && NamesPeople(text.AsSpan(leadStart, number.Start - leadStart)));

    // 11名在桥下纳凉的群众被困, 156名招募的大学生, 400名从镇上转移来的群众, 15支驰援涿州的救援队: a relative clause opened
    // by 在, 从, a verb or a negation and closed by 的 stands between the count and its noun, which is the head after the
    // 的. A verb of having opens one even where the noun read after it stopped short of the 的 (1200余名有从事家政服务意愿的
    // 妇女: 从 ends nouns).
    private static (string Noun, int End) RelativeClauseHead(string text, int at, string forward, int forwardEnd, int clauseEnd, bool countsPeople)
    {
        var closedByOf = forwardEnd < clauseEnd && text[forwardEnd] == '的';
        var of = OpensRelativeClause(text, at, forward, closedByOf, clauseEnd) ? text.IndexOf('的', at, Math.Min(clauseEnd, at + RelativeClauseReach) - at) : -1;
        var head = of > at ? ForwardNoun(text, of + 1, clauseEnd) : (Noun: "", End: at);
        if (head.Noun.Length >= 2)
        {
            return head;
        }

        // 4个条件较好的村, 6个受灾较重的乡: a level of government named by one character is a whole noun after the clause, as
        // after a count (5个村开展); it names too little alone, and keeps the clause that says which ones are counted (as
        // 受灾较重的6个乡 does).
        if (IsDivisionOfOneCharacter(head.Noun))
        {
            return head.End - at <= MaxMetricLength ? (text[at..head.End], head.End) : head;
        }

        // 300名新上岗的家政服务人员, 200名刚入职的教师: people counted are the people named after 的; the words before it say
        // which of them, unless they name people themselves (13位孤寡老人的子女 counts the old). Not things: in 4个班次的时间,
        // 25吨浓硝酸的罐车 the noun before 的 is what is counted, and nothing tells it from an adjective (各具特色的).
        if (countsPeople && closedByOf && LastWordRole(forward) != Categories.CategoryRole.Person
            && ForwardNoun(text, forwardEnd + 1, clauseEnd) is { Noun.Length: >= 2 } people && LastWordRole(people.Noun) == Categories.CategoryRole.Person)
        {
            return people;
        }

        // 为60名加入工会的职工颁发会员证, 40名参加活动的志愿者: a verb that stops the noun at its first character (加入, 参加)
        // opens a relative clause too when people counted follow its 的; they are named by it.
        var relativeOf = forward.Length == 0 && countsPeople && WordAt(text, at, clauseEnd, VerbsEndingANoun) ? text.IndexOf('的', at, Math.Min(clauseEnd, at + RelativeClauseReach) - at) : -1;
        if (relativeOf > at && ForwardNoun(text, relativeOf + 1, clauseEnd) is { Noun.Length: >= 2 } named && ToLastWordForPeople(named.Noun) is var length and > 0)
        {
            return (named.Noun[..length], relativeOf + 1 + length);
        }

        // 由20多人组成的施工队, 242人组成医疗工作组: people who make up a group are counted as its members, named by the
        // group after the verb (组成 opens a predicate, so it is all that was read after the count).
        if (countsPeople && forward is "组成" or "构成"
            && ForwardNoun(text, closedByOf ? forwardEnd + 1 : forwardEnd, clauseEnd) is { Noun.Length: >= 2 } group)
        {
            return group;
        }

        return (forward, forwardEnd);
    }

    // Whether the noun is a level of government named by one character (村, 乡, 县).
    private static bool IsDivisionOfOneCharacter(string noun) => noun.Length == 1 && DivisionsOfOneCharacter.Contains(noun[0]);

    private const string DivisionsOfOneCharacter = "省市县区乡镇村";

    // How long the noun is up to its last word for people, which its predicate may follow unread (被困人员转移: 被困人员),
    // or 0 when it has none. A verb that introduces a count ends the noun first (外卖骑手员工发放会员卡: the 会员 after 发放
    // is what is given, not who).
    private static int ToLastWordForPeople(string noun)
    {
        var verb = noun.Length > 1 ? noun.AsSpan(1).IndexOfAny(IntroducingVerbsInWords) : -1;
        for (var length = verb >= 0 ? verb + 1 : noun.Length; length >= 2; length--)
        {
            if (LastWordRole(noun.AsSpan(0, length)) == Categories.CategoryRole.Person)
            {
                return length;
            }
        }

        return 0;
    }

    // Where a noun read after a count of people ends when a predicate runs on after its last word for people (干部|夜泳后溺亡,
    // 小学生|观赏旗袍, 村民|来帮忙管理园区), or 0: Chinese puts no verb phrase after the head of a noun phrase. The word
    // for people is one of two characters or more, or 员 or 者 closing one (管理员, 志愿者); what runs on is two
    // characters or more, and is no second noun (家属, 代表: it ends in a noun or word for people of the lexicon) nor the
    // rest of a list (们, 、, 和, 及, 与, 等).
    private static int PeopleRunOnEnd(string noun)
    {
        // 中学生志愿者|说: a word for people one character before the end is the head, with too little after it to cut.
        if (noun.Length < 4 || EndsInKnownNounOrPeople(noun) || EndsInKnownNoun(noun)
            || Categories.CategoryLexicon.Default.HasPhraseWordEndingAt(noun, noun.Length - 1, Categories.CategoryRole.Person))
        {
            return 0;
        }

        for (var length = noun.Length - MinPredicateRunOn; length >= 2; length--)
        {
            // 青年志愿者|不畏艰险: a word for people also inside a noun filed under a category of its own (志愿者).
            var person = Categories.CategoryLexicon.Default.HasPhraseWordEndingAt(noun, length, Categories.CategoryRole.Person)
                && (AgentEndings.Contains(noun[length - 1])
                    || Categories.CategoryLexicon.Default.PhraseWordEndingAt(noun, length) is { Role: Categories.CategoryRole.Person, Word.Length: >= 2 }
                    || !Categories.CategoryLexicon.Default.HasPhraseWordEndingAt(noun.AsSpan(length - 1, 1), 1, Categories.CategoryRole.Person));
            if (person)
            {
                return ListGoesOn.Contains(noun[length]) ? 0 : length;
            }
        }

        return 0;
    }

    private const int MinPredicateRunOn = 2;

    // 员, 者: the endings of agents, words for people of one character that close a longer word (师 is left out: it
    // begins 师范生, and 教师, 律师 are words of the lexicon).
    private const string AgentEndings = "员者";

    // What goes on a noun for people rather than open its predicate: the plural 们 and the joiners of a list.
    private const string ListGoesOn = "们、和及与等";

    // Whether the words, two characters or more, end in a word for people: one the lexicon names so (群众, 犯罪嫌疑人),
    // also inside a noun it files under a category of its own (志愿者, 留守儿童, 独居老人: 者, 儿童, 老人).
    private static bool NamesPeople(ReadOnlySpan<char> words) =>
        words.Length >= 2 && Categories.CategoryLexicon.Default.HasPhraseWordEndingAt(words, words.Length, Categories.CategoryRole.Person);

    // Where a word of the lexicon that began before at and runs past it ends, at most MaxWordRunOn characters on; else at.
    private static int ToEndOfWordRunningOn(string text, int at, int clauseEnd)
    {
        for (var end = Math.Min(clauseEnd, at + MaxWordRunOn); end > at; end--)
        {
            if (Categories.CategoryLexicon.Default.PhraseWordEndingAt(text, end) is { } word && end - word.Word.Length < at)
            {
                return end;
            }
        }

        return at;
    }

    // How far a noun stopped by its length may run on to finish the word it stopped in (帮扶小|组).
    private const int MaxWordRunOn = 3;

    // The shortest word for people whose closing 人 keeps a 均 after it from reading as 人均 (嫌疑人; not 工人 in 职工人均).
    private const int MinWordClosedByRen = 3;

    // Whether a date opens at at: a number closed by 年, 月, 日 or 号 (2019年, 6月, 15日).
    private static bool DateAt(string text, int at, int clauseEnd) =>
        at < clauseEnd && Numbers.NumeralScanner.TryRead(text, at, out var numeral) && numeral.End < clauseEnd && text[numeral.End] is '年' or '月' or '日' or '号';

    // Whether the 给 or 到 at at belongs to a word and marks no goal of the verb before it: 给予 "give", 给水 "water
    // supply" (给水泵井), 达到 "reach".
    private static bool GoalMarkerInAWord(string text, int at) =>
        (text[at] == '给' && at + 1 < text.Length && text[at + 1] is '予' or '水') || (text[at] == '到' && text[at - 1] == '达');

    // Where a noun run that stops at 了 ends when one or two characters before 了 follow a word the category lexicon knows
    // as a noun or a word for people; else where it stopped.
    private static int BeforeVerbOfAspect(string text, int at, int particle)
    {
        for (var verb = 1; verb <= 2 && particle - verb - at >= 2; verb++)
        {
            if (LastWordRole(text.AsSpan(at, particle - verb - at)) is Categories.CategoryRole.Noun or Categories.CategoryRole.Measure or Categories.CategoryRole.Person)
            {
                return particle - verb;
            }
        }

        return particle;
    }

    // Whether the words end with a verb of a change (减少, 增加, 提高 …: change-verbs.tsv).
    internal static bool EndsWithAChangeVerb(ReadOnlySpan<char> words) => Trim(words, ChangeVerbs, fromEnd: true).Length < words.Length;

    private const char Superlative = '最';

    // Whether a short lead names the next item of a list of counts in one unit: a list comma stands right after the count
    // before it, or right after its own count. Not a place (锦州110.9毫米、阜新98.3毫米 say where the figure before was
    // measured), a verb the lexicon knows (改造), a superlative (面积最小8平方米、最大60平方米), or an item after 其中 (其中胜诉
    // 403件、调解448件 are parts of a whole).
    private static bool IsListedItem(
        string text, FoundNumber number, string lead, ReadOnlySpan<char> written, int leadStart, int clauseStart, SentenceStatistic before) =>
        ((written.StartsWith("、") && before.Number.End == leadStart) || (number.End < text.Length && text[number.End] == '、'))
        && !IsPlaceAlone(lead) && Categories.CategoryLexicon.Default.VerbEndingAt(lead, lead.Length) is null && lead[0] != Superlative
        && !text.AsSpan(clauseStart, number.Start - clauseStart).Contains(WholeOfAPart.Among, StringComparison.Ordinal);

    // Whether the words are one noun of the lexicon that is no verb too (银奖, 鸟类, 税收; not 销售 or 改造, which are
    // also what is done to a thing counted before).
    private static bool IsThingAlone(ReadOnlySpan<char> words) =>
        Categories.CategoryLexicon.Default.PhraseWordEndingAt(words, words.Length) is { Role: Categories.CategoryRole.Noun } noun
        && noun.Word.Length == words.Length && Categories.CategoryLexicon.Default.VerbEndingAt(words, words.Length) is null;

    // Whether a noun the lexicon knows, or a word for people, is read after a closing quotation mark at at: the head the
    // quoted name modifies (“最美”人物, “四个100”先进典型代表). Words that open with a verb are the predicate, whatever they
    // end in (“生态哨兵”发放奖学金).
    private static bool HeadAfterQuotation(string text, int at, int clauseEnd) =>
        ForwardNoun(text, at, clauseEnd).Noun is { Length: >= 2 } head && (EndsInKnownNoun(head) || NamesPeople(head)) && !StartsWithAVerb(head);

    // The noun of the words at..open before a quotation with no head after it (closed at close): what befell people
    // counted (18人失踪受台风“杜苏芮”影响: 失踪受台风); for people, the quoted name when it names people (93名…军校“准学员”);
    // for things, the words up to the last noun the lexicon knows in them (电子屏阵地同“屏”共振: 电子屏阵地), or the quoted
    // name when it ends in one (第三批“银龄健康教育实践基地”授牌). Null for the rules before: the noun ends at the
    // quotation after a known noun, and the quotation is passed over after other words.
    private static (string Noun, int End)? QuotedNounOrEnd(string text, int at, int open, int close, bool countsPeople)
    {
        var before = text.AsSpan(at, open - at);
        var name = close - open - 1 is > 0 and <= MaxMetricLength ? text[(open + 1)..close] : "";
        if (LastPeopleEvent(before).At >= 0)
        {
            return (before.ToString(), open);
        }

        if (countsPeople)
        {
            return NamesPeople(name) ? (name, close + 1) : null;
        }

        for (var end = before.Length; end >= MinNounBeforeAQuotation; end--)
        {
            if (EndsInKnownNoun(before[..end]))
            {
                return (text.Substring(at, end), at + end);
            }
        }

        return name.Length > 0 && EndsInKnownNoun(name) ? (name, close + 1) : null;
    }

    private const int MinNounBeforeAQuotation = 2;

    // 优秀, 首批, 年度: a modifier before a quoted name, which then is the noun.
    private const int MaxModifierBeforeAName = 2;

    // The quoted name whose opening mark is at end, after the modifier at..end, as the noun and where it ends; or null
    // when the modifier is a verb (its object), a noun or people (which the name then modifies or is said of), or a head
    // follows the name.
    private static (string Noun, int End)? QuotedNameAfterAModifier(string text, int at, int end, int clauseEnd)
    {
        var modifier = text.AsSpan(at, end - at);
        var close = text.IndexOf('”', end, clauseEnd - end);
        var endsOrHasNoHead = close + 1 == clauseEnd || (close + 1 < clauseEnd && Parsing.ChineseText.IsIdeograph(text[close + 1]) && !HeadAfterQuotation(text, close + 1, clauseEnd));
        return close - end - 1 is > 0 and <= MaxMetricLength && endsOrHasNoHead && !modifier.ContainsAny(IntroducingVerbsInWords)
            && !EndsInKnownNoun(modifier) && !NamesPeople(modifier)
            ? (text[(end + 1)..close], close + 1)
            : null;
    }

    // Whether a phrase ends in a word the category lexicon knows as a noun or a word for people (补给物资, 犯罪嫌疑人): a
    // word after which 给, 到, 于 and the adverbs of one character open the predicate.
    private static bool EndsInKnownNounOrPeople(ReadOnlySpan<char> phrase) =>
        LastWordRole(phrase) is Categories.CategoryRole.Noun or Categories.CategoryRole.Person;

    // Whether a phrase ends in a word the category lexicon knows as a noun or a measuring head (投资项目, 服务队).
    private static bool EndsInKnownNoun(ReadOnlySpan<char> phrase) =>
        LastWordRole(phrase) is Categories.CategoryRole.Noun or Categories.CategoryRole.Measure;

    // The role of the category lexicon's word that ends the phrase (a noun, a word for people …), or null.
    private static Categories.CategoryRole? LastWordRole(ReadOnlySpan<char> phrase) =>
        Categories.CategoryLexicon.Default.PhraseWordEndingAt(phrase, phrase.Length)?.Role;

    // Whether two units count the same kind: the same unit, or people in 人, 名 and 位.
    public static bool SameKind(string unit, string other) =>
        unit == other || (MeasureWords.Counts(unit) == MeasureClass.People && MeasureWords.Counts(other) == MeasureClass.People);

    // A basis point, written 基点 or bp, with an aside in brackets that explains it (15个bp（基点）): its length where words
    // begin with one, else 0.
    private static int BasisPointLength(ReadOnlySpan<char> words)
    {
        foreach (var written in BasisPoints)
        {
            if (words.StartsWith(written, StringComparison.OrdinalIgnoreCase))
            {
                var after = words[written.Length..];
                var close = after.Length > 0 && after[0] is '(' or '（' ? after.IndexOfAny(')', '）') : -1;
                return written.Length + close + 1;
            }
        }

        return 0;
    }

    private static readonly string[] BasisPoints = ["基点", "bp"];

    // Words that name a rate: a 率 (利率, 收益率) or the loan prime rate, LPR.
    private static bool NamesARate(ReadOnlySpan<char> words) => words.Contains('率') || words.Contains("LPR", StringComparison.OrdinalIgnoreCase);

    // Words after a figure that name no thing it counts: the mark it reaches (大关, 关口, 台阶), the level it is at (水平), the
    // currency of an amount written after its unit (262.7亿元人民币), the comparison it is the base of (与上年的300件相比),
    // the range it ends (6000元到10000元之间).
    internal static readonly FrozenSet<string> NotCountedAfterAFigure = new[] { "大关", "关口", "台阶", "水平", "人民币", "相比", "相较", "之间" }.ToFrozenSet();

    // The run of Chinese characters that ends where the number begins, at most ten of them: enough for a comparison with
    // its adverb (比上年同期名义增长, 增幅高于全省平均水平).
    private static string TrailingWords(ReadOnlySpan<char> before)
    {
        var start = before.Length;
        while (start > 0 && before.Length - start < 10 && Parsing.ChineseText.IsIdeograph(before[start - 1]))
        {
            start--;
        }

        // 增速比规模以上工业总产值快: a comparison whose reference runs past ten characters is read from its 比 or 较, with
        // the rate compared before it.
        var run = start;
        while (run > 0 && before.Length - run < MaxMetricLength && Parsing.ChineseText.IsIdeograph(before[run - 1]))
        {
            run--;
        }

        var compared = run < start ? FirstMatch(ComparisonOpening, before[run..]).Index : -1;
        start = compared >= 0 && run + compared < start ? run + compared : start;
        // 但增速比上年下降: the conjunction that joins the comparison to the clause before is none of its words.
        start += before[start..].Length > 1 && ConjunctionsBeforeAComparison.Contains(before[start].ToString())
            && (FirstMatch(ComparisonOpening, before[(start + 1)..]).Index == 0 || before[(start + 1)..].StartsWith("同比") || before[(start + 1)..].StartsWith("环比"))
            ? 1
            : 0;

        // 较2015年减少了, 比7月份略有下降, 是2000年的: a comparison with a period written in digits, whose year or month alone
        // would open the words (年减少了); it is read whole, as 比上年同期提高 is.
        var based = PeriodEndingAfterDigits.IsMatch(before[start..]) ? FirstMatch(ComparedWithDigitsAtEnd, before[..start]).Index : -1;
        return before[(based >= 0 ? based : start)..].ToString();
    }

    // The rate compared and the 比 or 较 that open a comparison (ComparisonWithAnyReference), with the words after them;
    // not a word that only begins with 比 or 较 (comparison-lookalikes.tsv: 比重, 较快).
    private static readonly System.Text.RegularExpressions.Regex ComparisonOpening =
        new(@"(?:增速|增幅|涨幅|降幅)?(?!" + string.Join("|", MetricWordList.Words("comparison-lookalikes")) + ")[比较]");

    // The ending of a period written in digits: 2011年, 2019年同期, 6月份, 1季度.
    private static readonly System.Text.RegularExpressions.Regex PeriodEndingAfterDigits = new(@"^(?:年(?:同期|度|底|末|初)?|月份?|季度)");

    // A word of comparison (or 是, or the 从 and 由 of a change's start) and the digits of its period, ending the words: 较2015,
    // 环比6, 从2020.
    // 较1-6: the digits may end a run of months (RunOfMonths).
    private static readonly System.Text.RegularExpressions.Regex ComparedWithDigitsAtEnd = new("(?:" + ComparisonWords + "|是|从|由)(?:[0-9０-９]{1,2}[-—－~～至])?[0-9０-９]{1,4}$");

    // Whether the words right after a count open a relative clause: a preposition of aim or topic (针对); with no noun
    // read there, 在, 从 or a verb of going; else a noun read that is an introducing verb or a demonstrative closed by 的
    // (85家这样的驿站), an attributive verb (有 stopped short of the 的 at 从; 遭受, 身穿), or a negation or an adverb of
    // recency (2所未完成招生任务的学校: its verb ended the noun at 未).
    private static bool OpensRelativeClause(string text, int at, string forward, bool closedByOf, int clauseEnd)
    {
        if (WordAt(text, at, clauseEnd, PrepositionsOfAimOrTopic))
        {
            return true;
        }

        if (forward.Length == 0)
        {
            return at < clauseEnd && (text[at] is '在' or '从' || WordAt(text, at, clauseEnd, VerbsOfGoing));
        }

        // 15名来自安徽、山东、湖北等地的一线职工子女, 6500名来自世界113个国家和地区的青年运动员: a verb of coming from or
        // lying in opens the clause also where the noun read after it stopped at a list comma or a number before the 的.
        // 有 alone begins nouns (有机肥), so it opens one only closed by 的 or as the whole noun read.
        return (closedByOf && (IntroducingVerbs.Contains(forward) || forward.StartsWith(Having) || DescribesLikeAnAdjective(forward)))
            || (closedByOf && Demonstratives.Contains(forward))
            || forward == Having || (StartsWithAny(forward, AttributiveVerbs) && !forward.StartsWith(Demand, StringComparison.Ordinal))
            || (forward.Length == 1 && (Negations.Contains(forward[0]) || AdverbsOfRecency.Contains(forward[0])));
    }

    // 新 "newly" and 刚 "just", read alone after a count where a verb stopped the noun (30名新招录的民警, 12名刚考取证书的
    // 学员): they open a relative clause as a negation does, whose head after 的 is counted.
    private const string AdverbsOfRecency = "新刚";

    // 35个功能完善的村级服务站, 15所条件较好的乡镇学校, 3个标准化的卫生室, 5家规模以上的企业, 20个各具特色的教育基地:
    // words closed by 的 that describe as an adjective does, by their own grammar (a degree adverb, the suffix of a
    // non-predicate adjective or of a bound, X具 "having", or a quality followed by no noun) or by ending in a descriptive
    // adjective (形式活泼、内容精湛的), describe the head after the 的, which is counted. A noun before 的 has none of these (4个班次的时间, 3个批次的产品, 5家规模企业的产值).
    private static bool DescribesLikeAnAdjective(string words) =>
        words.Length >= 2
        && (DegreeWordsInAQuality.Any(degree => words.Contains(degree, StringComparison.Ordinal))
            || (words.Length >= MinAdjectiveWithSuffix && EndsWithAny(words, AdjectiveEndings))
            || (words.Length >= 3 && words[1] is '具' or '有')
            || (StartsWithAny(words, Qualities) && words.Length > 2 && !EndsInKnownNoun(words))
            || DescriptiveAdjectives.EndEveryItem(words));

    // 较, 很, 非常 … inside words before 的: a quality's degree (条件较好, 积极性很高). 最 and 更 are left out: they begin names
    // (最美家庭).
    private static readonly string[] DegreeWordsInAQuality = ["较", "很", "非常", "十分", "比较", "相对", "特别"];

    // The suffixes of non-predicate adjectives (标准化, 示范性, 开放式) and bounds (规模以上), on words of three characters
    // or more: of two, they end nouns (形式, 模型, 个性).
    private static readonly string[] AdjectiveEndings = ["化", "性", "型", "式", "以上", "以下"];
    private const int MinAdjectiveWithSuffix = 3;

    // Qualities that a following adjective rates (功能完善, 环境优美, 表现突出, 带动能力强).
    private static readonly string[] Qualities = ["功能", "能力", "条件", "环境", "设施", "规模", "表现", "成效", "效果", "质量", "基础", "实力", "带动能力"];

    // Whether one of the words stands at at, inside the clause (a verb of going, 前往; a preposition, 针对).
    private static bool WordAt(string text, int at, int clauseEnd, string[] words) =>
        at < clauseEnd && StartsWithAny(text.AsSpan(at, clauseEnd - at), words);

    // Whether a count in the unit is of times, of a duration or of a distance, which what was done names.
    private static bool NamedByWhatWasDone(string unit) => MeasureWords.Counts(unit) is MeasureClass.Events or MeasureClass.Time or MeasureClass.Length;


    // The noun after the measure word, or the quoted name there: 13位|孤寡老人, 3个|“好人社区”, 40余家|全国、天津市文明单位.
    internal static (string Noun, int End) ForwardNoun(string text, int at, int clauseEnd)
    {
        // A measure can end past its clause (a qualifier after it, 20余名 at a comma); nothing of the clause is left.
        if (at >= clauseEnd)
        {
            return ("", at);
        }

        var countsPeople = at > 0 && MeasureWords.CountsPeople(text[(at - 1)..at]);

        // 320家（次）企业: 次 in brackets after the measure word makes a count of times of it; 430多件（幅）展品: another
        // measure word there names a second kind of the things counted. Either way the noun follows.
        at = text.AsSpan(at, clauseEnd - at) is ['（' or '(', _, '）' or ')', _, ..] && (text[at + 1] == '次' || MeasureWords.At(text, at + 1) is { Length: 1 })
            ? at + 3
            : at;

        // 接受社会捐款2517万元北京商报讯（记者…）: a title run into the story under it; its furniture names nothing counted.
        if (StoryFurniture.OpensAt(text, at, countsPeople))
        {
            return ("", at);
        }

        if (text[at] is '“' or '"')
        {
            var close = text.IndexOf(text[at] == '"' ? '"' : '”', at + 1, clauseEnd - at - 1);
            // 194个“湘商回归”投资项目: a quoted name with a noun after it only modifies that noun, which is the head; a name
            // that ends in a noun is the noun itself (两支“服务队”围绕…), and what follows must end in one (not 以每周三次).
            var headFollows = close > at && close + 1 < clauseEnd && Parsing.ChineseText.IsIdeograph(text[close + 1]) && !ForwardStopChars.Contains(text[close + 1])
                && !ForwardStops.StartsAt(text, close + 1) && !Numbers.NumeralScanner.StartsAt(text, close + 1)
                && !EndsInKnownNoun(text.AsSpan(at + 1, close - at - 1));
            if (headFollows && ForwardNoun(text, close + 1, clauseEnd) is var head && EndsInKnownNoun(head.Noun))
            {
                return head;
            }

            return close > at + 1 && close - at - 1 <= MaxMetricLength ? (text[(at + 1)..close], close + 1) : ("", at);
        }

        // 5名被困居民, 3名受伤群众: what befell people, written before a noun for them, says which they are; written alone
        // after the count (3人被困) it is their event (WithPeopleEvent). 被 would otherwise end the noun before it began.
        // The noun runs to the last word for people (67名被困人员转移: 转移 is the predicate; 12名被困群众到安置点: 到 too).
        foreach (var happening in PeopleEvents)
        {
            if (!text.AsSpan(at, clauseEnd - at).StartsWith(happening, StringComparison.Ordinal))
            {
                continue;
            }

            var described = ForwardNoun(text, at + happening.Length, clauseEnd).Noun;
            if (ToLastWordForPeople(described) is var length and > 0)
            {
                return (happening + described[..length], at + happening.Length + length);
            }
        }

        var end = at;
        while (end < clauseEnd && end - at < MaxMetricLength)
        {
            var c = text[end];
            // 孤寡老人、残疾人 is one list; in 十名模范、二十名好人 a second count begins after the comma.
            // 20名党员和群众, 296名文物和文化遗产专家志愿者: 和 and 及 join two nouns as the list comma does.
            // 6个武器制造点和约300个爆炸装置: a qualifier and a number after the joiner begin the next count.
            var listComma = c is '、' or '和' or '及' && end > at && end + 1 < clauseEnd && Parsing.ChineseText.IsIdeograph(text[end + 1])
                && !Numbers.NumeralScanner.StartsAt(text, end + 1) && !ForwardStops.StartsAt(text, end + 1)
                && !QualifierRules.BeginsAQualifiedNumber(text, end + 1);
            // 评出10户优秀“文明家庭”, 为3名优秀“护河卫士”颁发证书: after a modifier of two characters at most (no verb, no
            // noun the lexicon knows, no people), a quoted name that ends the clause or has no head after it is the noun
            // itself, as right after the measure word; the words after it are the predicate's.
            if (c is '“' && end > at && end - at <= MaxModifierBeforeAName && QuotedNameAfterAModifier(text, at, end, clauseEnd) is { } name)
            {
                return name;
            }

            // 5支乡镇级“银发生辉”志愿服务队: a quoted name inside the noun only modifies the head after it; after a verb it is
            // the verb's object (12家银行延续实施“…”行动), and the noun ends before the verb's words. After a noun the
            // lexicon knows it modifies a head only where one follows (38位街道“最美”人物); else the noun is whole and the
            // quotation belongs to the predicate (8台应急电源车“嗡嗡”作响), as it always does after people (一线职工子女“飞入”
            // 工地: people are modified before the quote, not by it).
            if (c is '“' && end > at && !text.AsSpan(at, end - at).ContainsAny(IntroducingVerbsInWords) && text.IndexOf('”', end, clauseEnd - end) is var close && close > end && close + 1 < clauseEnd && Parsing.ChineseText.IsIdeograph(text[close + 1])
                && !NamesPeople(text.AsSpan(at, end - at)))
            {
                if (HeadAfterQuotation(text, close + 1, clauseEnd))
                {
                    (at, end) = (close + 1, close + 1);
                    continue;
                }

                // With no head after the quotation (500多个电子屏阵地同“屏”共振, 16个第三批“…实践基地”授牌, 1名…大学“准学子”
                // 发放奖学金), it is the predicate's or the noun itself.
                if (QuotedNounOrEnd(text, at, end, close, countsPeople) is { } quoted)
                {
                    return quoted;
                }

                if (!EndsInKnownNoun(text.AsSpan(at, end - at)))
                {
                    (at, end) = (close + 1, close + 1);
                    continue;
                }
            }

            if (ForwardStopChars.Contains(c) && NounsWithStopCharacters.At(text, end) is { } noun)
            {
                end += noun.Length;
                continue;
            }

            // 21所高中, 3所初中: a noun whose second character is the stop character.
            if (ForwardStopChars.Contains(c) && end > at && NounsWithStopCharacters.At(text, end - 1) is { } ending)
            {
                end += ending.Length - 1;
                continue;
            }

            // 50名队员拿着工具, 5支队伍顶着高温: 着 follows a verb, which ends the noun when a noun the category lexicon knows
            // stands before it (not in 3名活着的孩子, nor in 着陆, 着力, where 着 begins a word).
            if (c == '着' && end > at && !WordsBeginningWithZhe.StartsAt(text, end) && BeforeVerbOfAspect(text, at, end) is var verbAt && verbAt < end)
            {
                end = verbAt;
                break;
            }

            // 1000份补给物资移交给当地政府, 500份慰问品送到老人家中: 给 and 到 after a verb say where what is counted went;
            // that verb ends the noun when a noun the lexicon knows stands before it (补给物资 goes on). Right after such a
            // noun 到 is the verb itself (25名农民到法庭, 11名大学生到社区). 给予 and 给水 are words of their own, and 达到
            // links a level (LinkingVerbs).
            if (c is '给' or '到' && end > at && !GoalMarkerInAWord(text, end))
            {
                if (EndsInKnownNounOrPeople(text.AsSpan(at, end - at)))
                {
                    break;
                }

                if (BeforeVerbOfAspect(text, at, end) is var verbBeforeGoal && verbBeforeGoal < end)
                {
                    end = verbBeforeGoal;
                    break;
                }

                // 16支队伍到各村庄排查, 10名骑手到某某区协助: with no verb before it, 到 before 各 "each" or a place's own
                // name is the verb of going there, whatever the noun before it (到各 and 到+place begin no noun).
                if (c == '到' && end + 1 < clauseEnd && (text[end + 1] == '各' || Places.DivisionTable.Default.UnambiguousNameAt(text, end + 1) is not null))
                {
                    break;
                }
            }

            // 4名犯罪嫌疑人于8月3日被抓获, 2辆铲车于场边待命, 16名大学生志愿者正为…, 三位专家还为村民义诊: 于 "at" and the
            // adverbs of one character 正, 还, 又, 仍, 曾 right after a noun the lexicon knows open the predicate; after a
            // verb 于 is the verb's (用于, 处于, 死于), and elsewhere the others are in words (纠正, 归还). So does 共 "in all,
            // together" (4家合作社共为…, 30名小学生共赴…), unless it begins a noun of its own (区域化共建单位) or ends 公共.
            var opener = end - at >= MinNounBeforeAOneCharacterOpener
                && (OneCharacterPredicateOpeners.Contains(c) || (c == '共' && text[end - 1] != '公' && !BeginsANounWithGong(text.AsSpan(end, clauseEnd - end))));
            if (opener && EndsInKnownNounOrPeople(text.AsSpan(at, end - at)))
            {
                break;
            }

            if (end > at && TotalBeforeVerbAt(text, end, clauseEnd))
            {
                break;
            }

            // 36.8万个项目超过137万人次参赛: a qualifier and its number begin the next count; 三个区共90个社区: so does a
            // total and its number.
            if (end > at && OpeningOfACount(text, end) > 0)
            {
                break;
            }

            // 两名犯罪嫌疑人均已到案, 20名残疾人均可申领: the 人 that closes a word of three characters or more of the lexicon
            // (嫌疑人, 残疾人) is that word's, and the 均 after it is "all", no average (300名村民人均增收: 村民).
            if (c == '人' && end + 1 < clauseEnd && text[end + 1] == '均'
                && Categories.CategoryLexicon.Default.PhraseWordEndingAt(text, end + 1) is { Word.Length: >= MinWordClosedByRen } closed
                && end + 1 - closed.Word.Length >= at)
            {
                end++;
                break;
            }

            // 四家单位自2023年起: 自 before a number is "since" (自来水, 自然村 are nouns); 5名原告于2019年起诉, 生产线于6月
            // 投产: 于 before a date is "on, in", which opens the predicate (before other figures it ends verbs: 高于3%, 优于3类).
            if ((!Parsing.ChineseText.IsIdeograph(c) && !listComma) || (Parsing.ChineseText.IsIdeograph(c) && ForwardStopChars.Contains(c) && !listComma) || ForwardStops.StartsAt(text, end)
                || (end > at && PredicateVerbAt(text, end))
                || (c == '自' && end + 1 < clauseEnd && Numbers.NumeralScanner.StartsAt(text, end + 1))
                || (c == '于' && end > at && DateAt(text, end + 1, clauseEnd)))
            {
                // 24.37万名家庭经济困难学生圆了大学梦, 28户村民集资了: before the aspect particle 了 stands a verb, of one or two
                // characters after the noun's last known word.
                end = c == '了' ? BeforeVerbOfAspect(text, at, end) : end;
                end = PredicateOwnsTheCharacterBefore(text, at, end) ? end - 1 : end;
                // 20支代表队分为3组: the 为 that stops the noun may close 分为, whose 分 goes with it.
                end = DividedInto.NounEnd(text, at, end);
                break;
            }

            end++;
        }

        // 12个灾后重建和复工复产驻县指导帮扶小组: a noun stopped by its length inside a word the lexicon knows runs to that
        // word's end, a few characters on.
        end = end - at == MaxMetricLength ? ToEndOfWordRunningOn(text, end, clauseEnd) : end;

        // 11位本土奥运冠军、世界冠军122人次, 6名医生和急救中心4名护士: when the next count follows, the item after the last
        // list comma or 和 is its noun (及 and 与 end verbs too often: 涉及, 参与); 12台机组（中）有10台: a verb of
        // having before it makes the next count a part of this one.
        if (end > at && end < clauseEnd
            && (Numbers.NumeralScanner.StartsAt(text, end) || OpeningOfACount(text, end) > 0))
        {
            var joiner = text.AsSpan(at, end - at).LastIndexOfAny('、', '和');
            var having = text.AsSpan(at, end - at).EndsWith("中有") ? 2 : text[end - 1] == '有' ? 1 : 0;
            // 19个地表水考核断面优良比例达100%: a verb of reaching right before the next figure links that figure to the
            // noun, as 为 does; it is no part of the noun.
            having = having > 0 ? having : Reaching(text.AsSpan(at, end - at));
            end = joiner > 0 ? at + joiner : end - having > at ? end - having : end;
        }

        return (text[at..end], end);
    }

    // 一百多个摊位上, 600余亩高标准农田里, 2.6平方公里的土地上: a locative after the counted noun makes of it the place
    // where something happens; what is counted is the noun without it. Not where the locative closes a word of its own
    // (以上, 线上, 高中, 基础上: a data file), nor after a noun of one character (村里, 车上), nor before an aspect
    // particle, where 上 is a verb's complement (王莲披上了面纱).
    private static (string Noun, int End) WithoutLocative(string text, (string Noun, int End) noun) =>
        noun.Noun.Length > MinNounBeforeALocative && noun.End <= text.Length && text.AsSpan(0, noun.End).EndsWith(noun.Noun)
            && Locatives.Contains(noun.Noun[^1]) && !LocativesInWords.EndsAt(text, noun.End)
            && !(noun.End < text.Length && AspectParticles.Contains(text[noun.End]))
            ? (noun.Noun[..^1], noun.End - 1)
            : noun;

    // 2.2公里长、3.5米宽产业道路, 十几米长的细线, 16米高的观鸟台: a length with 长, 宽, 高, 深 or 厚 after it is that
    // dimension of the noun after the dimensions: what is measured is the noun, and the adjective says which of its
    // measures the figure is (产业道路（宽度）). Only where 的 or a list of dimensions closes the adjective: written
    // straight before a word it may begin that word (3公里长江岸线, 10公里高速公路), except in the second of a pair
    // (2公里长、3.5米宽产业道路).
    private static MetricReading? DimensionOfWhatFollows(string text, FoundNumber number, int clauseStart, int clauseEnd)
    {
        var match = Dimensions.Match(text, number.End);
        var secondOfAPair = number.Start - clauseStart >= 2 && DimensionNames.ContainsKey(text[number.Start - 2]) && text[number.Start - 1] == '、';
        if (!match.Success || match.Index + match.Length > clauseEnd
            || !(match.Groups["of"].Success || match.Groups["more"].Length > 0 || secondOfAPair))
        {
            return null;
        }

        var (noun, end) = WithoutLocative(text, ForwardNoun(text, match.Index + match.Length, clauseEnd));
        var name = DimensionNames[text[number.End]];
        return noun.Length >= MinDimensionedNoun ? new($"{noun}（{name}）", noun, noun, end, null) : null;
    }

    // The dimension each adjective names (a data file, which QualifierRules reads too): the adjective with 度, 长 length
    // 长度, 宽 width 宽度, 高 height 高度, 深 depth 深度, 厚 thickness 厚度.
    private static readonly FrozenDictionary<char, string> DimensionNames =
        MetricWordList.Words("dimension-adjectives").ToFrozenDictionary(adjective => adjective[0], adjective => adjective + "度");

    // A dimension after a length, with the next lengths of a list of dimensions and the 的 that makes them describe a
    // noun; the adjectives are DimensionNames' (declared before, so initialised first).
    private static readonly System.Text.RegularExpressions.Regex Dimensions = DimensionsAfterALength(string.Concat(DimensionNames.Keys));

    private static System.Text.RegularExpressions.Regex DimensionsAfterALength(string adjectives) =>
        new($@"\G[{adjectives}](?<more>(?:、[^、，,。；;的{adjectives}]{{1,10}}[{adjectives}])*)(?<of>的)?");

    private const int MinDimensionedNoun = 2;

    // The locatives that may follow a noun: on, in, within, among.
    private const string Locatives = "上里内中";
    private const string AspectParticles = "了着过";
    private const int MinNounBeforeALocative = 2;
    private static readonly Lexicon LocativesInWords = new(MetricWordList.Words("locatives-in-words"));

    // 以…为代表的: "of which … are the examples".
    private const string RepresentedBy = "为代表的";

    // A time at the end of the words goes only after a noun of two characters or more, which is then what is counted.
    private const int MinWordsBeforeATimeAtEnd = 2;

    // 白萝卜批发价每吨1400元, 瞬间风速每秒15米, 收购均价每50公斤137元: 每 and the unit a rate is per (or nothing, when
    // the unit is written as a number) end the words; they say what the figure is reckoned per, not what it is. Only
    // before words of their own: 每天 alone, or 每生每月, stays the metric where nothing else names the figure.
    // 补贴标准每人每月300元: every per unit goes, or none.
    private static ReadOnlySpan<char> WithoutPerUnitAtEnd(ReadOnlySpan<char> lead)
    {
        var before = lead;
        while (PerUnitAtEnd(before) is var per and >= 0)
        {
            before = before[..per];
        }

        return before.Length >= MinWordsBeforeAPerUnit ? before : lead;
    }

    // Where 每 and a unit (or 每 alone) end the words, or -1.
    private static int PerUnitAtEnd(ReadOnlySpan<char> words)
    {
        var per = words.LastIndexOf('每');
        var unit = per >= 0 ? words[(per + 1)..].ToString() : "";
        return per >= 0 && (unit.Length == 0 || (unit.Length == 1 && UnitsPerOutsideTheTable.Contains(unit[0])) || MeasureWords.At(unit, 0)?.Written.Length == unit.Length)
            ? per
            : -1;
    }

    // 每年, 每月, 每周, 每日: periods a rate is per that the measure words' table leaves out (they date, not count); and
    // 每生, "per pupil", of school funding and fees (每生每年625元).
    private const string UnitsPerOutsideTheTable = "年月周日生";

    private const int MinWordsBeforeAPerUnit = 2;

    // …的是: "the one that … is".
    private const string Cleft = "的是";

    // 满意度要达到90%, 覆盖率须达到: a modal verb right before the linking verb goes with it. Only there: 要 ends nouns
    // (会议纪要3份). 能 ends nouns too (产能), so it goes only when it is all that is left (200亩产值能达到120万元: the
    // subject of the count before carries).
    private static ReadOnlySpan<char> WithoutLinkingVerb(ReadOnlySpan<char> lead)
    {
        var trimmed = Trim(lead, LinkingVerbs, fromEnd: true);
        if (trimmed.Length == lead.Length)
        {
            return lead;
        }

        trimmed = Trim(trimmed, WordsBeforeALinkingVerb, fromEnd: true);
        return trimmed is LoneCan ? [] : trimmed;
    }

    private const string LoneCan = "能";

    private static readonly string[] WordsBeforeALinkingVerb =
    [
        "要", "应", "需", "须", "必须", "应当", "需要", "将",
        // 产值可达50亿元, 日烘干量可以达到15吨, 市民便可…: "can" says the figure is possible, not what it counts. 可 alone ends
        // 许可 and 认可, but no linking verb or qualifier follows those before a figure; 能 alone ends 产能 and 储能, so
        // only 能够 here (a 能 that is all the words left goes in WithoutLinkingVerb).
        "可", "可以", "能够", "便可", "即可", "就可",
        // 杭州GDP则是18753亿元: 则 ("whereas") sets the figure against the one before; only here, where it cannot be the
        // end of 原则 or 规则.
        "则",
    ];

    // The counted thing before the number: after a quoted name, after the last introducing verb, without fillers and linking verbs.
    private static (string Metric, string Verb) Lead(ReadOnlySpan<char> lead, bool countsPeople)
    {
        // 54班（其中小学30班: the bracket opens a part, whose words are read without it. 扬州（3417亿元）、盐城（3413亿元）:
        // the bracket and the list comma that close the figure before go with that figure. 警车 100 辆次: the space some
        // pages set before a number is none of the words.
        lead = WithoutAsideAtEnd(lead.TrimStart("（(）)、").TrimEnd());
        // “全县有各级非遗项目38个: a quotation mark that opens what someone said, closed after the figure, is no part of
        // the words, and would keep the fillers after it.
        lead = lead is ['“', ..] && !lead.Contains('”') ? lead[1..] : lead;
        // A quoted name before a noun only modifies it: “争做文明有礼天津人”主题活动 counts 主题活动.
        var quoteEnd = lead.LastIndexOfAny("”》」\"");
        if (quoteEnd >= 0 && quoteEnd + 1 < lead.Length)
        {
            // 百强县榜单中的“千亿县”已达54个: with only linking words after it, the quoted name is what is counted.
            var open = lead[..quoteEnd].LastIndexOfAny("“《「\"");
            lead = Trim(lead[(quoteEnd + 1)..], LinkingVerbs, fromEnd: true).IsEmpty && open >= 0 ? lead[(open + 1)..quoteEnd] : lead[(quoteEnd + 1)..];
        }

        // 以两所大学为代表的高校30余所: the examples that stand for the counted things are no part of what is counted.
        var represented = lead.LastIndexOf(RepresentedBy);
        lead = represented >= 0 && represented + RepresentedBy.Length < lead.Length ? lead[(represented + RepresentedBy.Length)..] : lead;
        // 排在前三位的是劳动纠纷: after a cleft's 的是 stands what is counted; before it, which of them it is.
        var cleft = lead.LastIndexOf(Cleft);
        lead = cleft >= 0 && cleft + Cleft.Length < lead.Length ? lead[(cleft + Cleft.Length)..] : lead;

        lead = WithoutPerUnitAtEnd(lead);
        // 由最初的4名发展到120余名: a change to a new level goes before the linking words, whose 到 would leave its verb.
        // 比赛分为两场: 分为 links as 为 does, and goes whole (为 alone would leave its 分).
        lead = WithoutLevelAt(WithoutLinkingVerb(DividedInto.Without(Trim(lead, ChangeToVerbs, fromEnd: true))));
        lead = Trim(Trim(lead, LinkingVerbsAndDegrees, fromEnd: true), PredicateOpeningAdverbs, fromEnd: true);
        // 旅客发送量、旅客吞吐量均增长2.9倍: 均 ("each") after the counted things, where it ends no average (人均, 年均).
        lead = lead.EndsWith("均") && Trim(lead, AverageWords, fromEnd: true).Length == lead.Length ? lead[..^1] : lead;
        // 涨至20时40分的23.6m/s: the time it was read and the change to it name nothing counted.
        if (FirstMatch(ClockTimeAtEnd, lead).Index is var clock and >= 0)
        {
            lead = Trim(lead[..clock], LinkingVerbs, fromEnd: true);
        }

        // 大学生人数较2021年(增长20%), 居民消费价格同比上涨, 增速比一季度加快: the earlier period a change is measured
        // against names nothing counted, nor does the change after it.
        // 今年上半年又比去年同期下降: 又, 也 or 还 ("again", "also", "still") before the comparison is the predicate's adverb.
        var uncompared = WithoutComparison(lead);
        lead = uncompared.Length < lead.Length ? Trim(uncompared, AdverbsBeforeAComparison, fromEnd: true) : uncompared;
        // 医疗专家9组32人次: the groups they were sent in, counted in digits before the count (组 is no measure word of the
        // table: 村二组 is an address), are no part of who is counted.
        lead = FirstMatch(GroupsAtEnd, lead) is { Index: > 0 } groups ? lead[..groups.Index] : lead;

        // 从2011年的2万人增长到2021年的5.2万人, 扩展到如今30多家: the year of the new level, or now, like its time,
        // names nothing counted, when a change-to verb stands before it; so does the year a figure is aimed at after the
        // counted thing (接种率到2025年将达92%), with the 到 before it.
        if (FirstMatch(TimeOfLevelAtEnd, lead).Index is var year and >= 0)
        {
            var afterAChange = Trim(lead[..year], ChangeToVerbs, fromEnd: true).Length < year;
            lead = afterAChange ? lead[..year] : year >= MinWordsBeforeATimeAtEnd ? Trim(lead[..year], ModalWords, fromEnd: true) : lead;
        }

        // 上涨到峰值4650立方米/秒: the peak a change reaches names nothing counted, as its year does.
        var beforeLevel = Trim(lead, LevelsReached, fromEnd: true);
        lead = beforeLevel.Length < lead.Length && Trim(beforeLevel, ChangeToVerbs, fromEnd: true).Length < beforeLevel.Length ? beforeLevel : lead;
        // 驿站已增至5个: the linking words before a change to a new level go with it.
        lead = Trim(Trim(lead, ChangeToVerbs, fromEnd: true), LinkingVerbs, fromEnd: true);
        lead = BeforeChangeFrom(lead);
        // 全装修住宅面积占新建住宅面积比例为100%: the share is of what comes before 占.
        var share = lead.IndexOf('占');
        lead = share > 0 && (lead.EndsWith("比例") || lead.EndsWith("比重")) ? lead[..share] : lead;
        lead = AfterTheDoersTotal(lead);
        // 地质灾害共接报369起: a total's adverb and its verb after the counted thing, which leads the clause as its topic.
        // Before a count of people or households the topic is who acted on them (镇村干部累计走访3100多户), not what is counted.
        if (!countsPeople && TopicBeforeTotal(lead, out var topicalVerb) is { Length: > 0 } topic)
        {
            return (Phrase(Trim(WithoutTimeAndModality(topic), LeadingFillers, fromEnd: false)), topicalVerb);
        }

        var verb = "";
        var cut = 0;
        foreach (var candidate in IntroducingVerbs)
        {
            var end = lead.LastIndexOf(candidate) + candidate.Length;
            // A verb followed by one character is part of a noun (覆盖率, 服务站), also as an item of a list (培训室、活动室),
            // or by more that make a word the lexicon knows (培训班学员), so it does not cut; nor one followed by 量 or 率,
            // which make nouns of verbs wherever they stand (私家车拥有量是…), nor by the 下 that closes 在…下 "under"
            // (在负责人带领下, 在志愿者帮助下: the verb is the frame's, and the words after 下 are the clause's own).
            var adverb = end >= candidate.Length && StartsWithAny(lead[(end - candidate.Length)..], MannerAdverbsWithYou);
            var nounOfOneMore = end + 1 < lead.Length && ListJoiners.Contains(lead[end + 1]);
            if (end >= candidate.Length && end + 1 < lead.Length && end > cut && !adverb && !nounOfOneMore && lead[end] is not ('量' or '率') && !ClosesUnderFrame(lead, end)
                && !BeginsKnownWord(lead, end - candidate.Length, candidate.Length) && !MeasuresOfAnActivity.Contains(lead[end..]))
            {
                (verb, cut) = (candidate, end);
            }
        }

        // 服务队有志愿者542人, 辖区有独居老人41名: after 有 "there are", people named to the end of the words are who is
        // counted, and the words before say where they are (没有 negates it: 没有赡养人的 stays whole).
        var having = countsPeople && lead[cut..].LastIndexOf('有') is var haveAt and > 0 ? cut + haveAt : -1;
        if (having > 0 && having + 3 <= lead.Length && lead[having - 1] != '没' && NamesPeople(lead[(having + 1)..])
            && lead[(having + 1)..].IndexOfAny(IntroducingVerbsInWords) < 0)
        {
            (verb, cut) = ("", having + 1);
        }

        // 完成捐献遗体和器官的志愿者: a verb whose object is followed by 的 belongs to the clause that describes the noun,
        // and so do the introducing verbs just before it.
        if (cut > 0 && lead[cut..].Contains('的'))
        {
            cut -= verb.Length;
            for (var extended = true; extended;)
            {
                extended = false;
                foreach (var candidate in IntroducingVerbs)
                {
                    if (lead[..cut].EndsWith(candidate))
                    {
                        (cut, extended) = (cut - candidate.Length, true);
                        break;
                    }
                }
            }

            verb = "";
        }

        // 排查出相关问题, 检查出问题线索: 出 after a verb of searching (排查, 检查, 查) is its result, "found out", not the
        // start of the noun.
        if (cut > 0 && cut + 2 < lead.Length && lead[cut] == '出' && verb.EndsWith('查'))
        {
            (verb, cut) = (verb + "出", cut + 1);
        }

        // 使重要栖息地面积增长10%: the causative 使 "make" opens a clause whose subject is what the figure measures.
        var written = WithoutCausative(lead[cut..]);
        // The determiner goes before the fillers too, whose 这 and 该 would leave the measure word of 这座 and 该家.
        lead = WithoutDeterminer(WithoutTimeAndModality(WithoutDeterminer(written)));
        // A list closed by 等 gives examples of the noun after it: 米面油等|生活物资.
        var examples = ExamplesMarker(lead);
        if (examples >= 0 && lead.Length - examples > 2)
        {
            // 向保定、廊坊等地调拨物资: 等地 closes a list of places ("and other places"), unless its 地 begins a noun
            // (某某厂、某某公司等地块: 等 closes the list, and 地块 is its head).
            var places = lead[examples + 1] == '地' && !StartsWithAny(lead[(examples + 1)..], NounsBeginningWithDi);
            lead = lead[(examples + (places ? 2 : 1))..];
        }

        // 投入资金4.19亿元: a generic noun says little without its verb, so it keeps it.
        var noun = Phrase(Trim(lead, LeadingFillers, fromEnd: false));
        if (verb.Length > 0 && GenericNouns.Contains(noun))
        {
            return (verb + noun, verb);
        }

        // 累计投入7.59亿元: a bare verb keeps the adverb of a total before it.
        foreach (var total in TotalAdverbs)
        {
            if (IntroducingVerbs.Contains(noun) && written.EndsWith(total + noun))
            {
                return (total + noun, verb);
            }
        }

        return (noun, verb);
    }

    // The words without the causative 使 or 使得 that opens them; not the 使 of a word (使用, 使命, 使者).
    private static ReadOnlySpan<char> WithoutCausative(ReadOnlySpan<char> words) =>
        words.Length > Causative.Length + 1 && words.StartsWith(Causative) && !StartsWithAny(words, WordsBeginningWithShi)
            ? words[(words.StartsWith(CausativeWithDe) ? CausativeWithDe.Length : Causative.Length)..]
            : words;

    private const string Causative = "使";
    private const string CausativeWithDe = "使得";
    private static readonly string[] WordsBeginningWithShi = MetricWordList.Words("words-beginning-with-shi");

    private static readonly string[] AdverbsBeforeAComparison = MetricWordList.Words("adverbs-before-a-comparison");

    // Whether the 下 at at closes 在…下 "under" (在负责人带领下): a 在 stands before it (开展下乡讲座 has none; 下 begins 下乡).
    private static bool ClosesUnderFrame(ReadOnlySpan<char> lead, int at) => at < lead.Length && lead[at] == '下' && lead[..at].Contains('在');

    // Where the first match of the pattern begins in the words and how long it is, or (-1, 0): read from the span, which a
    // Match would copy.
    private static (int Index, int Length) FirstMatch(System.Text.RegularExpressions.Regex pattern, ReadOnlySpan<char> words)
    {
        foreach (var match in pattern.EnumerateMatches(words))
        {
            return (match.Index, match.Length);
        }

        return (-1, 0);
    }

    // 高新分局共出动警力996余人, 密云法院共审结环境资源案件419件: a total's adverb inside the words opens the predicate,
    // whose verb and object are what is counted; the words before it say who did it (an office, a place), as the figure's
    // place and source do. Not where a linking, modal or causal word follows it (合计占全省 is a share of the words before
    // it; 共计将投资, 共导致), nor where the words after it end in a measuring noun that 累计 describes (平台累计访问量,
    // 累计用户数, 累计并网容量), nor with a verb alone after it (地质灾害共接报: the topic is counted, TopicBeforeTotal).
    private static ReadOnlySpan<char> AfterTheDoersTotal(ReadOnlySpan<char> lead)
    {
        var (at, end) = LastTotalInside(lead);
        var predicate = at >= MinDoerLength ? lead[end..] : [];
        return predicate.Length > MaxBareVerbLength && !StartsWithAny(predicate, NoPredicateAfterATotal)
            && !EndsWithAny(predicate, CumulativeMeasureEnds) && LastWordRole(predicate) != Categories.CategoryRole.Measure
            ? predicate
            : lead;
    }

    private const int MinDoerLength = 2;
    private const int MaxBareVerbLength = 2;

    private static readonly string[] NoPredicateAfterATotal = [.. LinkingVerbs, .. ModalWords, .. CausalVerbs];

    // 访问量, 用户数, 交易额, 并网容量: the ends of nouns that measure, which a total's adverb before them describes (累计
    // 访问量 is one noun). Narrower than MeasuredQuantityEnds and MeasuringHeadEnds: a total's predicate may end in an
    // object of money, land or value (累计接受社会捐款, 共退出宅基地, 累计捐款捐物价值), which those would keep whole with the
    // doer (measured on all pages).
    private static readonly string[] CumulativeMeasureEnds = ["量", "数", "额", "率"];

    // Characters after 共 that make a word of it, where it is no total: 共同, 共建, 共享, 共青团, 共产党, 共有 (an
    // introducing verb of its own), 共计 (a total's adverb of its own) …; and 公共 before it.
    private const string WordsOfGong = "同建度作管享青产识治赢创育商性有和振鸣计";

    // The last of the total's adverbs inside the words (the latest to end, the longest of those), as its start and end,
    // or (-1, -1).
    private static (int At, int End) LastTotalInside(ReadOnlySpan<char> lead)
    {
        var (found, foundEnd) = (-1, -1);
        foreach (var total in TotalWords)
        {
            var at = lead.LastIndexOf(total);
            var end = at + total.Length;
            var aWordOfGong = total == "共" && at >= 0
                && ((end < lead.Length && WordsOfGong.Contains(lead[end])) || (at > 0 && lead[at - 1] is '公' or '一' or '总'));
            if (at >= 0 && !aWordOfGong && (end > foundEnd || (end == foundEnd && at < found)))
            {
                (found, foundEnd) = (at, end);
            }
        }

        return (found, foundEnd);
    }

    // The topic before 共, 累计, 共计, 合计 or 总计 and an introducing verb that end the words before a number
    // (地质灾害共接报 → 地质灾害, 活动累计开展 → 活动), or "".
    private static string TopicBeforeTotal(ReadOnlySpan<char> lead, out string verb)
    {
        foreach (var candidate in IntroducingVerbs)
        {
            var beforeVerb = lead.EndsWith(candidate) ? lead[..^candidate.Length] : [];
            foreach (var total in TotalWords)
            {
                if (beforeVerb.EndsWith(total) && beforeVerb.Length > total.Length + 1)
                {
                    verb = candidate;
                    return beforeVerb[..^total.Length].ToString();
                }
            }

            foreach (var done in CompletedAspect)
            {
                // 河南省已派出67批: a place alone is who did it, not what it did.
                var topic = beforeVerb.EndsWith(done) ? Trim(beforeVerb[..^done.Length], NowBeforeCompleted, fromEnd: true) : [];
                if (topic.Length >= 2 && !IsPlaceAlone(WithoutTimeAndModality(topic).ToString()))
                {
                    verb = candidate;
                    return topic.ToString();
                }
            }
        }

        verb = "";
        return "";
    }

    // Nouns that begin with 地, whose 地 after 等 is no "places" (等地块, 等地带): a data file.
    private static readonly string[] NounsBeginningWithDi = MetricWordList.Words("words-beginning-with-di");

    // The 等 that closes a list of examples, or -1: 等候, 等待 and 等级 are words of their own (红灯等候时长).
    private static int ExamplesMarker(ReadOnlySpan<char> lead)
    {
        var at = lead.LastIndexOf('等');
        while (at >= 0 && at + 1 < lead.Length && lead[at + 1] is '候' or '待' or '级')
        {
            at = lead[..at].LastIndexOf('等');
        }

        return at;
    }

    private static bool RefersBack(ReadOnlySpan<char> lead) =>
        lead.Contains("这一数字", StringComparison.Ordinal) || lead.Contains("这个数字", StringComparison.Ordinal)
        || lead.Contains("该数字", StringComparison.Ordinal) || lead.Contains("这一数据", StringComparison.Ordinal);

    // 最大流量创下新高，从800立方米/秒涨到3000立方米/秒; 全镇民宿，由原来的5家增加到40家: a change that opens its clause
    // with 从 or 由 changes the subject of the clause before it, which is named before that clause's 是 (流量是历史最高值)
    // or by the whole of it; the words of the change's own clause name nothing else. A change goes on to a new level
    // (到, 至) after its figure: 由两人参与宣传 names who did it. So does a clause that is only the verb linking its figure
    // (交易额再创新高，达528.7亿元; 农民工占比最大，达2235人次): the level is the subject's of the clause before. Else the words as
    // written.
    private static ReadOnlySpan<char> ChangedSubject(string text, int clauseStart, int numberEnd, int clauseEnd, ReadOnlySpan<char> written)
    {
        if (written.Length == 0 || clauseStart < 2 || text[clauseStart - 1] is not ('，' or ','))
        {
            return written;
        }

        // The new level may follow in the next clause (由2021年的979万元，降至2022年211万元).
        var changeEnd = clauseEnd < text.Length && text[clauseEnd] is '，' or ',' ? Clauses.Clause(text, clauseEnd + 1).End : clauseEnd;
        var opensAChange = written[0] is '从' or '由' && (written.Length == 1 || StartsAChange(written[1..]))
            && text.AsSpan(numberEnd, changeEnd - numberEnd).IndexOfAny('到', '至') >= 0;
        if (!opensAChange && !LevelLinkingWords.Contains(written.Trim()))
        {
            return written;
        }

        var (start, end) = Clauses.Clause(text, clauseStart - 2);
        var linking = text.IndexOf('是', start, end - start);
        var subjectEnd = linking > start + 1 && !NotLinkingBeforeShi.Contains(text[linking - 1]) ? linking : end;
        // 他种菜已有5年，从20亩…: a figure in those words makes them a clause of its own, about something else.
        var subject = text.AsSpan(start, subjectEnd - start).Trim();
        return subject.Length > 0 && !Numbers.ChineseNumeral.ContainsArabicDigit(subject) ? subject : written;
    }

    // The verbs that link a level to its subject, alone before a figure as a clause of their own: 达, 为, and the words of
    // a total (共计, 一共). (Not a change, 同比增长, whose subject the figure before carries; nor 为期, which the noun after
    // the figure names.)
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LevelLinkingWords =
        ((string[])[.. TotalWords, "达", "达到", "高达", "为", "约为", "有", "共有", "实现"]).ToFrozenSet().GetAlternateLookup<ReadOnlySpan<char>>();

    // Characters that make 是 part of a word of their own (但是, 还是, 就是, 也是, 总是, 正是, 只是, 可是, 要是, 于是, 都是).
    private const string NotLinkingBeforeShi = "但还就也总正只可要于都";

    // 满意度从上年的85%, 入黄泥沙量由8.3亿吨: the change starts at 从 or 由 and what changes comes before it. (从事 and
    // 由村民 are other words: a number or an earlier period must follow.)
    private static ReadOnlySpan<char> BeforeChangeFrom(ReadOnlySpan<char> lead)
    {
        var from = lead.LastIndexOfAny('从', '由');
        if (from > 0 && from + 1 == lead.Length)
        {
            return lead[..from];
        }

        if (from <= 0 || from + 1 >= lead.Length)
        {
            return lead;
        }

        // 服务地也由原先的6个: an adverb joining the change to the clause before (也, 均, 都) is no part of its subject.
        var after = lead[(from + 1)..];
        return StartsAChange(after) ? lead[..from].TrimEnd("也均都") : lead;
    }

    // Whether the words after 从 or 由 begin a change: a number or an earlier period follows (从3家, 由上年的), where 从事
    // and 由村民 are other words.
    private static bool StartsAChange(ReadOnlySpan<char> afterFrom) => char.IsAsciiDigit(afterFrom[0]) || StartsWithAny(afterFrom, EarlierPeriods);

    // 一座面积约120平方米的驿站, 这座水上光伏电站1900亩: 一 or a demonstrative (这, 该, 那, 此) and a measure word are an
    // article, "a" or "this", not part of what is measured, unless the measure word begins a word (该项目, 这个人). 该
    // and an institution named by one character (该院, 该局, 该团: "this court", "this bureau") are the subject that
    // reports the figure, as 该市 is, unless the character begins a word (该团队, 该校区, 该队员).
    private static ReadOnlySpan<char> WithoutDeterminer(ReadOnlySpan<char> lead) =>
        lead.Length > 3 && !BeginsKnownWord(lead, 1, 1)
        && (("一这该那此".Contains(lead[0]) && "座个家支名位项处间所条台种批件笔段".Contains(lead[1]))
            || ("这该那此".Contains(lead[0]) && lead[1] == Kind) || (lead[0] == '该' && InstitutionsOfOneCharacter.Contains(lead[1])))
            ? lead[2..]
            : lead;

    // 类 "kind" after a demonstrative (该类存款, 此类案件); after 一 it is a grade (一类住宅用地, "class one").
    private const char Kind = '类';

    // Institutions news names by one character after 该: a court or hospital (院), a bureau, a regiment, a team, a school,
    // an institute, a station, a factory, a museum; and the case a court report is about (该案造成的损失: 案).
    private const string InstitutionsOfOneCharacter = "院局团队校所站厂馆案";

    // The words that end a span of time: "during" and "since".
    private static readonly string[] SpanOfTimeEndings = ["期间", "以来"];

    // How far the event a span of time is named by may run before its ending (专项整治行动期间: 6).
    private const int MaxEventBeforeASpanOfTime = 8;

    // Where a span of time that opens the words ends (入汛以来: 4), or 0.
    private static int SpanOfTimeEnd(ReadOnlySpan<char> lead)
    {
        foreach (var ending in SpanOfTimeEndings)
        {
            var at = lead.IndexOf(ending);
            if (at > 0 && at <= MaxEventBeforeASpanOfTime && !lead[..at].ContainsAny(PhraseBoundaries))
            {
                return at + ending.Length;
            }
        }

        return 0;
    }

    // 将力争到2025年注册志愿者人数 counts 注册志愿者人数: the modal words and the year they are aimed at go.
    private static ReadOnlySpan<char> WithoutTimeAndModality(ReadOnlySpan<char> lead)
    {
        // 天津2022年1月至3月城镇调查失业率: after a place that opens the words, the year and its part go as well; the place stays.
        if (PlaceBeforeAYear(lead) is var place and > 0)
        {
            return string.Concat(lead[..place], WithoutTimeAndModality(lead[place..])).AsSpan();
        }

        lead = TrimModal(lead, FillersAndModalWords);
        // 截至7日晚累计调度民兵: the day a running total was counted to, after 截至 or 到, says when.
        var day = FirstMatch(DayAtStart, lead).Length;
        lead = day > 0 && lead.Length - day >= 2 ? TrimModal(lead[day..], FillersAndModalWords) : lead;
        // 入汛以来共转移群众, 专项行动期间累计查处案件: a span of time that opens the words (since the flood season, during the
        // campaign) says when, not what is counted, however it names its event.
        var span = SpanOfTimeEnd(lead);
        lead = span > 0 && lead.Length - span >= 2 ? TrimModal(lead[span..], FillersAndModalWords) : lead;
        // 全村就有200多人: 全 and a level of government is the scope of the figure, like 全区 and 全市.
        lead = lead.Length >= 2 && lead[0] == '全' && ScopeLevels.Contains(lead[1]) ? TrimModal(lead[2..], FillersAndModalWords) : lead;
        if (lead.Length > YearLength && OpensWithAYear(lead))
        {
            lead = Trim(lead[YearLength..], YearEnds, fromEnd: false);
        }

        // 上半年办展总面积, 1至5月进出口总额, 6月份餐饮收入: the part of the year a figure is of is read as its period
        // (PeriodReader, whose words these are), and is no part of what it counts. It goes only when a noun of two
        // characters or more is left.
        var period = Periods.PeriodReader.PartOfYearLength(lead);
        lead = period > 0 && lead.Length - period >= 2 ? TrimModal(lead[period..], FillersAndModalWords) : lead;

        return TrimModal(lead, ModalWords);
    }

    // A day of the month, with its month and the part of the day: 7日晚, 8月7日, 8月7日上午.
    private static readonly System.Text.RegularExpressions.Regex DayAtStart = new(@"^(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}[日号](?:晚|晚间|早|早上|上午|中午|下午|凌晨|夜间|[0-9０-９]{1,2}时)?");

    // A year written out, a part of a year, or both, and nothing else: 2027年, 上半年, 2021年上半年.
    private static bool IsTimeAlone(ReadOnlySpan<char> lead)
    {
        var part = WholeYear.IsMatch(lead) ? "" : lead.Length > YearLength && OpensWithAYear(lead) ? lead[YearLength..] : lead;
        return lead.Length > 0 && (part.IsEmpty || Periods.PeriodReader.PartOfYearLength(part) == part.Length);
    }

    // The length of a place name that opens the words right before a year written out (北京2023年), or 0.
    private static int PlaceBeforeAYear(ReadOnlySpan<char> lead)
    {
        var digits = lead.IndexOfAnyInRange('0', '9');
        return digits >= 2 && OpensWithAYear(lead[digits..])
            && Places.DivisionTable.Default.UnambiguousNameAt(lead[..digits].ToString(), 0)?.Length == digits ? digits : 0;
    }

    // Whether the words open with a year written out in four digits (2023年).
    private static bool OpensWithAYear(ReadOnlySpan<char> words) =>
        words.Length >= YearLength && !words[..(YearLength - 1)].ContainsAnyExceptInRange('0', '9') && words[YearLength - 1] == '年';

    // 2023年: four digits and 年.
    private const int YearLength = 5;

    // Trims modal words from the start, 计划 among them unless it names a planned figure (计划开工项目).
    private static ReadOnlySpan<char> TrimModal(ReadOnlySpan<char> lead, string[] words)
    {
        for (lead = Trim(lead, words, fromEnd: false); StartsWithAny(lead, PlanWords) && !NamesPlannedFigure(lead);)
        {
            lead = Trim(lead[PlanWordLength..], words, fromEnd: false);
        }

        return lead;
    }

    private static bool NamesPlannedFigure(ReadOnlySpan<char> lead) =>
        lead.Length > PlanWordLength && Parsing.ChineseText.IsIdeograph(lead[PlanWordLength]) && !NotPlannedFigureStarts.Contains(lead[PlanWordLength]);

    // 较去年, 比上年同期, 与去年相比, 是去年同期的(两倍), 同比: the base of a comparison, with nothing counted in it (the
    // words before a figure as written).
    private static bool IsComparison(ReadOnlySpan<char> written)
    {
        // 但环比上涨0.2%: a conjunction before the comparison joins it to the figure before; so does the list comma that
        // closes that figure (均价137.4元、较去年同期上涨2.3元). 高于全国(3.8%), 比全省增速（6.6%）低: the reference's own
        // value in brackets is no part of the comparison's words.
        var joined = Trim(WithoutReferenceValues(written).TrimStart('、').TrimEnd().TrimEnd(AspectParticle), ConjunctionsBeforeAComparison, fromEnd: false);
        var lead = Trim(Trim(Trim(joined, LinkingVerbsAndDegrees, fromEnd: true), ChangesAfterAComparison, fromEnd: true), ComparisonAdjectives, fromEnd: true);
        if (lead is "同比" or "环比" || ComparisonWithAReference.IsMatch(lead))
        {
            return true;
        }

        // 比全国高, 较全省快, 比全疆贷款平均增速高, 较全国高出, 比去年同田增长: against a reference that is no period (a place,
        // an aggregate, an average) it is a comparison too when its adjective or change follows, as 高于全国 is in the
        // other word order; unless 比 or 较 begins a word of its own there (比重, 较快: comparison-lookalikes.tsv).
        var reference = Trim(Trim(joined, ChangesAfterAComparison, fromEnd: true), ComparisonAdjectives, fromEnd: true);
        if (reference.Length < joined.Length && FirstMatch(ComparisonWithAnyReference, reference) is { Index: 0 }
            && !ComparisonLookalikes.StartsAt(reference[reference.IndexOfAny('比', '较')..].ToString(), 0))
        {
            return true;
        }

        if (lead.EndsWith("相比"))
        {
            lead = lead[..^2].TrimStart("与和同");
        }
        else if (lead.Length > 0 && lead[0] is '较' or '比' or '是' or '为')
        {
            lead = lead[1..];
        }
        else if (lead.StartsWith("环比") || lead.StartsWith("同比"))
        {
            // 环比6月增长约10%: the month or year compared against, named after 环比 or 同比.
            lead = lead[2..];
        }
        else
        {
            return false;
        }

        foreach (var period in EarlierPeriods)
        {
            if (lead.SequenceEqual(period))
            {
                return true;
            }
        }

        // 是多年平均数量的10.5倍, 为常年平均值的3倍: a normal is compared against as a period is.
        if (NormalAsABase.IsMatch(lead))
        {
            return true;
        }

        // 比1季度, 较上半年, 比5月份: a short period of the year is compared against, whatever its number.
        foreach (var ending in PeriodEndings)
        {
            if (lead.EndsWith(ending) && lead.Length <= ending.Length + 2)
            {
                return true;
            }
        }

        // 比2022年增加20人, 较2019年同期: a year written out is a period too; so is a run of months or quarters (较1-6月加快,
        // 比前7个月, 较1-3季度).
        return WholeYear.IsMatch(lead) || RunOfMonths.IsMatch(lead);
    }

    // 比全国, 增速比全省平均水平, 较全疆贷款平均增速: 比 or 较 and a reference of a few characters with no figure and no clause
    // in it, perhaps after the rate compared.
    private static readonly System.Text.RegularExpressions.Regex ComparisonWithAnyReference = new(@"^(?:增速|增幅|涨幅|降幅)?[比较][^0-9０-９，,；;。：:、]{1,12}$");

    // Words that begin with 比 or 较 and compare nothing (比重, 比例, 较快, 较大: a data file).
    private static readonly Lexicon ComparisonLookalikes = new(MetricWordList.Words("comparison-lookalikes"));

    // 1-6月, 1—7月份, 前7个月, 1-3季度: months or quarters from the year's start.
    private static readonly System.Text.RegularExpressions.Regex RunOfMonths = new(@"^(?:[0-9０-９一二三四五六七八九十]{1,2}[-—－~～至][0-9０-９一二三四五六七八九十]{1,3}(?:月份?|季度)|前[0-9０-９一二三四五六七八九十]{1,2}个?月)$");

    // A value in brackets, the reference's own: (3.8%), （6.6%）.
    private static readonly System.Text.RegularExpressions.Regex ReferenceValue = new(@"[（(][0-9０-９.．]+[%％]?[）)]");

    // The words without the reference values in brackets in them.
    private static ReadOnlySpan<char> WithoutReferenceValues(ReadOnlySpan<char> words) =>
        words.IndexOfAny('（', '(') >= 0 ? ReferenceValue.Replace(words.ToString(), "").AsSpan() : words;

    // A year and nothing else, or its same period: 2022年, 2019年同期.
    private static readonly System.Text.RegularExpressions.Regex WholeYear = new(@"^[0-9０-９]{4}年(?:同期)?$");

    // The length of a level of government or grade at the index (省级, 县级, 国家级), or 0.
    private static int LevelLength(string text, int at)
    {
        for (var length = 2; length <= 3; length++)
        {
            if (at + length <= text.Length && text[at + length - 1] == '级' && text.AsSpan(at, length - 1).IndexOfAnyExceptInRange('\u4e00', '\u9fff') < 0)
            {
                return length;
            }
        }

        return 0;
    }

    // Whether the number at countAt follows at at once, or after the aspect particle of a verb, a total or a qualifier
    // (转移|了|1475名, 转移|共|1475名, 转移|近|200名).
    private static bool CountFollowsAt(string text, int at, int countAt)
    {
        at += at < countAt && text[at] == '了' ? 1 : 0;
        return at == countAt || at + OpeningOfACount(text, at) == countAt;
    }

    // Whether the count of people whose number starts at at is followed by its own noun for people (1475名|受灾群众).
    private static bool NamesItsOwnPeople(string text, int at, int clauseEnd) =>
        Numbers.NumeralScanner.TryRead(text, at, out var numeral) && QuantityFinder.Read(text, numeral).End is var end && end < clauseEnd
        && NamesPeople(ForwardNoun(text, end, clauseEnd).Noun);

    // The length of a word of a total or of a qualifier at at that a number follows (共计8755人, 近200名), else 0.
    private static int OpeningOfACount(string text, int at) =>
        TotalLengthAt(text, at) is > 0 and var total ? total : QualifierRules.QualifierLengthAt(text, at);

    // The length of a word of a total at at that a number follows (共计8755人, 共90个), else 0.
    private static int TotalLengthAt(string text, int at)
    {
        foreach (var total in TotalWords)
        {
            if (text.AsSpan(at).StartsWith(total) && Numbers.NumeralScanner.StartsAt(text, at + total.Length))
            {
                return total.Length;
            }
        }

        return 0;
    }

    // The end of the counts listed after the one ending at at (、12元、15元 | 套餐), or at itself when none follows.
    internal static int AfterListedCounts(string text, int at, int clauseEnd, bool skipLevels = false)
    {
        var end = at;
        while (true)
        {
            var next = end < clauseEnd && ListJoiners.Contains(text[end]) ? end + 1 : end;
            // 28支、共计8755人的应急抢险队伍, 80多户、近200名村民: after the joiner, a total or a qualifier opens the next count.
            next += next > end ? OpeningOfACount(text, next) : 0;
            if (next >= clauseEnd || !Numbers.NumeralScanner.TryRead(text, next, out var numeral))
            {
                return end;
            }

            var measureAt = numeral.End < clauseEnd && text[numeral.End] is '余' or '多' ? numeral.End + 1 : numeral.End;
            if (numeral.Has(Numbers.NumeralShape.Percent))
            {
                end = measureAt;
            }
            else if (MeasureWords.At(text, measureAt) is { } measure)
            {
                end = measureAt + measure.Length;
                end += QualifierRules.AfterMeasure(text, end)?.Length ?? 0;
                // 2个市级、15个县级…: a level between two counts of the list is passed over.
                var level = skipLevels ? LevelLength(text, end) : 0;
                end += level > 0 && end + level < clauseEnd && ListJoiners.Contains(text[end + level]) ? level : 0;
            }
            else
            {
                return end;
            }
        }
    }

    // The noun that a qualified count right after the measure word describes through 的 (179条|约392公里的|乡村公路), or
    // null. The noun read after the measure word is then no more than the qualifier. Without 的 the words after the next
    // count may be its predicate (305户近千人受灾), which names nothing counted.
    private static string? NounOfTheQualifiedCountAfter(string text, FoundNumber number, string forward, int clauseEnd)
    {
        var qualifier = number.End < clauseEnd ? QualifierRules.QualifierLengthAt(text, number.End) : 0;
        var countAt = number.End + qualifier;
        var countEnd = qualifier > 0 && forward.Length <= qualifier ? AfterListedCounts(text, countAt, clauseEnd) : countAt;
        if (countEnd == countAt || countEnd >= clauseEnd || text[countEnd] != '的')
        {
            return null;
        }

        var noun = WithoutLocative(text, ForwardNoun(text, countEnd + 1, clauseEnd)).Noun;
        return noun.Length >= 2 ? noun : null;
    }

    // The classes of counts of what people are not: objects, animals, plants.
    private static readonly string[] NoPeople = [MeasureClass.Things, MeasureClass.Animals, MeasureClass.Plants];

    // The unit of the last count of a list from at to listEnd (AfterListedCounts), or "" for a percentage.
    private static string LastUnitListed(string text, int at, int listEnd)
    {
        var unit = "";
        for (; at < listEnd; at++)
        {
            if (Numbers.NumeralScanner.TryRead(text, at, out var numeral))
            {
                var measureAt = numeral.End < listEnd && text[numeral.End] is '余' or '多' ? numeral.End + 1 : numeral.End;
                unit = MeasureWords.At(text, measureAt)?.Unit ?? "";
                at = numeral.End - 1;
            }
        }

        return unit;
    }

    // 西红柿、草莓和樱桃等优质农产品产值分别增长39.3%、19.7%和40.6%: 分别 hands the figures out to the listed items in
    // order, when there are as many figures after it as items before it. The shared noun goes in brackets.
    private static MetricReading? Distributed(string text, FoundNumber number, IReadOnlyList<SentenceStatistic> earlier)
    {
        var (sentenceStart, _) = Clauses.Sentence(text, number.Numeral.Start);
        var respectively = text.LastIndexOf("分别", number.Start, number.Start - sentenceStart, StringComparison.Ordinal);
        if (respectively < 0)
        {
            return null;
        }

        var (clauseStart, clauseEnd) = Clauses.Clause(text, number.Numeral.Start);
        var index = earlier.Count(statistic => statistic.Number.Start > respectively);
        var figures = CountsAfter(text, respectively, clauseEnd);
        var lastComma = text.LastIndexOf('、', respectively, respectively - sentenceStart);
        var (listStart, listClauseEnd) = Clauses.Clause(text, lastComma >= 0 ? lastComma : respectively);
        // 新设企业5.36万户、个体户10.2万家，分别增长10%、20.7%: when the list is of figures, each hands on what it counted.
        var counted = earlier.Where(statistic => statistic.Number.Start >= listStart && statistic.Number.End <= respectively).ToList();
        if (counted.Count >= 2 && counted.Count == figures && index < counted.Count)
        {
            var inItsPlace = counted[index];
            return new(inItsPlace.Subject, inItsPlace.Subject, "", number.End, inItsPlace);
        }

        var listEnd = Math.Min(listClauseEnd, respectively);
        var list = text.AsSpan(listStart, listEnd - listStart);
        // 排在前三位的是A、B、C，分别…: the list begins after a cleft's 的是.
        list = list.LastIndexOf(Cleft) is var cleft and >= 0 ? list[(cleft + Cleft.Length)..] : list;
        var examples = list.IndexOf('等');
        var head = examples >= 0 ? list[(examples + 1)..] : listEnd < respectively ? text.AsSpan(clauseStart, respectively - clauseStart) : [];
        list = examples >= 0 ? list[..examples] : list;
        var items = ListItems(list);
        // 太阳能热水器、工业控制设备及系统产量分别增长24.5%、14.1%: an item may hold a joiner of its own (及, 和), so when the
        // items right before 分别 do not match the figures, the list is split at fewer joiners, the weakest (及, 或) left out
        // first, and each item without the 同比 before 分别. Not for examples before 等 (the figures are the head's), nor
        // where an item is cut before its noun (…业的).
        foreach (var joiners in examples < 0 && listClauseEnd >= respectively ? FewerListJoiners : [])
        {
            var fewer = ListItems(list, joiners).ConvertAll(PredicateEndings.Stripped);
            items = items.Count != figures && fewer.Count == figures && !fewer.Any(item => item.EndsWith('的')) ? fewer : items;
        }

        if (items.Count < 2 || index >= items.Count || figures != items.Count)
        {
            return null;
        }

        var item = WithSharedHead(items, index);
        // 河北、山西、河南分别有12个、9个、7个县入围: places handed figures say where each count is, as a place alone
        // before a part says where that part is; what each counts is what the first count reads after 分别.
        if (items.All(IsPlaceAlone) && CountedInEachPlace(text, number, earlier, respectively, listStart) is { } inEachPlace)
        {
            return new($"{inEachPlace}（{item}）", inEachPlace, inEachPlace + item, number.End, null);
        }

        // 宿迁、连云港提出的增长目标分别为6.5%和7%: places listed before the words they share, which run on from the last
        // place, are each where the shared words are measured.
        if (PlaceBeforeSharedWords(items) is { } sharedWords)
        {
            var place = index == items.Count - 1 ? items[^1][..^sharedWords.Length] : items[index];
            // 扬州、泰州两市GDP: the number of the places listed is no part of what is measured.
            var measured = Lead(PlacesCounted.IsMatch(sharedWords) ? sharedWords[2..] : sharedWords, MeasureWords.CountsPeople(number.Unit)).Metric;
            return measured.Length >= 2 ? new($"{measured}（{place}）", measured, place + sharedWords, number.End, null) : null;
        }

        var shared = Phrase(Trim(head, LeadingFillers, fromEnd: false));
        var metric = shared.Length > 0 ? $"{item}（{shared}）" : item;
        return new(metric, item, item, number.End, null);
    }

    // The item of a list handed its figure by 分别, with the measure the last item ends in when that is the list's
    // (新能源汽车、新能源和高端装备产值分别增长69.8%、57.8%和33.1%: each is a 产值); an item that has one of its own keeps it.
    private static string WithSharedHead(List<string> items, int index)
    {
        var head = SharedHeads.FirstOrDefault(word => items[^1].Length > word.Length && items[^1].EndsWith(word, StringComparison.Ordinal));
        return head is null || index == items.Count - 1 || items.Take(items.Count - 1).Any(item => SharedHeads.Any(word => item.EndsWith(word, StringComparison.Ordinal)))
            ? items[index]
            : items[index] + head;
    }

    // The words the last item of a list of places runs on with after its place, when every other item is a place alone
    // and those words begin with no place (扬州、盐城、泰州上半年GDP: 上半年GDP); else null.
    private static string? PlaceBeforeSharedWords(List<string> items)
    {
        var last = items[^1];
        var place = Places.DivisionTable.Default.UnambiguousNameAt(last, 0)?.Length ?? 0;
        return place > 0 && place < last.Length && items.Take(items.Count - 1).All(IsPlaceAlone)
            && Places.DivisionTable.Default.UnambiguousNameAt(last, place) is null
            ? last[place..]
            : null;
    }

    // 两市, 三县, 两地: a count of the places just listed.
    private static readonly System.Text.RegularExpressions.Regex PlacesCounted = new("^[两二三四五六七八九十几][省市县区镇乡村地国]");

    // What a list's last item may measure for all of them: output, trade, money and their growth, amounts.
    private static readonly string[] SharedHeads = MetricWordList.Words("shared-heads");

    // What the first count after 分别 reads from the words after it, with no subject carried from the figures the list
    // hands out; null when that is no noun but only a verb of having or of change (分别有, 分别增长).
    private static string? CountedInEachPlace(string text, FoundNumber number, IReadOnlyList<SentenceStatistic> earlier, int respectively, int listStart)
    {
        var first = earlier.FirstOrDefault(statistic => statistic.Number.Start > respectively)?.Number ?? number;
        var beforeTheList = earlier.Where(statistic => statistic.Number.Start < listStart).ToList();
        var counted = Read(text, first, beforeTheList, respectively + "分别".Length).Metric;
        return counted.Length > 0 && !LinkingVerbs.Contains(counted) ? counted : null;
    }

    // Whether a verb that opens the predicate (入围, 上榜) stands at at, inside the clause, or after a short aside in
    // brackets there (13个县（市）、5个区入围: the list's shared predicate).
    private static bool OpensPredicate(string text, int at, int clauseEnd)
    {
        at = AfterAside(text, at, clauseEnd);
        return at < clauseEnd && PredicateVerbAt(text, at);
    }

    // Whether the verb says what became of the people as a reader counts them (参会, 参赛, 入围): an outcome of the
    // lexicon, but not a verb of coming (齐聚, 相聚, 欢聚, 前来), which says where they are and leaves who they are to
    // be counted (工作人员近百人齐聚: 工作人员, though they took part).
    private static bool CountedOutcome(string? verb) =>
        verb is not null && LastWordRole(verb) == Categories.CategoryRole.Outcome && !Coming.Contains(verb);

    // 第一梯队10人携带装备出发, 工作人员近百人齐聚: after a count of people that the words before it name (a word for people,
    // a party, a team, a force, a list closed by 等), a verb that opens the predicate opens it at the noun's first character too (elsewhere it
    // may begin a noun: 3个签约项目). The words after it are what the people did, and the words before say who they are,
    // unless the words after end in a word for people themselves (136名入围作者) or the verb says what became of them,
    // which is what a reader counts (负责人60余人参会: 参会, as the lexicon's outcomes 参赛, 入围, 上榜). Where a preposition
    // or a verb stands before the count (为两人送上, 与四人解除劳动关系, 已有42万人签约家庭医生), the words before do not
    // name the people.
    private static bool PredicateAfterNamedPeople(string text, int leadStart, FoundNumber number, string forward)
    {
        if (forward.Length == 0 || !text.AsSpan(number.End).StartsWith(forward) || !PredicateVerbAt(text, number.End)
            || LastWordRole(forward) == Categories.CategoryRole.Person || CountedOutcome(PredicateOpeningVerbs.At(text, number.End)))
        {
            return false;
        }

        var before = text.AsSpan(leadStart, number.Start - leadStart).TrimEnd();
        return NamesPeople(before) || (before.Length >= 2 && EndsWithAny(before, NamesOfGroupsOfPeople));
    }

    // 一行 "a party of", 力量 "a force" (救援力量, 精干力量), a 队 of any kind (梯队, 救援队, 服务队): a group of people; and
    // the 等 that closes a list of them (陈某等5人利用职务便利).
    private static readonly string[] NamesOfGroupsOfPeople = ["一行", "力量", "队", "等"];

    // Whether the words open with a verb that introduces what is counted (建成) or opens a predicate (入围, 颁奖). (The
    // category lexicon's verbs are not: 志愿 and 示范 begin nouns, 志愿服务展位, 示范点.)
    internal static bool StartsWithAVerb(string words) => StartsWithAny(words, IntroducingVerbs) || PredicateOpeningVerbs.StartsAt(words, 0);

    // Whether a verb that opens the predicate stands at at as a word of its own: not the start of a longer word of the
    // lexicon, nor one whose last character begins a word for people (组成 in 党组成员).
    private static bool PredicateVerbAt(string text, int at) =>
        PredicateOpeningVerbs.At(text, at) is { } verb && !BeginsKnownWord(text, at, verb.Length) && !BeginsWordForPeople(text, at + verb.Length - 1);

    // Whether a word of two characters or more that ends a noun read after a measure word stands at at: a verb or
    // adverb (开展, 分别, 累计), after a character that is no negation (2所未完成招生任务的学校: 未 is no noun). A single
    // character (为, 就, 都) and a time word may end a longer word there instead (以为, 项目前期).
    private static bool EndsANounAt(string text, int at, int clauseEnd) =>
        (at < clauseEnd && !Negations.Contains(text[at - 1]) && ForwardStops.At(text, at) is { Length: >= 2 } word
            && (!ClauseOpeningTimeWords.Contains(word) || YearsFromNow.Contains(word)))
        || TotalBeforeVerbAt(text, at, clauseEnd);

    // 533支先锋队共开展1276场活动, 25个省共资助: 共 before an introducing verb is a total's adverb, which ends the noun
    // (共青团 and 共建单位 go on: no introducing verb follows their 共).
    private static bool TotalBeforeVerbAt(string text, int at, int clauseEnd) =>
        at < clauseEnd && text[at] == '共' && WordAt(text, at + 1, clauseEnd, IntroducingVerbs);

    // 未 (not yet), 不, 没, 无, 非: before a verb they negate it.
    private const string Negations = "未不没无非";

    // 于 "at", the adverbs 正, 还, 又, 仍, 曾, 因 "because of" and the causative 让, which open a predicate right after a
    // known noun (a data file).
    private static readonly string OneCharacterPredicateOpeners = string.Concat(MetricWordList.Words("one-character-predicate-openers"));

    // A noun of one character before them names too little to stand alone (3个村还存在…).
    private const int MinNounBeforeAOneCharacterOpener = 2;

    // 可, 能, 会, 将 right before a predicate's verb: "can", "will".
    private const string ModalsBeforeAPredicate = "可能会将";

    // 10万吨生物有机肥项目不符合…, 537万元未用于项目建设: a negation right before the predicate's verb is the predicate's;
    // so is a modal verb that is all the noun holds (收益的50%可用于…), where a longer noun may end in one (产能, 机会).
    private static bool PredicateOwnsTheCharacterBefore(string text, int at, int end) =>
        end - 1 >= at && PredicateVerbAt(text, end)
        && (Negations.Contains(text[end - 1]) || (end - 1 == at && ModalsBeforeAPredicate.Contains(text[end - 1])));

    // Where the text goes on after a short aside in brackets at at (县（市）, 省（自治区或直辖市）), or at itself.
    private static int AfterAside(string text, int at, int clauseEnd)
    {
        var close = at < clauseEnd && text[at] is '（' or '(' ? text.IndexOfAny(['）', ')'], at, Math.Min(MaxAsideLength + 2, clauseEnd - at)) : -1;
        return close > at ? close + 1 : at;
    }

    // The words without an aside in brackets near their end: 增速高于全国(3.8%), 居民消费价格（CPI）, 固定资产投资(不含农户)
    // 同比增长 say what is measured without it. Further back an aside may close words about something else (a list
    // of names, 大队长（总会推荐）最佳志愿服务组织), whose brackets bound the phrase when it is cut to its last words; a
    // bracket the words open or close only is left to the rules that read it.
    private static ReadOnlySpan<char> WithoutAsideAtEnd(ReadOnlySpan<char> words)
    {
        var close = words.LastIndexOfAny('）', ')');
        var open = close > 0 && words.Length - close - 1 <= MaxWordsAfterAnAside ? words[..close].LastIndexOfAny('（', '(') : -1;
        return open >= 0 ? string.Concat(words[..open], words[(close + 1)..]) : words;
    }

    // The most characters an aside that is read past may stand before the end of the words: a change (同比增长).
    private const int MaxWordsAfterAnAside = 4;

    // The longest aside in brackets read past: 县（市）, 镇（街道）, 省（自治区或直辖市）.
    private const int MaxAsideLength = 7;

    // Parts of an area that reports of rain, temperature and population list beside its districts; no division's name. So
    // are the few places or stations a forecast singles out (局地最大小时雨强将达40毫米，个别点可达60毫米: the same measure there).
    private static readonly FrozenSet<string> PartsOfAnArea =
        new[] { "城区", "市区", "郊区", "山区", "城镇", "农村", "局地", "局部", "局部地区", "部分地区", "个别地区", "个别点", "个别站点", "个别地方" }.ToFrozenSet();

    // A place name and nothing else: 红桥区, 江苏 (DivisionTable's names that need no context).
    private static bool IsPlaceAlone(string words) => Places.DivisionTable.Default.UnambiguousNameAt(words, 0)?.Length == words.Length;

    // The items of a list, split at 、 和 与 及, without the fillers before the first and the predicate after the last.
    private static List<string> ListItems(ReadOnlySpan<char> list, string joiners = ListJoiners)
    {
        var items = new List<string>();
        foreach (var range in list.SplitAny(joiners))
        {
            // 上半年市级、区级…: the period before the first item is no part of it.
            var item = WithoutTimeAndModality(list[range]);
            var predicate = item.Length;
            // 劳动力就业率: an adverb of one character (就, 都) opens nothing inside an item, where it begins a word.
            foreach (var adverb in PredicateAdverbs)
            {
                var at = adverb.Length > 1 ? item.IndexOf(adverb) : -1;
                predicate = at > 0 && at < predicate ? at : predicate;
            }

            items.Add(Phrase(item[..predicate]));
        }

        // 市级、区级一般公共预算收入分别增长34%和13%: a level alone shares the noun of the last item, as a level alone in
        // a list of counts shares the noun after the list.
        var lastLevel = items.Count > 0 ? LevelLength(items[^1], 0) : 0;
        for (var i = 0; lastLevel > 0 && i < items.Count - 1; i++)
        {
            items[i] = items[i].Length > 0 && LevelLength(items[i], 0) == items[i].Length ? items[i] + items[^1][lastLevel..] : items[i];
        }

        return items.Any(item => item.Length == 0) ? [] : items;
    }

    // The verb phrase from the first adverb in text, up to a list comma: 主动说明问题|、退赃, 在救援中不幸滑入河道.
    // Empty without an adverb; one-character adverbs (就, 都) open nothing on their own.
    private static string PredicateAfterAdverb(ReadOnlySpan<char> text)
    {
        var start = -1;
        foreach (var adverb in PredicateAdverbs)
        {
            var at = adverb.Length > 1 ? text.IndexOf(adverb) : -1;
            start = at >= 0 && (start < 0 || at < start) ? at : start;
        }

        if (start < 0)
        {
            return "";
        }

        var rest = text[start..];
        var end = rest.IndexOfAny('、', '，');
        return Phrase(end < 0 ? rest : rest[..end]);
    }

    // Where the list starts when a count of persons follows a list comma after counts of things that each read their noun
    // after them (7个乡镇、67个村、8.6万人), or null. Households may be the people counted (305户、1025人), and a count that
    // read its noun before it (乡镇7个、) leaves no words before the list that are not its noun.
    private static int? PeopleListedAfterThings(string text, FoundNumber number, IReadOnlyList<SentenceStatistic> earlier, int clauseStart)
    {
        if (MeasureWords.Counts(number.Unit) is not (MeasureClass.People or MeasureClass.PersonTimes) || text[number.Start - 1] != '、')
        {
            return null;
        }

        var first = earlier.Count - 1;
        while (true)
        {
            var listed = earlier[first];
            if (listed.Number.Start < clauseStart || MeasureWords.CountsPeople(listed.Number.Unit) || listed.MetricEnd <= listed.Number.End)
            {
                return null;
            }

            if (first == 0 || earlier[first - 1].MetricEnd != listed.Number.Start - 1 || text[listed.Number.Start - 1] != '、')
            {
                return listed.Number.Start;
            }

            first--;
        }
    }

    // How many figures stand between from and to (numbers the quantity rules keep as statistics), less the years of a
    // period before 年前 (十年前, "ten years ago").
    private static int CountsAfter(string text, int from, int to)
    {
        var count = 0;
        for (var at = from; at < to; at++)
        {
            if (Numbers.NumeralScanner.TryRead(text, at, out var numeral))
            {
                // 分别比十年前提高了3.5%和20%: the years of a period compared against are no figure handed out; nor is a
                // numeral inside a word or name (分别来自四川、三亚等9个省区市: 四, 三; 一期项目; 百分点).
                count += text.AsSpan(numeral.End).StartsWith("年前") || !QuantityFinder.Read(text, numeral).IsStatistic ? 0 : 1;
                at = numeral.End - 1;
            }
        }

        return count;
    }

    // 11名群众被困, 2.4万余名妇女实现就业: what befell the people counted, when their noun does not already say it, goes in
    // brackets after it; the last such event in the clause is the one that counts (11名被困群众全部获救: 获救).
    private static MetricReading WithPeopleEvent(string text, MetricReading reading, int numberEnd, int clauseEnd)
    {
        var from = Math.Max(reading.End, numberEnd);
        var reach = Math.Min(clauseEnd, from + MaxMetricLength);
        var whole = text.AsSpan(from, Math.Max(0, reach - from));
        // What happens after the next count of people is said of those, not of these (3人死亡、2人受伤; 2名军人家庭代表、
        // 1名因公牺牲军人遗属), unless it ends the clause as the predicate of the whole list (60多户、150多名村民被困), which
        // a count that read words of its own (3人死亡、) is not part of.
        var nextPeople = NextCountOfPeople(text, from, reach);
        var after = whole[..(nextPeople - from)];
        var (found, foundAt) = LastPeopleEvent(after);
        // 80名民兵在灾区共转移900名群众: an event right before the next count of people takes those as its object when that
        // count names people of its own; it befalls them, and the people counted here are the ones who did it, which it does
        // not name. A count with no noun of its own is a part of these (8000名村民已转移7000人: the villagers were moved).
        if (found.Length > 0 && nextPeople < reach && CountFollowsAt(text, from + foundAt + found.Length, nextPeople)
            && NamesItsOwnPeople(text, nextPeople, clauseEnd))
        {
            return reading;
        }

        if (found.Length == 0 && from == numberEnd && LastPeopleEvent(whole) is { Word.Length: > 0 } shared && shared.At + shared.Word.Length == whole.Length)
        {
            found = shared.Word;
        }

        // 403人主动退赃: an adverb after the count opens what the people did, which says which people they are.
        if (found.Length == 0 && PredicateAfterAdverb(after) is { Length: >= 2 } done)
        {
            found = done;
        }

        return found.Length == 0 || reading.Metric.Contains(found, StringComparison.Ordinal) || reading.CarriedFrom is not null
            ? reading
            : reading.Metric.Length == 0 ? reading with { Metric = found, Subject = found, Evidence = reading.Evidence + found }
            : reading with { Metric = $"{reading.Metric}（{found}）", Evidence = reading.Evidence + found };
    }

    // The last word of people-events.tsv in the words, and where it starts ("" and -1 for none).
    private static (string Word, int At) LastPeopleEvent(ReadOnlySpan<char> words)
    {
        var (found, at) = ("", -1);
        foreach (var happening in PeopleEvents)
        {
            var index = words.LastIndexOf(happening);
            (found, at) = index > at && !BeginsKnownWord(words, index, happening.Length) && !DescribesWhatFollows(words[(index + happening.Length)..])
                ? (happening, index)
                : (found, at);
        }

        return (found, at);
    }

    // Whether an event read after a count of people describes what follows it rather than befalls them: other people named
    // or counted right after it, with what befell them or not (四名队员…转移被困群众), or a degree and a 的
    // (来到受灾较为严重的万盈镇, 到受灾最严重的村), or the task it names (25名干部开展转移工作, 100名志愿者协助做好安置工作:
    // the task those counted carry out befalls none of them). A place or a thing after it is where or what befell them
    // (150人被困小学, 300余人实现就业增收).
    internal static bool DescribesWhatFollows(ReadOnlySpan<char> after)
    {
        if (StartsWithAny(after, TaskNouns))
        {
            return true;
        }

        // 转移受灾群众: the people may be named with what befell them, or counted (共转移1475名受灾群众).
        after = PeopleEventAtStart(after) is { Length: > 0 } befell ? after[befell.Length..] : after;
        var rest = after.ToString();
        if (rest.Length > 0 && NextCountOfPeople(rest, 0, 1) == 0)
        {
            return true;
        }

        for (var end = 1; end <= Math.Min(after.Length, MaxWordAfterAnEvent); end++)
        {
            if (Categories.CategoryLexicon.Default.PhraseWordEndingAt(after, end) is { Role: Categories.CategoryRole.Person } word && word.Word.Length == end)
            {
                return true;
            }
        }

        var of = after[..Math.Min(after.Length, MaxWordAfterAnEvent + 2)].IndexOf('的');
        return of > 0 && StartsWithAny(after, DegreesBeforeAnEvent);
    }

    // 工作, 任务, 行动 after an event word: the event is a task's name (转移工作, 安置任务, 救援行动).
    private static readonly string[] TaskNouns = ["工作", "任务", "行动"];

    // The word of people-events.tsv the words begin with, or "".
    private static string PeopleEventAtStart(ReadOnlySpan<char> words)
    {
        foreach (var happening in PeopleEvents)
        {
            if (words.StartsWith(happening, StringComparison.Ordinal))
            {
                return happening;
            }
        }

        return "";
    }

    // The longest word read right after an event.
    private const int MaxWordAfterAnEvent = 4;

    // Degrees of an event that describe a place or thing after them through 的 (受灾最严重的, 受灾较重的).
    private static readonly string[] DegreesBeforeAnEvent = ["最", "较", "比较", "严重", "特别"];

    // What measures an activity named by the verb before it (西瓜种植面积, 污水处理能力, 生活污水处理规模): with its verb it
    // is one measure, which an introducing verb before it does not cut.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MeasuresOfAnActivity =
        new[] { "面积", "总面积", "规模", "总规模", "能力", "总能力" }.ToFrozenSet().GetAlternateLookup<ReadOnlySpan<char>>();

    // Whether a word of the category lexicon for people begins at at: 党组成员 and 小组成员 hold 组成 (make up), whose 成
    // begins 成员, so no predicate opens there.
    private static bool BeginsWordForPeople(string text, int at)
    {
        for (var end = at + 2; end <= Math.Min(text.Length, at + 3); end++)
        {
            if (Categories.CategoryLexicon.Default.PhraseWordEndingAt(text, end) is { Role: Categories.CategoryRole.Person } word && end - word.Word.Length == at)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the word at index begins a longer word of the category lexicon (安置 in 安置点, 就业 in 就业岗位).
    private static bool BeginsKnownWord(ReadOnlySpan<char> words, int index, int length)
    {
        for (var end = index + length + 1; end <= Math.Min(words.Length, index + length + 3); end++)
        {
            if (Categories.CategoryLexicon.Default.PhraseWordEndingAt(words, end) is { } word && end - word.Word.Length <= index)
            {
                return true;
            }
        }

        return false;
    }

    // Where the next number counting people or households starts before end, or end.
    private static int NextCountOfPeople(string text, int from, int end)
    {
        for (var at = from; at < end; at++)
        {
            if (Numbers.NumeralScanner.TryRead(text, at, out var numeral))
            {
                // Read as every number is (10余人, 300多名: a qualifier between the number and its measure word).
                if (MeasureWords.CountsPeople(QuantityFinder.Read(text, numeral).Unit))
                {
                    return at;
                }

                at = numeral.End - 1;
            }
        }

        return end;
    }

    // The object of a predicate verb after the measure word: 11人入选“天津好人榜” counts 天津好人榜, 200多人主动参与清扫路面
    // counts 清扫路面 (the adverbs before the verb are skipped); taking part that ends the clause (吸引300多人参加。) names
    // them by itself.
    private static (string Verb, string Object)? Predicate(string text, int at, int clauseEnd, string[] verbs)
    {
        for (var skipped = true; skipped && at < clauseEnd;)
        {
            skipped = false;
            foreach (var adverb in PredicateOpeningAdverbs)
            {
                if (text.AsSpan(at, clauseEnd - at).StartsWith(adverb))
                {
                    (at, skipped) = (at + adverb.Length, true);
                    break;
                }
            }
        }

        foreach (var verb in verbs)
        {
            if (at < clauseEnd && text.AsSpan(at, clauseEnd - at).StartsWith(verb))
            {
                // 清扫路面、打捞漂浮物、捡拾垃圾: a long list of things done is named by its first.
                var written = text.AsSpan(at + verb.Length, clauseEnd - at - verb.Length).TrimStart(AspectParticle);
                if (written.Length == 0 && ParticipationVerbs.Contains(verb))
                {
                    return (verb, verb);
                }

                var firstItem = written.IndexOf('、');
                written = written.Length > MaxMetricLength && firstItem > 0 ? written[..firstItem] : written;
                // What people took part in is named with the verb: 参与清扫路面.
                var named = ParticipationVerbs.Contains(verb) ? verb + Phrase(written) : Phrase(written);
                return written.Length == 0 ? null : (verb, named);
            }
        }

        return null;
    }

    // 了 after a verb: its aspect, no part of its object (参加了。).
    private const char AspectParticle = '了';

    // The 在 of a level after a measuring head (降雨量在1000毫米以上, 参与人数在500人左右, 合格率在95%以上): the figure is
    // where the quantity stands, and 在 is no part of its name. Only after a measuring head, since 现在, 存在, 所在 and
    // 正在 end in 在 too.
    private static ReadOnlySpan<char> WithoutLevelAt(ReadOnlySpan<char> lead) =>
        lead.Length >= 3 && lead[^1] == '在' && MeasuringHeadEnds.Contains(lead[^2]) ? lead[..^1] : lead;

    // The last characters of measuring heads: 量 (降雨量), 数 (人数), 率 (合格率), 积 (面积), 额 (金额), 值 (产值), 度 (温度), 价 (房价),
    // 幅 (涨幅, 降幅).
    internal const string MeasuringHeadEnds = "量数率积额值度价幅";

    // The parties of court and insurance reports, whose 被 is no passive: 被告人, 被执行人 (《中华人民共和国刑事诉讼法》,
    // 《民事诉讼法》 terms).
    private static readonly string[] NounsBeginningWithBei = ["被告", "被执行人", "被害人", "被保险人", "被申请人", "被征地"];

    // Characters after 共 that make a noun of it at the start of the words, where it is no total: 共享单车, 共建单位, 共青团员,
    // 共产党员, 共富工坊, 共治单位 (共同 and 共计, also words, are trimmed whole). Not before 建成, 建立 and 建设, verbs of their own
    // after a total's 共 (共建成基地12个).
    private const string NounsWithGong = "享建青产富治";
    private const string VerbsAfterJian = "成立设";

    private static bool BeginsANounWithGong(ReadOnlySpan<char> phrase) =>
        phrase.Length >= 2 && phrase[0] == '共' && NounsWithGong.Contains(phrase[1])
        && !(phrase[1] == '建' && phrase.Length > 2 && VerbsAfterJian.Contains(phrase[2]));

    // Verbs whose second character is 约 (节约, 签约: a data file).
    private static readonly string[] VerbsEndingInYue = MetricWordList.Words("verbs-ending-in-yue");

    private const string AllCircles = "各界";

    private const string Concerned = "有关";

    // Trims the words from one end of a phrase for as long as one of them is there: 各类|文明实践活动, 队伍|达到.
    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> phrase, string[] words, bool fromEnd)
    {
        // 查处交通违法行为60起: 为 ends the noun 行为 there, not a linking verb; 判处被告人武某: 被 begins a noun there, no
        // passive; 有关部门: 有关 "concerned" is one word, whose 有 is no filler.
        // 共享单车, 共建单位: 共 begins a noun there, no total's adverb.
        // 各界群众: 各界 "all circles" is a noun, whose 各 is no filler "each".
        // 节约, 签约: 约 closes a verb there, no qualifier "about" (which stands before its number).
        for (var trimmed = true; trimmed && !(fromEnd ? phrase.EndsWith("行为") || EndsWithAny(phrase, VerbsEndingInYue) : StartsWithAny(phrase, NounsBeginningWithBei) || BeginsANounWithGong(phrase) || phrase.StartsWith(AllCircles) || phrase.StartsWith(Concerned));)
        {
            trimmed = false;
            // The longest word that matches goes first: 全县共计出险 loses 全县, then 共计, and not 共 alone (计出险);
            // 比重从27%提升到 loses 提升到, not 升到 (提).
            var longest = 0;
            foreach (var word in words)
            {
                longest = word.Length > longest && (fromEnd ? phrase.EndsWith(word) : phrase.StartsWith(word)) ? word.Length : longest;
            }

            if (longest > 0)
            {
                phrase = fromEnd ? phrase[..^longest] : phrase[longest..];
                trimmed = true;
            }
        }

        return phrase;
    }

    // A metric as stored: without quotation marks, and cut to about MaxMetricLength characters (StartOfLongPhrase), its
    // end kept.
    private static string Phrase(ReadOnlySpan<char> written)
    {
        Span<char> kept = written.Length <= 256 ? stackalloc char[written.Length] : new char[written.Length];
        var length = 0;
        foreach (var c in written)
        {
            if (!QuotationMarks.Contains(c))
            {
                kept[length++] = c;
            }
        }

        // A space before the words (a paragraph that opens with one) is no part of what is counted. One after them
        // (水稻2751亩，脐橙 5000余亩) is left: a noun of two characters alone after a count of the same unit would then
        // read as an action on its subject (已经被认领2670余个).
        var phrase = kept[..length].TrimStart();
        return (phrase.Length > MaxMetricLength ? phrase[StartOfLongPhrase(phrase)..] : phrase).ToString();
    }

    // Where a phrase longer than MaxMetricLength is cut, so that it starts at a word rather than inside one (检察机关 read
    // 察机关, 公布的 read 布的): at the limit when a boundary stands right before it; else after a list comma or a 的 near
    // the start of the last MaxMetricLength characters, which leaves whole items or the head of a modifier
    // (体系、提升治理能力发出各类检察建议, 此前公布的7月财新中国制造业PMI); else at the phrase's own start or a boundary a few
    // characters further back, a little over the limit; else at the limit, where nothing tells where a word starts. A cut
    // right before a conjunction moves to the first noun it joins, or past it (ConjunctionAt).
    private static int StartOfLongPhrase(ReadOnlySpan<char> phrase)
    {
        var start = StartNearLimit(phrase);
        return ConjunctionAt(phrase, start) is var conjunction and > 0 ? StartOfFirstConjunct(phrase, start) ?? start + conjunction : start;
    }

    // Where a long phrase is cut when nothing joins its words (StartOfLongPhrase).
    private static int StartNearLimit(ReadOnlySpan<char> phrase)
    {
        var limit = phrase.Length - MaxMetricLength;
        // 初级、中级、高级、技师: the last characters start a word already; no whole item is given up.
        if (PhraseBoundaries.Contains(phrase[limit - 1]))
        {
            return limit;
        }

        var forward = phrase.Slice(limit, MaxCharactersCutForward).IndexOfAny(PhraseBoundaries);
        if (forward >= 0)
        {
            return limit + forward + 1;
        }

        var reach = Math.Max(0, limit - MaxCharactersKeptBack);
        return reach == 0 ? 0 : phrase[reach..limit].LastIndexOfAny(PhraseBoundaries) is var back and >= 0 ? reach + back + 1 : limit;
    }

    // A cut right before a conjunction of nouns would open the metric with it (和商贸业增加值对全年增长的拉动作用): the
    // length of 和, 与, 及, 或 or 以及 at the start (及 also where the cut fell inside 以及), 0 when none stands there or
    // the character begins a noun of its own (和谐社区).
    private static int ConjunctionAt(ReadOnlySpan<char> phrase, int start)
    {
        if (phrase[start..].StartsWith("以及", StringComparison.Ordinal))
        {
            return 2;
        }

        return NounConjunctions.Contains(phrase[start]) && NounsWithStopCharacters.At(phrase[start..].ToString(), 0) is null ? 1 : 0;
    }

    // The start of the first of the nouns a conjunction joins, when it lies a little further back than a plain cut may
    // go (全县制造业和商贸业增加值对全年增长的拉动作用 kept whole, 23 characters): the phrase's own start or a boundary
    // within MaxCharactersKeptBack + MaxCharactersKeptBeforeAConjunction characters; null when none does, and the cut
    // then steps past the conjunction (…协会会长及青年书法爱好者代表: 青年书法爱好者代表).
    private static int? StartOfFirstConjunct(ReadOnlySpan<char> phrase, int conjunction)
    {
        var reach = Math.Max(0, conjunction - MaxCharactersKeptBack - MaxCharactersKeptBeforeAConjunction);
        if (reach == 0)
        {
            return 0;
        }

        var back = phrase[reach..conjunction].LastIndexOfAny(PhraseBoundaries);
        return back >= 0 ? reach + back + 1 : null;
    }

    // Conjunctions that join nouns: 和, 与, 及, 或.
    private static readonly System.Buffers.SearchValues<char> NounConjunctions = System.Buffers.SearchValues.Create("和与及或");

    // How many characters more than MaxCharactersKeptBack are kept to start at the first of two nouns joined.
    private const int MaxCharactersKeptBeforeAConjunction = 4;

    // A list comma, clause punctuation, or the 的 that ends a modifier.
    private static readonly System.Buffers.SearchValues<char> PhraseBoundaries = System.Buffers.SearchValues.Create("、，,；;：:的");

    // At most this many characters of the last MaxMetricLength are given up to start at a boundary, leaving 11 or more.
    private const int MaxCharactersCutForward = 5;

    // At most this many characters before the last MaxMetricLength are kept to start at a boundary (or the phrase's start).
    private const int MaxCharactersKeptBack = 4;

    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("“”《》「」\"（）");
}
