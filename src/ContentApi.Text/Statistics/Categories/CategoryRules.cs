using System.Collections.Frozen;
using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics.Categories;

/// <summary>
/// Files a statistic under a category from the meaning of what it counts, read like a small grammar over the words of
/// <see cref="CategoryLexicon"/>. In order: money spoken as 块钱 is economy; a subject carried from an earlier figure,
/// a share of the figure before, or a part after 其中 keeps its category (a share or rate of businesses is economy);
/// a clause of merit after an honour goes on with the honours; a volunteer body's members and size are volunteers;
/// people served (服务) are beneficiaries; an honour handed to those counted after 为 or 向 makes honorees; then money
/// is economy; an honour (a title in the phrase, an honour won or a commendation taken after the count, a verb of
/// selection) makes honorees; a unit that settles the matter (场, 家); what befell the people
/// counted (遇难, 获救); the head noun of the counted phrase; taking part (参与); the verb that introduced it; the unit
/// as a hint (人次, 亩, 座); else other.
/// </summary>
internal static class CategoryRules
{
    // After a measuring head or a word for people, the word that decides must stand close before it (注册志愿者|人数,
    // 农村公路|列养率); further away it belongs to something else (马安村至北石门村|徒步|距离 does not measure a village).
    private const int MaxGapAfterHead = 2;

    // How far from the count a verb before it or an outcome after it is read: a clause of news rarely runs longer, and
    // a word further away is said of something else.
    private const int MaxReach = 32;

    private static readonly CategoryLexicon Lexicon = CategoryLexicon.Default;

    /// <summary>The category of <paramref name="number"/>, read in <paramref name="text"/> as <paramref name="reading"/>.</summary>
    public static string Decide(string text, FoundNumber number, MetricReading reading, SentenceStatistic? shareOf, SentenceStatistic? previous = null)
    {
        // 惠及300个患儿家庭, 几十个学生参加, 50组家庭: people and families counted in 个 or 组 are read as people.
        number = PeopleInClassifiers.AsCounted(text, number, reading.Metric);
        // 高新技术企业受惠面达85%, 行业企业占比七成, 新设企业5.36万户，增长10%: a rate of businesses measures the economy, not
        // units counted (the dev set's 47 rates are economy, built works, environment or other; none is organizations).
        // Nor is a rate ever events held (服务业商务活动指数为52.8%: an index of business activity). A share of the
        // figure before keeps its category (注册志愿者5.6万人，占常住人口比例超过12%), but a share of businesses is a
        // rate of them too (新设科技型企业315家，占比全市9.4%). A rate of other bodies or of cases handled, in a
        // sentence that names neither businesses nor a measure of the economy, is other (ANNOTATION.md: health
        // indicators, cases, anything else): 受检诊所较上年增加20%, 援助案件同比增长15%.
        var category = IsSpokenMoney(text, number) ? StatisticCategory.Economy : Filed(text, number, reading, shareOf, previous);
        return MeasureWords.IsRate(number.Unit) && category is StatisticCategory.Organizations or StatisticCategory.Activities
            ? (SpeaksOfTheEconomy(text, number.Start) ? StatisticCategory.Economy : StatisticCategory.Other)
            : category;
    }

    // The bodies that are businesses, whose number and rates are the economy's (企业, 商户, 合作社, 平台), the words of a
    // financial body (金融机构, 担保机构), and commerce itself (商务活动指数, an index of business activity).
    private static readonly string[] Businesses = CategoryCues.Words("business");

    // Whether the sentence of a rate names a business or any word the lexicon files as economy (收入, 增加值, 投资, 资金).
    private static bool SpeaksOfTheEconomy(string text, int at)
    {
        var (start, end) = Clauses.Sentence(text, at);
        var sentence = text.AsSpan(start, end - start);
        if (ContainsAny(sentence, Businesses))
        {
            return true;
        }

        for (var wordEnd = sentence.Length; wordEnd > 0; wordEnd--)
        {
            if (Lexicon.PhraseWordEndingAt(sentence, wordEnd) is { Category: StatisticCategory.Economy })
            {
                return true;
            }
        }

        return false;
    }

    // 2500块钱, 20块钱左右: money as people say it, whose unit (块) alone may count things (两块地). The measure word is
    // read right after the numeral, before any qualifier written after it.
    private static bool IsSpokenMoney(string text, FoundNumber number) =>
        number.Unit == SpokenYuan && text.AsSpan(number.Numeral.End, number.End - number.Numeral.End).Contains(SpokenYuanWritten, StringComparison.Ordinal);

    private const string SpokenYuan = "块";
    private const string SpokenYuanWritten = "块钱";

    private static string Filed(string text, FoundNumber number, MetricReading reading, SentenceStatistic? shareOf, SentenceStatistic? previous)
    {
        reading = reading with { Metric = WithoutAnEventNotTheirs(text, number, reading.Metric) };
        // 已经被认领2670余个 continues 征集微心愿3200余个: the carried subject keeps its category, when counted in the same
        // kind of unit, or as its rate of change (收入5万元，比5年前增加23%); in another kind of count (房屋一般损坏18户35间:
        // families, then rooms) the subject is read again with the new unit. A length that the words after it made a
        // distance (在1公里范围内新建道路3公里) passes on its subject but not its category: the road built is read for itself.
        if (reading.CarriedFrom is not null && !IsAtADistance(text, reading.CarriedFrom.Number)
            && (MetricFinder.SameKind(reading.CarriedFrom.Number.Unit, number.Unit)
            || SameQuantity(reading.CarriedFrom.Number.Unit, number.Unit)
            || MeasureWords.IsRate(number.Unit) || MeasureWords.Counts(number.Unit) == MeasureClass.Multiple))
        {
            return reading.CarriedFrom.Category;
        }

        // 宣讲活动9场次400人: people counted right after a count of events, with its subject, are those who took part,
        // unless the clause says what else befell them (100余场宣讲近5万人受益: they were helped).
        if (reading.CarriedFrom is { Category: StatisticCategory.Activities } && MeasureWords.Counts(number.Unit) is MeasureClass.People or MeasureClass.PersonTimes)
        {
            return Outcome(Predicate(text, number.End), people: true) ?? StatisticCategory.Participants;
        }

        // 志愿者94220人，超过全区常住人口数的20%: a share of the population describes the figure before it.
        if (shareOf is not null)
        {
            return shareOf.Category;
        }

        var (clauseStart, clauseEnd) = Clauses.Clause(text, number.Start);
        // 累计完成造林34.19万公顷，其中人工造林32.69万公顷: a part of the whole counted just before is filed with it (the
        // dev set's seven parts after 其中 all are), whatever its own noun says (其中台湾青年1.7万名 still took part). A
        // whole filed as other, the category of last resort, tells less than the part's own noun (回收废旧物资2万吨，其中
        // 废玻璃800吨: the glass is waste), except where what befell people made it other: those among the dead or missing
        // are counted for that (6人失联，包括2名巡逻队员: still missing, though the part names a trade).
        if (previous is not null && (previous.Category != StatisticCategory.Other || BefellPeople(previous, number.Unit))
            && MetricFinder.SameKind(previous.Number.Unit, number.Unit)
            && IsPartAfter(text, previous, number.Start, clauseStart))
        {
            return previous.Category;
        }

        // 228名先进典型（集体103个，个人125名）: the parts of a breakdown in brackets are counted for what the whole is, as
        // parts after 其中 are, though counted in other units.
        if (previous is not null && previous.Category != StatisticCategory.Other && Breakdown.IsPartAfter(text, previous, number))
        {
            return previous.Category;
        }

        // 评选出特等奖45项，一等奖134项，优秀组织单位16个: after an honour counted in the sentence, a clause that opens with a
        // word of merit goes on with the list of those honoured, whatever the noun after it.
        if (previous is { Category: StatisticCategory.Honorees } && StartsWithAny(text.AsSpan(clauseStart, number.Start - clauseStart).TrimStart(), MeritWords))
        {
            return StatisticCategory.Honorees;
        }

        // 驾车前往8公里之外的敬老院, 村民追出1000余米远: a length followed by 之外, 以外, 外 or 远 says how far off something is,
        // a distance, no built work.
        if (IsADistanceAway(text, number, clauseStart, reading.Metric))
        {
            return StatisticCategory.Other;
        }

        // 志愿服务队…现有成员30人, 一支300余人的志愿者宣讲队伍: a volunteer body's members and size.
        if (IsAVolunteerBodysSize(text, number, reading.Metric) || AreTheVolunteerTeamsMembers(number, reading.Metric, previous, clauseStart))
        {
            return StatisticCategory.Volunteers;
        }

        // The words before the count hold the verb that introduced it (慰问|196户, 帮助|2.4万余名妇女); a verb read after
        // it (3人获评“优秀共产党员”) is in the predicate. The counted phrase itself is read as the head, not as verbs.
        // 累计组织医疗队96支478人、防疫队89支416人、监督队16支60人: the verb that opens a list of counts introduces every
        // count of it, so the reach is measured from the list's first count.
        var from = Math.Max(clauseStart, number.Start - MaxReach);
        from = from > clauseStart ? Math.Max(clauseStart, ListOpening(text, number, clauseStart) - MaxReach) : from;
        var before = text.AsSpan(from, number.Start - from);
        var metricAt = reading.Metric.Length > 0 ? before.LastIndexOf(reading.Metric, StringComparison.Ordinal) : -1;
        var wordsBefore = metricAt < 0 ? before : before[..metricAt];
        // 服务5840人, 直接服务小学生8万余人, 服务旅客超60万人次: people served are beneficiaries (ANNOTATION.md); so are those
        // counted right after 服务 with only an adverb or a time before it (预计服务1500名小候鸟). 服务 is no verb of the
        // lexicon, whose verbs are read before any count and at the end of any phrase: it ends too many nouns of service
        // there (服务站, 投身基层服务).
        if (ServesPeople(reading.Metric, number.Unit) || ServedBefore(wordsBefore, number.Unit))
        {
            return StatisticCategory.Beneficiaries;
        }

        // 救出8名被困居民: the phrase for people written after their count is not said of them (被困 names who they
        // are; Head reads it). Of things it still is: 5个入选项目 are honoured, which the head 项目 would not tell.
        var forward = MeasureWords.CountsPeople(number.Unit) && reading.Metric.Length > 0
            && text.AsSpan(number.End).StartsWith(reading.Metric, StringComparison.Ordinal) ? reading.Metric.Length : 0;
        // 12个、9个、7个县入围: counts listed together share the predicate after the last of them, as they share its noun.
        var predicateAt = forward > 0 ? number.End + forward : MetricFinder.AfterListedCounts(text, number.End, clauseEnd);
        var predicate = MeasureWords.CountsPeople(number.Unit) ? SharedByTheList(text, number.End, reading.Metric, predicateAt, clauseEnd) : Predicate(text, predicateAt);
        // 30个省份的上半年经济运行成绩单均已揭晓: after the counted noun and 的, the clause speaks of what they own (the
        // reports were announced, not the provinces honoured). An honour that is all the rest (对…5名优秀班主任的表彰决定)
        // is still theirs: the commendation of them.
        var counted = predicate.StartsWith(reading.Metric, StringComparison.Ordinal) ? reading.Metric.Length : 0;
        predicate = counted < predicate.Length && predicate[counted] == '的' && !IsAnHonourOfThem(predicate[(counted + 1)..]) ? predicate[..counted] : predicate;
        // 就业人口为36.14万人，: a 为 whose count ends the clause says what something is, not for whom it was done.
        var clauseGoesOn = Predicate(text, number.End).Trim().Length >= 2;
        var verbEnd = VerbBeforePeople(reading.Metric, number.Unit);
        var doneToThem = DoneToThem(text, number, clauseStart, predicate);
        var verbs = !doneToThem.IsEmpty ? doneToThem : verbEnd > 0 ? reading.Metric.AsSpan(0, verbEnd) : InvitesStaff(text, number, wordsBefore) ? default : wordsBefore;
        var category = IsHandedAnHonour(text, number, clauseStart, clauseEnd) ? StatisticCategory.Honorees
            : Decide(reading.Metric[verbEnd..], verbs, number.Unit, predicate, clauseGoesOn && IsBenefactive(text, number.Start, clauseStart));
        // 共有260余个项目报名参赛, 运动会设田径、游泳两个项目: projects in a contest are its entries, or its
        // disciplines when the contest sets them up, not investments.
        category = category == StatisticCategory.Economy && IsAContestsProject(text, number.Start, reading.Metric)
            ? (SetsUp(wordsBefore) ? StatisticCategory.Activities : StatisticCategory.Other)
            : category;
        // 志愿服务精品项目11个, 志愿服务品牌项目35个: a project of volunteering is a service given (activities), not a
        // volunteer, who is a person or a team (ANNOTATION.md); a title before it still makes an honour (最佳志愿服务项目).
        category = category == StatisticCategory.Volunteers && reading.Metric.EndsWith(Project, StringComparison.Ordinal)
            ? StatisticCategory.Activities
            : category;
        // 农村公路列养率达100%，优良率达85%以上: a bare rate or measure listed after another figure measures the same subject.
        category = category == StatisticCategory.Other && previous is not null && IsBareMeasure(reading.Subject)
            && MetricFinder.SameKind(previous.Number.Unit, number.Unit) ? previous.Category : category;
        category = ByWhatTheClauseSays(text, number, reading.Metric, wordsBefore, category);
        // 成立志愿服务20支镇级分队, 志愿者团队…有5支队伍: teams counted with no work of their own named are a volunteer
        // body's teams when the body is named before them.
        category = category == StatisticCategory.Organizations && IsAVolunteerBodysTeam(text, number, reading.Metric, previous)
            ? StatisticCategory.Volunteers
            : category;
        // 累计救援10名溺水人员, 共救援受困群众1600余人次: 救援 right before the people counted, or before their noun, is done to
        // them: those rescued are helped; a noun after 救援 only after an adverb of total (共救援, 累计救援), since the name of
        // responders opens with it too (救援力量和当地居民). Not the rescuers (救援队员, 累计救援人员300人次: a noun of agents
        // or staff right after 救援 names who rescue), nor people sent (参与救援300人).
        category = category is StatisticCategory.Other or StatisticCategory.Participants && CountsPersons(number.Unit)
            && (RescuedRightBefore(wordsBefore) && !ContainsAny(reading.Metric, ResponseTeamWords) && !EndsWithAny(reading.Metric, TeamEnds)
                || RescuedNamedAfterTheVerb(wordsBefore, reading.Metric) || RescuedMeasured(wordsBefore, reading.Metric))
            ? StatisticCategory.Beneficiaries
            : category;
        // 34个集体、700名个人受到表彰, 2人被市、镇评为“好媳妇”: an honour said once after a list is said of every item, and a
        // passive's agents may themselves be a list.
        category = category != StatisticCategory.Honorees && MayBeHonoured(Counting(number.Unit)) && MeasureWords.Counts(number.Unit) != MeasureClass.Money
            && HonourReachesTheItem(text, number.End, reading.Metric, clauseEnd)
            ? StatisticCategory.Honorees
            : category;
        // 17名师生赴某县开展志愿服务活动, 240名高中生参与志愿服务工作: people whose own predicate is volunteer work are
        // volunteers, whatever their trade (other) or their taking part (participants) would say; not those served (为…),
        // nor those to whom something else befell.
        return category is StatisticCategory.Other or StatisticCategory.Participants && CountsPersons(number.Unit)
            && Outcome(Predicate(text, number.End), people: true) is null or StatisticCategory.Participants
            && !IsBenefactive(text, number.Start, clauseStart)
            && (VolunteerWork.DoneBy(text, number.End, clauseEnd) || IsRecruitedToVolunteer(text, number, reading.Metric, wordsBefore))
            ? StatisticCategory.Volunteers
            : category;
    }

    // Whether the words after a counted noun's 的 are one outcome of honour and nothing else (的表彰决定).
    private static bool IsAnHonourOfThem(ReadOnlySpan<char> words) =>
        Lexicon.PhraseWordEndingAt(words, words.Length) is { Role: CategoryRole.Outcome, Category: StatisticCategory.Honorees } honour
        && honour.Word.Length == words.Length;

    private const string Recruiting = "招募";

    // 招募60名大学生、14名行业青年共同组成宣讲团 in a sentence of volunteering, 捐献志愿者招募10人: people recruited are
    // volunteers when the sentence names volunteering (志愿, 义工, 支教); otherwise they are recruited to take part (每期
    // 招募20名学生 to a summer camp, 招募17支队伍 to a contest), which the lexicon's 招募 says.
    private static bool IsRecruitedToVolunteer(string text, FoundNumber number, string metric, ReadOnlySpan<char> wordsBefore)
    {
        if (!wordsBefore.Contains(Recruiting, StringComparison.Ordinal) && !metric.Contains(Recruiting, StringComparison.Ordinal))
        {
            return false;
        }

        var (sentenceStart, sentenceEnd) = Clauses.Sentence(text, number.Start);
        return NamesVolunteers(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart));
    }

    // What the clause around a count says of it, where no word of the lexicon names what is counted.
    private static string ByWhatTheClauseSays(string text, FoundNumber number, string metric, ReadOnlySpan<char> wordsBefore, string category)
    {
        category = AsGoodsWeighed(metric, wordsBefore, number.Unit, category);
        category = AsAnimals(text, number, wordsBefore, category);
        category = AsPeopleDeployed(text, number, metric, category);
        category = AsResponseTeamsPeople(text, number, metric, category);
        category = AsEntrants(text, number, metric, category);
        category = AsExtentOfADisaster(text, number, metric, category);
        category = AsALengthOfNoWork(text, number, metric, category);
        category = AsOnesPastOccasions(text, number, metric, category);
        category = AsDrivenToEarnMore(text, number, wordsBefore, category);
        return AsPlacesThatHaveOrDo(number, metric, category);
    }

    // The verb of a scheme that draws people into its trade (带动, 辐射带动), a participants verb of the lexicon.
    private const string Driving = "带动";

    // The words of a rise in people's income: 增收 (户均增收, 人均增收), 增加收入, 致富.
    private static readonly string[] EarningMore = CategoryCues.Words("earning-more");

    // 带动农户300余户，户均增收8000余元, 直接带动210名农民年人均增收8500元: people or households a scheme drew in, whose income
    // the count's clause or the clause after it says rose, were helped by it (ANNOTATION.md: beneficiaries are people or
    // households helped), not only taking part; without a rise said of them (带动400余户农户参与产业发展) 带动 still
    // tells that they took part.
    private static string AsDrivenToEarnMore(string text, FoundNumber number, ReadOnlySpan<char> wordsBefore, string category)
    {
        if (category != StatisticCategory.Participants || !MeasureWords.CountsPeople(number.Unit) || LastVerb(wordsBefore) is not { Word: Driving })
        {
            return category;
        }

        var end = Clauses.Clause(text, number.Start).End;
        end = end < text.Length && text[end] is '，' or ',' ? Clauses.Clause(text, end + 1).End : end;
        return ContainsAny(text.AsSpan(number.End, end - number.End), EarningMore) ? StatisticCategory.Beneficiaries : category;
    }

    // The adverbs of a past experience: 曾, 曾经.
    private static readonly string[] PastExperience = CategoryCues.Words("past-experience");

    // The verbs of giving blood or plasma: 献血, 献浆.
    private static readonly string[] Donating = CategoryCues.Words("donating");

    // The verbs of holding an event (举办, 组织, 开展, 召开, 举行): times something was held are events, whoever held them.
    private static readonly string[] HoldingEvents = CategoryCues.Words("holding-events");

    // 他曾三次前往西藏拍摄, 她曾两次参加全运会, 他已累计献血76次: 曾 right before a count of times, or a gift of blood ending the
    // phrase it counts, says how often someone has done a thing, an experience or a donor's record of theirs, not events
    // held (ANNOTATION.md: activities are events, services, sessions held); 次 alone would settle events. Without either
    // the times are still events (先后3次组织开展排查行动, 开展无偿献血活动3次), and so they are with a verb of holding
    // before the count in its clause or right after it (街道组织集体献血4次, 该市曾两次举办全国马拉松赛); a verb further
    // on is what the person did each time (毛泽东曾三次到此开展调查研究).
    private static string AsOnesPastOccasions(string text, FoundNumber number, string metric, string category)
    {
        if (category != StatisticCategory.Activities || number.Unit != Times
            || !(EndsWithAny(text.AsSpan(0, number.Start), PastExperience) || EndsWithAny(metric, Donating)))
        {
            return category;
        }

        var start = Clauses.Clause(text, number.Start).Start;
        return ContainsAny(text.AsSpan(start, number.Start - start), HoldingEvents) || StartsWithAny(text.AsSpan(number.End), HoldingEvents)
            ? category
            : StatisticCategory.Other;
    }

    // The words right before a length, or ending its phrase, that make it the way someone went or a race's length: a
    // verb of moving (走, 跑, 奔赴, 追逐, 跨域), a trip (行程), a race (马拉松, and 男子 or 女子 before its length: 男子800米).
    private static readonly string[] WaysGone = CategoryCues.Words("way-gone");

    // The words of a whole way (全程, 路程), which road news gives a route's length with as often as a trip's.
    private static readonly string[] WholeWays = CategoryCues.Words("whole-way");

    // The words right after a length that make it a race's: 决赛, 比赛, 专项, 自由泳, 接力 (800米决赛, 1500米专项).
    private static readonly string[] RacesAfter = CategoryCues.Words("race-after");

    private const string Depth = "深";

    // The dimension adjectives other than depth written right after a length (1.5米高的台阶, 20厘米厚, 10米宽，), from the
    // metric reader's list of them (MetricWords/dimension-adjectives.tsv); and the nouns of a dimension that end a
    // counted phrase (身高, 高度, 深处, 高差).
    private static readonly string[] DimensionsAfter = [.. MetricWordList.Words("dimension-adjectives").Where(adjective => adjective != Depth)];
    private static readonly string[] DimensionNouns = CategoryCues.Words("dimension-noun");

    // 深入 and 深化 open no depth (徒步12公里深入山区).
    private static readonly string[] NoDepth = CategoryCues.Words("no-depth");

    // What may stand between a verb of moving and its length: 了, and the bracket of an aside (健康跑（5公里）).
    private static readonly char[] BetweenAWayAndItsLength = ['了', '（', '('];

    // What may stand between a length and its dimension: a qualifier written after the unit (2米多深, 10米左右宽).
    private static readonly string[] QualifiersAfterAUnit = CategoryCues.Words("qualifier-after-a-unit");

    // 走了90多万公里, 每天都要跑18公里, 全程约12公里, 半程马拉松（21.0975公里）, 男子800米, 3米多深的洪水, 身高1.65米: a
    // length that says how far someone went, how long a race is, or how deep, high, wide, thick or long something is
    // measures no built work (ANNOTATION.md: roads, buildings, facilities, networks built or renovated), though 公里 and
    // 米 suggest one when no word tells. A depth is never what was built; a height, width, thickness or length written
    // after its figure (or as the head of its phrase) is a built work's only when the phrase names one (1.8公里长、4.5米
    // 宽的产业路, 建筑高度) or a verb of building comes before it in its clause (沿河修建3米高、800米长的防洪堤, whose
    // noun the lexicon lacks); a road's whole length (全长, and 全程 after a road) stays with what the clause is about.
    private static string AsALengthOfNoWork(string text, FoundNumber number, string metric, string category)
    {
        if (category != StatisticCategory.Infrastructure || MeasureWords.Counts(number.Unit) != MeasureClass.Length)
        {
            return category;
        }

        var clauseStart = Clauses.Clause(text, number.Start).Start;
        var before = text.AsSpan(clauseStart, number.Start - clauseStart).TrimEnd(BetweenAWayAndItsLength);
        var after = text.AsSpan(number.End);
        after = after[OpeningLength(after, QualifiersAfterAUnit)..];
        if (EndsWithAny(before, WaysGone) || EndsWithAny(metric, WaysGone) || IsATripsWholeWay(text, clauseStart, before, metric)
            || StartsWithAny(after, RacesAfter) || (after.StartsWith(Depth, StringComparison.Ordinal) && !StartsWithAny(after, NoDepth)))
        {
            return StatisticCategory.Other;
        }

        var dimension = IsADimensionAfter(after) || EndsWithAny(metric, DimensionNouns);
        return dimension && Head(metric, Counted.Measure, people: false, out _) != StatisticCategory.Infrastructure && !Builds(before)
            ? StatisticCategory.Other
            : category;
    }

    // 徒步行进，全程约12公里, 34公里的路程: a whole way is a trip's, unless a built work's noun stands right before it
    // (该公路全程12公里, 健身步道全程5公里) or a verb of building is read before the length, in its clause or, where the
    // whole way opens its clause, in the clause before (新建旅游公路一条，全程36公里).
    private static bool IsATripsWholeWay(string text, int clauseStart, ReadOnlySpan<char> before, string metric)
    {
        var wayBefore = EndingLength(before, WholeWays);
        var phrase = wayBefore > 0 ? before : metric.AsSpan();
        var way = wayBefore > 0 ? wayBefore : EndingLength(phrase, WholeWays);
        if (way == 0 || Lexicon.PhraseWordEndingAt(phrase, phrase.Length - way) is { Category: StatisticCategory.Infrastructure } || Builds(before))
        {
            return false;
        }

        var opensItsClause = wayBefore > 0 && before.Trim().Length == wayBefore;
        if (!opensItsClause || clauseStart <= Clauses.Sentence(text, clauseStart).Start)
        {
            return true;
        }

        var (start, end) = Clauses.Clause(text, clauseStart - 1);
        return !Builds(text.AsSpan(start, end - start));
    }

    // The verbs that build or rebuild a structure (修建, 新建, 建成, 改造); not the lexicon's verbs of laying, fitting,
    // mending or pulling down, which take wires and devices too (铺设了十几米长的细线 around a field is no built work).
    private static readonly string[] Building = CategoryCues.Words("building");

    private static bool Builds(ReadOnlySpan<char> words) => ContainsAny(words, Building);

    // Whether the words open with a dimension adjective that ends its word: 高的台阶, 宽，, 长、 (not 高速, 长江, 宽带).
    private static bool IsADimensionAfter(ReadOnlySpan<char> after) =>
        StartsWithAny(after, DimensionsAfter) && (after.Length == 1 || after[1] == '的' || !Parsing.ChineseText.IsIdeograph(after[1]));

    // What places of the divisions have (集体经济, 收入, 垃圾分类, 人居环境) or do (建设有, 超过, 策划, 实现, 存在), written
    // right after them.
    private static readonly string[] WhatPlacesHaveOrDo = CategoryCues.Words("place-has-or-does");

    // 45个村集体经济年收入均超过20万元, 108个村垃圾分类实现“三化”, 27个村策划组织村歌赛: villages counted in 个 whose
    // phrase goes on into what they own or do are the villages counted (ANNOTATION.md: villages counted as units are
    // organizations); the attribute or the deed is said of them and is not what is counted.
    private static string AsPlacesThatHaveOrDo(FoundNumber number, string metric, string category)
    {
        var division = number.Unit == "个" ? DivisionAt(metric, 0) : 0;
        return division > 0 && StartsWithAny(metric.AsSpan(division), WhatPlacesHaveOrDo) ? StatisticCategory.Organizations : category;
    }

    // The adverbs between places counted and what befell them: 均, 都, 全部, 不同程度(地).
    private static readonly string[] BeforeWhatBefell = CategoryCues.Words("before-what-befell");

    // 5个乡镇21个村316户1042人受灾, 13个区44673人受灾, 17个乡镇不同程度受灾: places of the divisions counted as the
    // extent of a disaster are counted for what befell them, as the people are (other; dev d31 files 7个乡镇 and 38个村
    // so). The places stand alone before the outcome, or before further counts joined to them without punctuation;
    // a noun of their own (57个村179条…公路) says what was damaged, and 失联村 (d07) carries the outcome in its noun.
    private static string AsExtentOfADisaster(string text, FoundNumber number, string metric, string category)
    {
        if (category != StatisticCategory.Organizations || DivisionAt(metric, 0) != metric.Length || !text.AsSpan(number.End).StartsWith(metric, StringComparison.Ordinal))
        {
            return category;
        }

        var at = number.End + metric.Length;
        while (Numbers.NumeralScanner.TryRead(text, at, out var numeral))
        {
            at = numeral.End < text.Length && text[numeral.End] is '余' or '多' ? numeral.End + 1 : numeral.End;
            at += MeasureWords.At(text, at) is { } measure ? measure.Written.Length : 0;
            at += DivisionAt(text, at);
        }

        var rest = text.AsSpan(at);
        rest = rest[OpeningLength(rest, BeforeWhatBefell)..];
        for (var end = Math.Min(rest.Length, MaxOutcomeLength); end > 0; end--)
        {
            if (Lexicon.PhraseWordEndingAt(rest, end) is { Role: CategoryRole.Outcome, Category: StatisticCategory.Other } word && word.Word.Length == end)
            {
                return StatisticCategory.Other;
            }
        }

        return category;
    }

    private const int MaxOutcomeLength = 4;

    // The length of the first of the words (an adverb: 均, 不同程度; a qualifier: 多, 左右) that opens the text, or 0.
    private static int OpeningLength(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return word.Length;
            }
        }

        return 0;
    }

    // The length of the level of the divisions (村, 乡镇, 市州; 区 and 县 alone) that opens the words at at, or 0.
    private static int DivisionAt(string text, int at)
    {
        for (var length = Math.Min(MaxDivisionLength, text.Length - at); length > 0; length--)
        {
            var word = text.Substring(at, length);
            if (Lexicon.WholePhrase(word) is { Source: CategoryLexicon.DivisionSource }
                || Lexicon.PhraseWordEndingAt(word, length) is { Source: CategoryLexicon.DivisionSource } division && division.Word.Length == length)
            {
                return length;
            }
        }

        return 0;
    }

    private const int MaxDivisionLength = 3;

    // The names of a race and of its categories, ending a phrase of people counted: 马拉松 (半程马拉松, 迷你马拉松), 欢乐跑,
    // 健康跑, 迷你跑, 亲子跑.
    private static readonly string[] Races = CategoryCues.Words("race");

    // Words of serving or guarding an event before its name: 保障, 服务, 护航, 执勤, 安保.
    private static readonly string[] ServingAnEvent = CategoryCues.Words("serving-an-event");

    // 半程马拉松3000人、迷你马拉松2000人, 欢乐跑（约8km）400人, 赛事总规模为5000人: people counted by a race's name, or as the
    // size (规模) of a contest their sentence names, are those the race takes in, who take part (ANNOTATION.md: participants
    // are people taking part). What befell them still decides (半程马拉松2人受伤), a school's size names no contest
    // (办学总规模5000人), and people who serve the race are its staff (保障半程马拉松500人).
    private static string AsEntrants(string text, FoundNumber number, string metric, string category)
    {
        if (category != StatisticCategory.Other || !CountsPersons(number.Unit)
            || Outcome(Predicate(text, number.End), people: true) is not (null or StatisticCategory.Participants))
        {
            return category;
        }

        var race = EndingLength(metric, Races);
        if (race > 0)
        {
            return ContainsAny(metric.AsSpan(0, metric.Length - race), ServingAnEvent) ? category : StatisticCategory.Participants;
        }

        return metric.EndsWith(Size, StringComparison.Ordinal) && SentenceNamesAContest(text, number.Start)
            ? StatisticCategory.Participants
            : category;
    }

    // The verbs that send people into the work of a response: 投入, 出动, 调集, 调配, 调派, 抽调, 派出.
    private static readonly string[] Deploying = CategoryCues.Words("deploying");

    // What may stand between the verb and the count: 了, 共, 共计, 累计.
    private static readonly char[] BetweenVerbAndCount = ['了', '共', '计', '累'];

    // The head of a noun of forces sent: 抢修力量, 专业力量, 综治力量.
    private const string Forces = "力量";

    // The police are counted for themselves (警力, 干警: d22 files 警力 other).
    private const char Police = '警';

    // How many characters after a count are read for a word for people of its own.
    private const int OwnNounReach = 6;

    // 投入了3400余人, 多部门出动450余人开展搜救, 紧急调配专业力量520余人: people sent into the work of a response take part
    // in it (participants, as d31's 投入…救援队伍300余人 and round 89's 救援人员 and 抢险力量), when the count has no noun
    // of people of its own (调派25名干部 are still cadres) and the police are not meant (出动警力).
    private static string AsPeopleDeployed(string text, FoundNumber number, string metric, string category)
    {
        if (category != StatisticCategory.Other || !CountsPersons(number.Unit) || metric.Contains(Police))
        {
            return category;
        }

        if (metric.EndsWith(Forces, StringComparison.Ordinal))
        {
            return StatisticCategory.Participants;
        }

        var before = text.AsSpan(0, number.Start).TrimEnd(BetweenVerbAndCount);
        return EndsWithAny(before, Deploying) && !NamesItsPeople(text, number.End) ? StatisticCategory.Participants : category;
    }

    // Whether a word for people, or a noun of people, follows the count closely (25名干部, 2000多名维修人员).
    private static bool NamesItsPeople(string text, int end)
    {
        for (var at = end + 1; at <= Math.Min(text.Length, end + OwnNounReach) && Parsing.ChineseText.IsIdeograph(text[at - 1]); at++)
        {
            if (Lexicon.HasPhraseWordEndingAt(text, at, CategoryRole.Person) || (Lexicon.PhraseWordEndingAt(text, at) is { } word && IsNounOfPeople(word)))
            {
                return true;
            }
        }

        return false;
    }

    // The measure words of animals: 只, and 羽 for birds.
    private static readonly string[] AnimalUnits = CategoryCues.Words("animal-unit");

    // The verbs of raising animals on a farm, read in the clause before the count (养殖了4200只土鸡, 饲养了23只鸵鸟).
    private static readonly string[] Raising = CategoryCues.Words("raising");

    // The words of the wild in a sentence (野生动物, 国家一级保护动物, 自然保护区, 种群数量, 生态环境的恢复).
    private static readonly string[] OfTheWild = CategoryCues.Words("of-the-wild");

    // 救助野生动物4只，分别是狍子1只、狗獾1只, 养殖了4200只土鸡: animals counted in 只 or 羽 whose kind the lexicon does
    // not name are wildlife when the sentence speaks of the wild (ANNOTATION.md: wildlife is environment), and livestock
    // when they are raised (ANNOTATION.md: 存栏 and 出栏 are economy, as 头 of livestock are). Pets, strays and things
    // counted in 只 (dumplings, alarms) have neither and stay other.
    private static string AsAnimals(string text, FoundNumber number, ReadOnlySpan<char> wordsBefore, string category)
    {
        if (category != StatisticCategory.Other || !AnimalUnits.Contains(number.Unit))
        {
            return category;
        }

        if (ContainsAny(wordsBefore, Raising))
        {
            return StatisticCategory.Economy;
        }

        var (sentenceStart, sentenceEnd) = Clauses.Sentence(text, number.Start);
        return ContainsAny(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart), OfTheWild) ? StatisticCategory.Environment : category;
    }

    // How far before the counted phrase a verb of producing or trading is read: the verb and an adverb or two (每天都要售卖).
    private const int GoodsVerbReach = 12;

    // The words of producing, stocking and trading goods: 产 (年产, 亩产, 产出, 出产, 生产, 产量), 销售, 售卖, 卖, 批发,
    // 收购, 交易, 库存, 储备, 烘干 (a crop dried for sale), 采收 and 采摘 (harvested).
    private static readonly string[] ProducedOrTraded = CategoryCues.Words("produced-or-traded");

    // What is given off or disposed of, not goods (每天产生垃圾300吨, 污泥年产400吨, 减排二氧化碳), and what is traded
    // against the law, a case (非法收购, 贩卖毒品, 走私).
    private static readonly string[] WasteOrCrime = CategoryCues.Words("waste-or-crime");

    // 年产干烟叶6万公斤, 每天都要售卖一万多斤, 成品粮库存19万吨: a weight produced, stocked or sold is goods, the economy
    // (ANNOTATION.md: agricultural output, businesses' results), whatever the goods are. The lexicon cannot name every
    // crop and product, but the verb says what kind of figure it is; without it the unit's default (吨 environment) or
    // nothing (斤 other) would decide.
    private static string AsGoodsWeighed(string metric, ReadOnlySpan<char> wordsBefore, string unit, string category)
    {
        if (category is not (StatisticCategory.Environment or StatisticCategory.Other) || MeasureWords.Counts(unit) != MeasureClass.Mass)
        {
            return category;
        }

        var words = string.Concat(wordsBefore[Math.Max(0, wordsBefore.Length - GoodsVerbReach)..], metric);
        return ContainsAny(words, ProducedOrTraded) && !ContainsAny(words, WasteOrCrime) ? StatisticCategory.Economy : category;
    }

    // Where the first count of the list a count stands in begins: the items before it, each ended by a list comma (、),
    // each end with a count of the same kind (医疗队96支478人、防疫队89支416人、监督队16支60人). The count's own start
    // when none does. The items after the first are short, a noun and its counts; a longer one opens the list (it holds
    // the verb), and a count far after a list comma is in a clause of its own, unpunctuated.
    private static int ListOpening(string text, FoundNumber number, int clauseStart)
    {
        var comma = LastListComma(text, number.Start, clauseStart);
        if (comma < 0 || number.Start - comma - 1 > MaxListItem)
        {
            return number.Start;
        }

        var opening = number.Start;
        while (comma >= 0)
        {
            var itemStart = Math.Max(LastListComma(text, comma, clauseStart) + 1, clauseStart);
            var count = Counts(text, itemStart, comma, out var lastUnit);
            if (count < 0 || !MetricFinder.SameKind(lastUnit, number.Unit))
            {
                return opening;
            }

            opening = count;
            comma = comma - itemStart <= MaxListItem && itemStart > clauseStart ? itemStart - 1 : -1;
        }

        return opening;
    }

    // The last list comma (、) of the clause before at, or -1.
    private static int LastListComma(string text, int at, int clauseStart) =>
        at > clauseStart ? text.LastIndexOf('、', at - 1, at - clauseStart) : -1;

    // The longest item of a list of counts after its first: a noun and its counts (卫生防疫队894支4169人).
    private const int MaxListItem = MaxReach / 2;

    // Where the first count (a numeral and its measure word) between start and end stands, or -1; and the unit of the last.
    private static int Counts(string text, int start, int end, out string lastUnit)
    {
        var first = -1;
        lastUnit = "";
        for (var at = start; at < end; at++)
        {
            if (!Numbers.NumeralScanner.TryRead(text, at, out var numeral) || numeral.End > end)
            {
                continue;
            }

            var measureAt = numeral.End < end && text[numeral.End] is '余' or '多' ? numeral.End + 1 : numeral.End;
            if (MeasureWords.At(text, measureAt) is { } measure)
            {
                first = first < 0 ? at : first;
                lastUnit = measure.Unit;
            }

            at = numeral.End - 1;
        }

        return first;
    }

    // The words after a length that make it a distance away: 之外, 以外, 外 (5公里外), and 远 (1000余米远), which 除 never
    // sets aside.
    private static readonly string[] AwayWords = ["之外", "以外", "外"];

    // The words after a length that make it a point or a reach that far: 处 (下游约30公里处), 范围 and 以内 (1公里范围内).
    private static readonly string[] AtADistance = CategoryCues.Words("at-a-distance");

    // The words of a distance between two places, in the counted phrase: 距 (距离, 相距: 车站距机场6公里).
    private static readonly string[] Apart = CategoryCues.Words("apart");

    // Whether a length is how far away something is (5公里之外的广场), the point or the reach that far (在下游30公里处被
    // 发现, 2公里范围内), or the distance between two places named in its phrase (车站距机场仅800米, where the head
    // 车站 would make a built work). Not the 外 of 除…外, which sets a figure aside (除新修道路20公里外，还…: the road is
    // still built).
    private static bool IsADistanceAway(string text, FoundNumber number, int clauseStart, string metric)
    {
        if (MeasureWords.Counts(number.Unit) != MeasureClass.Length)
        {
            return false;
        }

        return ContainsAny(metric, Apart) || FollowedByADistance(text, number, clauseStart);
    }

    // Whether the words right after a length make it a distance (1公里范围内, 下游30公里处, 5公里之外), read for a figure
    // whose subject a later figure carries: the distance is the earlier figure's alone.
    private static bool IsAtADistance(string text, FoundNumber number) =>
        MeasureWords.Counts(number.Unit) == MeasureClass.Length && FollowedByADistance(text, number, Clauses.Clause(text, number.Start).Start);

    private static bool FollowedByADistance(string text, FoundNumber number, int clauseStart)
    {
        var after = text.AsSpan(number.End);
        return after.StartsWith(Far) || StartsWithAny(after, AtADistance)
            || (StartsWithAny(after, AwayWords) && !SetsAside(text.AsSpan(clauseStart, number.Start - clauseStart)));
    }

    private const string Far = "远";

    // 除…外 "apart from": a 除 that is no part of a verb of removal (拆除, 清除, 消除 …) nor of 除险 (making safe).
    private static bool SetsAside(ReadOnlySpan<char> words)
    {
        for (var at = 0; at < words.Length; at++)
        {
            if (words[at] == '除' && (at == 0 || !RemovalVerbStarts.Contains(words[at - 1])) && (at + 1 == words.Length || words[at + 1] != '险'))
            {
                return true;
            }
        }

        return false;
    }

    // The first characters of verbs of removal that end in 除: 拆除, 清除, 消除, 排除, 铲除, 去除, 解除, 免除, 破除, 扣除, 剔除, 删除, 根除.
    private const string RemovalVerbStarts = "拆清消排铲去解免破扣剔删根";

    // Words of merit that open the name of an honour (优秀组织单位, 先进集体); alone they may only describe (优秀骑手).
    private static readonly string[] MeritWords = ["优秀", "先进", "最佳", "十佳"];


    // 占地4万平方米（约60亩）, 2.5亿元（约3200万欧元）: the same area, length, volume, mass or amount in another unit.
    private static bool SameQuantity(string unit, string other) =>
        (Counting(unit) == Counted.Measure || MeasureWords.Counts(unit) == MeasureClass.Money) && MeasureWords.Counts(other) == MeasureWords.Counts(unit);

    // Whether the figure before counts people by what befell them (遇难, 失踪, 受伤: an outcome of other ends its subject),
    // and a count of people follows.
    private static bool BefellPeople(SentenceStatistic previous, string unit) =>
        MeasureWords.CountsPeople(unit) && Lexicon.PhraseWordEndingAt(previous.Subject, previous.Subject.Length) is { Role: CategoryRole.Outcome, Category: StatisticCategory.Other };

    // Words that open a part of the whole counted just before: 其中 "of them", 包括 "including" (5人受伤，包括2名消防员).
    private static readonly string[] PartMarkers = ["其中", "包括"];

    private static bool IsPartAfter(string text, SentenceStatistic previous, int numberStart, int clauseStart)
    {
        foreach (var marker in PartMarkers)
        {
            if (OpensAPart(text, marker, previous, numberStart, clauseStart))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the marker (其中) opens the clause of a count, or is the clause just before it, after the figure before:
    // 造林12.5万公顷，其中人工造林, 损失860万元，其中：农业损失, 2社区入选！其中，某市1组织.
    private static bool OpensAPart(string text, string marker, SentenceStatistic previous, int numberStart, int clauseStart)
    {
        // Two figures whose qualifiers meet could overlap (二倍以上|上十倍 read 上 twice before QualifierRules knew 以上):
        // then nothing lies between them.
        var from = Math.Max(previous.Number.End, clauseStart - marker.Length - 2);
        var of = from < numberStart ? text.AsSpan(from, numberStart - from).LastIndexOf(marker, StringComparison.Ordinal) : -1;
        if (of < 0)
        {
            return false;
        }

        // Nothing of the clause before the marker when it is in the count's clause; nothing but punctuation after it
        // when it is a clause of its own.
        var at = from + of;
        var afterIt = at + marker.Length;
        return at >= clauseStart
            ? text.AsSpan(clauseStart, at - clauseStart).Trim().IsEmpty
            : (at == 0 || !Parsing.ChineseText.IsIdeograph(text[at - 1])) && afterIt <= clauseStart
                && !text.AsSpan(afterIt, clauseStart - afterIt).ContainsAnyInRange('\u4e00', '\u9fff');
    }

    // Whether a count of people is of those served (ANNOTATION.md: people served are beneficiaries). Whoever serves
    // may stand before 服务 (小程序服务群众, 活动中心日均服务游客, 项目服务老年人), but not a word of joining a service
    // (志愿服务, 志愿者服务, 参与服务): those count the ones who serve. After 服务 come the people served, named by a word
    // for people or a noun of people (服务旅客, 服务各类人群, 服务市民游客及嘉宾: the last word), or the measure of their number
    // (服务人数, 驿站服务人次); or nothing, when a time or an adverb alone stands before it (累计服务500余人), or when the
    // count is in person-times, which a service is given to (提供助浴上门服务420人次, 门诊服务800余人次).
    private static bool ServesPeople(string metric, string unit)
    {
        var at = MeasureWords.CountsPeople(unit) ? metric.LastIndexOf(Serving, StringComparison.Ordinal) : -1;
        if (at < 0 || JoinsAService.EndsAt(metric, at) || IsInsideANoun(metric, at))
        {
            return false;
        }

        var served = metric.AsSpan(at + Serving.Length);
        if (served.IsEmpty)
        {
            return at == 0 || BeforeServing.EndsAt(metric, at) || MeasureWords.Counts(unit) == MeasureClass.PersonTimes;
        }

        return served is CountOfPeople or TimesOfPeople || (NamesPeople(served) && !StartsWithAny(served, StaffOfAService));
    }

    // 服务站, 服务中心, 服务队员: 服务 that opens a longer word of the lexicon names a place or a body, not a service given.
    // (A word that ends with it, 咨询服务 or 上门服务, is the service itself.)
    private static bool IsInsideANoun(string metric, int at)
    {
        for (var end = metric.Length; end > at + Serving.Length; end--)
        {
            if (Lexicon.PhraseWordEndingAt(metric, end) is { } word && end - word.Word.Length <= at)
            {
                return true;
            }
        }

        return false;
    }

    // The last word of the phrase is a word for people or a noun of people (服务市民游客及嘉宾, 服务山区孩子); a phrase that
    // goes on after the people (服务市民健身) counts what they came for, visits.
    private static bool NamesPeople(ReadOnlySpan<char> words) =>
        Lexicon.PhraseWordEndingAt(words, words.Length) is { } word && (word.Role == CategoryRole.Person || IsNounOfPeople(word));

    // The words before 服务 that make it a service joined or given as volunteers, not one received.
    private static readonly Lexicon JoinsAService = new(["志愿", "志愿者", "义工", "参与", "参加", "投身"]);

    // Staff named by their work, as the head of a phrase or right after 服务: 法律工作者, 资助工作人员, 服务专员.
    private static readonly string[] StaffByTheirWork = ["工作者", "工作人员", "专员"];

    // 招募服务人员50名, 法律服务工作者: right after 服务, 人员 too names the staff who serve (as a head it is any people).
    private static readonly string[] StaffOfAService = ["人员", .. StaffByTheirWork];

    // 救援人员, 救援队员, 救援者, 救援力量, 救援志愿者: right after 救援 these name the rescuers, not those rescued.
    private static readonly string[] Rescuers = [.. StaffOfAService, .. CategoryCues.Words("rescuer")];

    // Heads that name staff by their work: 心理咨询师, 种业专家, 产业顾问, 儿童督导员, and StaffByTheirWork. Right after
    // 服务 only StaffOfAService reads as staff: 服务师生 serves teachers and students.
    internal static readonly string[] StaffHeads = ["师", "专家", "顾问", "督导员", .. StaffByTheirWork];

    private const string CountOfPeople = "人数";
    private const string TimesOfPeople = "人次";

    // People counted as a volunteer body's members or size are volunteers (ANNOTATION.md: volunteer people or teams):
    // members (成员, 队员, 会员) after a volunteer body the sentence named before them (“夕阳红”志愿服务队成立于2019年，现有
    // 成员45人), or a volunteer body's own size (一支200余人的志愿者宣讲队伍, 志愿者年度总规模超过3万人). A rescue team's
    // or an association's members stay what they are (该救援队现有队员30人).
    private static bool IsAVolunteerBodysSize(string text, FoundNumber number, string metric)
    {
        if (!CountsPersons(number.Unit))
        {
            return false;
        }

        if (Lexicon.PhraseWordEndingAt(metric, metric.Length) is { Role: CategoryRole.Measure } head
            && (head.Category == StatisticCategory.Organizations || head.Word == Size))
        {
            return NamesVolunteers(metric.AsSpan(0, metric.Length - head.Word.Length));
        }

        if (!EndsWithAny(metric, MemberWords))
        {
            return false;
        }

        return NamesVolunteers(BodyNamedBefore(text, number, metric));
    }

    private const string Rescuing = "救援";

    // 共救援受困群众1600余人次: whether the counted phrase opens with 救援 and names the people it rescued (not a team, nor
    // the rescuers), after an adverb of total that follows no verb of joining or sending.
    private static bool RescuedNamedAfterTheVerb(ReadOnlySpan<char> wordsBefore, string metric)
    {
        if (!metric.StartsWith(Rescuing, StringComparison.Ordinal))
        {
            return false;
        }

        var rescued = metric.AsSpan(Rescuing.Length);
        return NamesPeople(rescued) && !ContainsAny(rescued, ResponseTeamWords) && !StartsWithAny(rescued, Rescuers)
            && wordsBefore.TrimEnd() is [.., var last] && BetweenVerbAndCount.Contains(last)
            && RescuedRightBefore($"{wordsBefore}{Rescuing}");
    }

    // 救援人数已达61人, 累计救援人次: a head that measures people right after 救援 counts those it rescued, as 服务人数
    // counts those served, when no verb of joining or sending stands before 救援 (参与救援人数 counts the rescuers).
    private static bool RescuedMeasured(ReadOnlySpan<char> wordsBefore, string metric) =>
        metric.StartsWith(Rescuing, StringComparison.Ordinal) && metric.AsSpan(Rescuing.Length) is CountOfPeople or TimesOfPeople
        && RescuedRightBefore($"{wordsBefore}{Rescuing}");

    // Whether the words before a count end in 救援 (and 了 or an adverb of total) after no verb of joining or sending it.
    private static bool RescuedRightBefore(ReadOnlySpan<char> words)
    {
        words = words.TrimEnd(BetweenVerbAndCount);
        if (!words.EndsWith(Rescuing, StringComparison.Ordinal))
        {
            return false;
        }

        var before = words[..^Rescuing.Length];
        return LastVerb(before[Math.Max(0, before.Length - 2)..]) is null && Outcome(before[Math.Max(0, before.Length - 2)..], people: true) is null
            && !EndsWithAny(before, Deploying);
    }

    // Teams counted in 支 whose noun is only a team's head (队伍, 分队, 支队), with at most a level of the divisions before
    // it (镇级分队, 村支队), are a volunteer body's teams, volunteers (ANNOTATION.md: volunteer people or teams), when the
    // volunteer body is named before them: as the field right before the count (成立志愿服务20支镇级分队), as the body the
    // sentence named before them (志愿者团队已经形成规模，有5支队伍; 在某志愿服务队中…担任两支分队的队长), or as the
    // volunteer teams counted just before in the sentence (…20支镇级分队、65支村支队). A team with work of its own
    // (87支退役军人救援队) is what its noun says.
    private static bool IsAVolunteerBodysTeam(string text, FoundNumber number, string metric, SentenceStatistic? previous)
    {
        var head = EndingLength(metric, GenericTeams);
        if (number.Unit != TeamMeasure || head == 0 || NamesWork(metric.AsSpan(0, metric.Length - head)))
        {
            return false;
        }

        var sentenceStart = Clauses.Sentence(text, number.Start).Start;
        if (previous is { Category: StatisticCategory.Volunteers } && previous.Number.Unit == TeamMeasure && previous.Number.Start >= sentenceStart)
        {
            return true;
        }

        var field = number.Start;
        while (field > sentenceStart && number.Start - field < MaxFieldBeforeACount && Parsing.ChineseText.IsIdeograph(text[field - 1]))
        {
            field--;
        }

        return NamesVolunteers(text.AsSpan(field, number.Start - field)) || NamesVolunteers(BodyNamedBefore(text, number, metric));
    }

    // 志愿者团队…有5支队伍共六十人左右: people counted in the clause of a volunteer body's teams, with only the teams'
    // head as their noun, are the members of those teams (ANNOTATION.md: volunteer people or teams); people with a noun
    // of their own (5支志愿服务队服务群众300人) are what their noun says.
    private static bool AreTheVolunteerTeamsMembers(FoundNumber number, string metric, SentenceStatistic? previous, int clauseStart) =>
        CountsPersons(number.Unit) && previous is { Category: StatisticCategory.Volunteers, Number.Unit: TeamMeasure }
        && previous.Number.Start >= clauseStart && metric.Length > 0 && EndingLength(metric, GenericTeams) == metric.Length;

    private const string TeamMeasure = "支";

    // How many ideographs right before a count are read for the field of the teams counted (志愿服务|20支).
    private const int MaxFieldBeforeACount = 4;

    // The heads of a team that say nothing of its work: 队伍, 小分队, 分队, 支队, 团队, 队.
    private static readonly string[] GenericTeams = CategoryCues.Words("generic-team");

    // Whether the words before a team's head say more than a level of the divisions (镇级, 村, 乡镇, 省级): any work or field.
    private static bool NamesWork(ReadOnlySpan<char> words)
    {
        var text = words.ToString();
        var at = 0;
        while (at < text.Length)
        {
            var division = DivisionAt(text, at);
            at += division > 0 ? division : text[at] == Level ? 1 : text.Length + 1;
        }

        return at > text.Length;
    }

    private const char Level = '级';

    // The name of the body named before a count of its members, or nothing: the body is named before the members (已有
    // 队员二十余人: not the 队 of 队员), its name the run of ideographs before its 队 or 团 (“夕阳红”志愿服务队; not the 会 of
    // a meeting: 志愿服务工作会上，协会现有会员).
    private static ReadOnlySpan<char> BodyNamedBefore(string text, FoundNumber number, string metric)
    {
        var sentenceStart = Clauses.Sentence(text, number.Start).Start;
        var before = text.AsSpan(sentenceStart, number.Start - sentenceStart);
        before = before.EndsWith(metric, StringComparison.Ordinal) ? before[..^metric.Length] : before;
        var body = before.LastIndexOfAny(BodyEnds);
        var name = body;
        while (name > 0 && body - name < MaxBodyName && Parsing.ChineseText.IsIdeograph(before[name - 1]))
        {
            name--;
        }

        return body > 0 ? before[name..body] : default;
    }

    // A volunteer body is named by 志愿 or 义工, or by 支教, teaching given as a volunteer (暑期支教实践队).
    private static bool NamesVolunteers(ReadOnlySpan<char> words) => ContainsAny(words, VolunteerBodyWords);

    private static readonly string[] VolunteerBodyWords = CategoryCues.Words("volunteer-body");

    // The words that name a team sent into the work of a response: rescue, search, medical, commando, flood, emergency,
    // epidemic, disinfection and repair teams (蓝天救援队, 援外医疗队, 抢险突击队, 防汛应急抢险队, 配网抢修队伍).
    private static readonly string[] ResponseTeamWords = CategoryCues.Words("response-team");

    // The verbs of a body's holding its members: 现有, 拥有.
    private static readonly string[] Holding = CategoryCues.Words("holding");

    // How a team or its members are written: 队, 队伍 (梯队, 小分队), 队员.
    private static readonly string[] TeamEnds = CategoryCues.Words("team-end");

    // The party a body or a person heads, written after the name: 一行.
    private static readonly string[] PartyWords = CategoryCues.Words("party");

    // How many characters may follow a word of response at the end of a body's name: a body's suffix (中心, 总站).
    private const int MaxBodySuffix = 2;

    // 救援队一行7人, 应急救援中心一行11人: a party is a response team's people sent where the name before 一行 is a team's
    // (ends in 队…) or ends in a word of response and at most a body's suffix (救援中心). Not any party near a word of
    // response: those rescued (救出被困驴友一行6人), an inspection party (应急管理厅督查组一行5人) and an official's party
    // (防汛抗旱指挥部副指挥长李某一行6人) are parties too.
    private static bool IsAResponseBodysParty(string metric)
    {
        var party = EndingLength(metric, PartyWords);
        if (party == 0)
        {
            return false;
        }

        var body = metric.AsSpan(0, metric.Length - party);
        return EndsWithAny(body, TeamEnds) || ContainsAny(body[Math.Max(0, body.Length - MaxResponseWord - MaxBodySuffix)..], ResponseTeamWords);
    }

    // The longest word of response (救援, 抢险: two characters).
    private static readonly int MaxResponseWord = ResponseTeamWords.Max(word => word.Length);

    // 应急救援队伍8支260余人, 某某救援队12名队员赶赴灾区, 首批医疗队共6名: people counted as a response team's, whether the team
    // is the counted phrase or named before its members, are sent in to take part (ANNOTATION.md: people taking part;
    // d31 files 应急救援队伍…300余人 participants, as round 89 files 救援队员). What befell them still decides (6名队员均被冲走,
    // other), and a team of other work (篮球队, 城管队员) is not meant. Nor is the size a team has (该救援队现有队员26人,
    // round 101): members it holds are not yet sent anywhere.
    private static string AsResponseTeamsPeople(string text, FoundNumber number, string metric, string category)
    {
        var clauseStart = Clauses.Clause(text, number.Start).Start;
        if (category != StatisticCategory.Other || !CountsPersons(number.Unit) || !(EndsWithAny(metric, TeamEnds) || IsAResponseBodysParty(metric))
            || Outcome(Predicate(text, number.End), people: true) is not (null or StatisticCategory.Participants)
            || ContainsAny(text.AsSpan(clauseStart, number.Start - clauseStart), Holding))
        {
            return category;
        }

        var team = ContainsAny(metric, ResponseTeamWords) || (EndsWithAny(metric, MemberWords) && ContainsAny(BodyNamedBefore(text, number, metric), ResponseTeamWords));
        return team ? StatisticCategory.Participants : category;
    }

    // The words for a body's members, and how a volunteer body's name ends (队, 团: 志愿服务队, 志愿者服务团), read back at
    // most a name's length.
    private static readonly string[] MemberWords = ["成员", "队员", "会员"];
    private static readonly System.Buffers.SearchValues<char> BodyEnds = System.Buffers.SearchValues.Create("队团");
    private const int MaxBodyName = 8;
    private const string Size = "规模";

    // 预计服务|1500名小候鸟, 今年以来服务|500余人: the words before a count of people end in 服务, after nothing but a time
    // or an adverb of manner or total (not 志愿服务 or 参与服务, which name a service given or joined).
    private static bool ServedBefore(ReadOnlySpan<char> words, string unit)
    {
        words = words.TrimEnd();
        if (!MeasureWords.CountsPeople(unit) || !words.EndsWith(Serving))
        {
            return false;
        }

        var at = words.Length - Serving.Length;
        return at == 0 || BeforeServing.EndsAt(words.ToString(), at);
    }

    // What may stand before 服务 when those counted are the ones served: a time since, or an adverb of manner, total,
    // expectation or average.
    private static readonly Lexicon BeforeServing = new(["以来", "期间", "直接", "累计", "共计", "共", "已", "先后", "预计", "主动", "日均", "年均", "每年", "今年", "全年"]);

    private const string Serving = "服务";

    // 连夜转移受威胁群众3.5万人, 学校已安置受灾群众80名: a verb inside a phrase that ends in a word for people says what
    // was done to them, as it would before the phrase; the words after it are what they are. Where the verb ends, or 0.
    // Other phrases keep their verbs (开展志愿服务 names the service).
    private static int VerbBeforePeople(string metric, string unit)
    {
        if (!MeasureWords.CountsPeople(unit) || metric.Length < 4 || Lexicon.PhraseWordEndingAt(metric, metric.Length) is not { } person
            || !(person.Role == CategoryRole.Person || IsNounOfPeople(person)))
        {
            return 0;
        }

        // The last verb that leaves at least the word for people after it; taking part and benefiting are such verbs
        // (参加培训活动群众 took part, 受益乡村儿童 were helped).
        for (var end = metric.Length - person.Word.Length; end >= 2; end--)
        {
            if (Lexicon.VerbEndingAt(metric, end) is not null
                || Lexicon.PhraseWordEndingAt(metric, end) is { Role: CategoryRole.Outcome, Category: StatisticCategory.Participants or StatisticCategory.Beneficiaries })
            {
                return end;
            }
        }

        return 0;
    }

    // 疏散游客, 救治患者: a noun that names people by what they do or suffer (游客 and 学员 take part, 患者 are other),
    // last in a phrase counted in people, is read as a word for people is: the verb before it says what was done to them.
    private static bool IsNounOfPeople(CategoryWord word) =>
        word is { Role: CategoryRole.Noun, Category: StatisticCategory.Participants or StatisticCategory.Other };

    // Where the people counted are, written between 为 and their count.
    // Looked up by the span between 为 and the count, which is not copied into a string for it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScopesBeforeACount =
        new[] { "当地", "辖区", "本地", "周边", "全区", "全市", "全县", "全镇", "全村" }.ToFrozenSet().GetAlternateLookup<ReadOnlySpan<char>>();

    // The rest of those counted: 其余, 其他.
    private static readonly string[] TheRest = CategoryCues.Words("the-rest");

    // Whether the words are one place name, whole (某某县, or a division's short name).
    private static bool IsAPlaceName(string words) =>
        Places.PlaceScanner.Find(words, Places.DivisionTable.Default, []) is [{ Start: 0 } place] && place.End == words.Length;

    // 为100余名儿童提供安全教育, 为101户村民圆了新房梦: 为 before a count, or before the list of counts it is in (为1.5万余名
    // 老人、1500余名儿童提供服务), says for whom something was done; not a 为 that ends another word (成为, 评为: RecipientFrame's list).
    private static bool IsBenefactive(string text, int numberStart, int clauseStart) =>
        IsObjectOf(Wei, RecipientFrame.BeforeWeiOfOtherWords, text, numberStart, clauseStart);

    private const char Wei = '为';
    private const char Dui = '对';
    private const char Xiang = '向';
    private const char Object = '象';

    // 为8位热心居民代表颁发荣誉证书, 向4家爱心企业授予锦旗, 为两人送上正能量特别奖: those an honour is handed to, after 为 or
    // 向, are honoured (ANNOTATION.md: honoured or selected), before the rule that makes them served (IsBenefactive), and
    // whatever unit counts them (家 of the firms honoured), but money. Not a grant named after an award (为4名毕业生颁发奖学金).
    private static bool IsHandedAnHonour(string text, FoundNumber number, int clauseStart, int clauseEnd) =>
        MayBeHonoured(Counting(number.Unit)) && MeasureWords.Counts(number.Unit) != MeasureClass.Money
        && WhatTheyReceive.HonourHandedOver(text.AsSpan(number.End, Math.Max(0, clauseEnd - number.End)))
        && (IsBenefactive(text, number.Start, clauseStart) || IsObjectOf(Xiang, RecipientFrame.BeforeXiangOfOtherWords, text, number.Start, clauseStart)
            || AfterNamesOfThem(text, number.Start, clauseStart));

    // 为某某科技、某某物流等5家企业颁发荣誉牌: names listed and closed by 等 ("such as") between 为 or 向 and the count
    // name some of those it is handed to. (Not for the served in general: 为牟取暴利…出售林某等3人 has a 为 of purpose.)
    private static bool AfterNamesOfThem(string text, int numberStart, int clauseStart)
    {
        if (numberStart - clauseStart < 2 || text[numberStart - 1] != Such)
        {
            return false;
        }

        var before = text.AsSpan(clauseStart, numberStart - 1 - clauseStart);
        var at = before.LastIndexOfAny(Wei, Xiang);
        return at >= 0 && !(at > 0 && (before[at] == Wei ? RecipientFrame.BeforeWeiOfOtherWords : RecipientFrame.BeforeXiangOfOtherWords).Contains(before[at - 1]));
    }

    private const char Such = '等';

    // The characters before a 对 that ends another word (相对, 面对, 应对, 核对, 比对, 反对, 绝对, 配对, 校对).
    private const string BeforeDuiOfOtherWords = "相面应核比反绝配校";

    // Whether the preposition stands before the count, or before the list of counts it is in, with nothing between but a
    // scope or a relative clause ending in 的; not when it ends another word (its character before is in notAfter).
    private static bool IsObjectOf(char preposition, string notAfter, string text, int numberStart, int clauseStart)
    {
        var forAt = numberStart > clauseStart ? text.LastIndexOf(preposition, numberStart - 1, numberStart - clauseStart) : -1;
        // 对当地重点优抚对象200户家庭: the 对 of 对象 is no preposition; the one before it may be.
        while (preposition == Dui && forAt > clauseStart && text[forAt + 1] == Object)
        {
            forAt = text.LastIndexOf(preposition, forAt - 1, forAt - clauseStart);
        }

        if (forAt < 0 || (forAt > clauseStart && notAfter.Contains(text[forAt - 1])))
        {
            return false;
        }

        var between = text.AsSpan(forAt + 1, numberStart - forAt - 1);
        // 为当地35名群众提供就业岗位: a scope between 为 and the count still leaves them the ones served; so does a relative
        // clause that says which of them (为村里考上大学的11名学生), the rest of them (为其余57名学生, 为全市其余1万名老人),
        // or the place they live in (为某某1万名大学生).
        if (between.IsEmpty || between[^1] == '的')
        {
            return true;
        }

        var scope = between[..^EndingLength(between, TheRest)];
        if (scope.IsEmpty || ScopesBeforeACount.Contains(scope) || IsAPlaceName(scope.ToString()) || ScopeOfThoseServed.Narrows(scope.ToString()))
        {
            return true;
        }

        // Only earlier counts of the list, each followed by a list comma, stand between 为 and this count.
        if (between[^1] != '、')
        {
            return false;
        }

        foreach (var item in between[..^1].ToString().Split('、'))
        {
            if (!Numbers.NumeralScanner.StartsAt(item, 0))
            {
                return false;
            }
        }

        return true;
    }

    // The head 项目 (project, entry, discipline), economy by default, and the words that name a contest.
    private const string Project = "项目";
    // (Not 赛道, which economic news uses for a sector: 布局新能源赛道.)
    // A contest is also named by its jury (评委), by the vying (角逐) and standing out (脱颖而出) of its entries, and by
    // the games where sports are disciplines (运动会, 健身大会).
    private static readonly string[] ContestWords = CategoryCues.Words("contest");

    // The verbs by which a contest sets up its disciplines: 设 (also in 设置, 设立, 开设), 包括, 分为.
    private static readonly string[] SettingUp = ["包括", "分为"];

    private const char SetUp = '设';

    // 设 that is no part of 建设, 假设, 预设, 陈设 or 铺设 before it, nor of 设备, 设施 or 设计 after it.
    private static bool SetsUpAlone(ReadOnlySpan<char> words)
    {
        for (var at = 0; at < words.Length; at++)
        {
            if (words[at] == SetUp && (at == 0 || words[at - 1] is not ('建' or '假' or '预' or '陈' or '铺'))
                && (at + 1 == words.Length || words[at + 1] is not ('备' or '施' or '计')))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a count of 项目 whose phrase holds no economy word (项目, 参赛项目, not 投资项目) stands in a sentence that
    // names a contest: an entry or a discipline of the contest. (评审 or 申报 alone are no contest: investment projects
    // are reviewed and applied for.)
    // The metric may run on into the predicate after 项目 (项目脱颖而出), which names nothing the lexicon knows.
    private static bool IsAContestsProject(string text, int numberStart, string metric)
    {
        var at = metric.LastIndexOf(Project, StringComparison.Ordinal);
        if (at < 0 || NamesAnything(metric.AsSpan(at + Project.Length)))
        {
            return false;
        }

        for (var end = at; end > 0; end--)
        {
            if (Lexicon.PhraseWordEndingAt(metric, end) is { Category: StatisticCategory.Economy })
            {
                return false;
            }
        }

        return SentenceNamesAContest(text, numberStart);
    }

    // Whether the sentence around a figure names a contest (比赛, 赛事, 大赛 …).
    private static bool SentenceNamesAContest(string text, int at)
    {
        var (start, end) = Clauses.Sentence(text, at);
        return ContainsAny(text.AsSpan(start, end - start), ContestWords);
    }

    private static bool SetsUp(ReadOnlySpan<char> words) => SetsUpAlone(words) || ContainsAny(words, SettingUp);

    // The verbs that carry out what is done to an object brought before them by 对 (对…进行培训, 对…开展走访).
    private static readonly string[] CarryingOut = ["进行", "开展"];

    // 社区对20名网格员进行了业务培训, 对150户独居老人开展上门走访: 对 brings the people or households counted before the
    // verb, which 进行 or 开展 hands on; what follows it (培训, 走访) is what was done to them, as a verb before them would
    // be. The words of the predicate after 进行 or 开展, or nothing.
    private static ReadOnlySpan<char> DoneToThem(string text, FoundNumber number, int clauseStart, ReadOnlySpan<char> predicate)
    {
        if (Counting(number.Unit) is not (Counted.Persons or Counted.Households) || !IsObjectOf(Dui, BeforeDuiOfOtherWords, text, number.Start, clauseStart))
        {
            return default;
        }

        foreach (var verb in CarryingOut)
        {
            var at = predicate.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0)
            {
                return predicate[(at + verb.Length)..];
            }
        }

        return default;
    }

    // A phrase whose only known word is a measuring head at its end: 优良率, 增速, 占比.
    private static bool IsBareMeasure(string metric)
    {
        return metric.Length > 0 && Lexicon.PhraseWordEndingAt(metric, metric.Length) is { Role: CategoryRole.Measure } head
            && !NamesAnything(metric.AsSpan(0, metric.Length - head.Word.Length));
    }

    // Whether any word of a counted phrase ends in the words.
    private static bool NamesAnything(ReadOnlySpan<char> words)
    {
        for (var end = words.Length; end > 0; end--)
        {
            if (Lexicon.PhraseWordEndingAt(words, end) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The category of a count of <paramref name="metric"/> in <paramref name="unit"/>, after the words
    /// <paramref name="verbs"/> (the nearest verb, last, tells most) and followed by <paramref name="predicate"/>
    /// (what the clause says of those counted); <paramref name="forThem"/> when 为 before the count says it was done for them.
    /// </summary>
    public static string Decide(string metric, ReadOnlySpan<char> verbs, string unit, ReadOnlySpan<char> predicate, bool forThem = false)
    {
        var unitWord = Lexicon.Unit(unit);
        // 11万元 is money whatever it pays for: 关爱资金, 补助, 经济损失; so is a price per measure (卖4元/斤, 800元/吨),
        // whose unit the unit table knows as money while the lexicon lists only the commonest.
        if (unitWord is { Role: CategoryRole.Unit, Category: StatisticCategory.Economy } || MeasureWords.Counts(unit) == MeasureClass.Money)
        {
            return StatisticCategory.Economy;
        }

        var counted = Counting(unit);
        // 3个社区被推选为“最佳志愿服务社区”: an honour said of anything counted; other outcomes (遇难, 获救, 参与) are said
        // of people and households only, since 300个村、社区踊跃参与 still counts villages.
        var people = MeasureWords.CountsPeople(unit);
        var head = Head(metric, counted, people, out var headIsEvent);
        // 20位志愿者来到安置点服务, 该安置点安排了两名老师: people named by a role of their own are at a site of resettlement
        // to serve, and its 安置 is not said of them (InsideNouns); the villagers at it were resettled.
        var sitesTell = !InsideNouns.NamedByTheirRole(metric, head is not null && !headIsEvent);
        var outcome = Outcome(predicate, people, sitesTell);
        // 为…提供, 为…送去: people or households something is done for are served, whatever the verb before 为.
        var introduced = forThem && people ? StatisticCategory.Beneficiaries : Verb(verbs, counted, sitesTell);
        if ((outcome == StatisticCategory.Honorees || head == StatisticCategory.Honorees || introduced == StatisticCategory.Honorees)
            && MayBeHonoured(counted))
        {
            return StatisticCategory.Honorees;
        }

        // 开展志愿服务活动5400余场 counts events, 40余家文明单位 organisations. (人次 only hints: 出动警力3万人次 are no
        // audience, 慰问老人500人次 are helped.)
        if (unitWord is { Role: CategoryRole.Unit, Category: { } settled })
        {
            return CountsTimesOfOther(metric, unit) ? StatisticCategory.Other : settled;
        }

        // 1名志愿者…不幸遇难, 11名被困群众全部获救: what befell them says what the figure is about. Taking part does not:
        // 百余名志愿者参加出征仪式 are still volunteers, and only people the phrase does not name (妇女参加培训) take part.
        var befell = outcome == StatisticCategory.Participants ? null : outcome;
        // 帮助2.4万余名妇女实现就业: what helped people reach (a job) is what the help gave them; they are still helped.
        // So are 疏散游客3000余人 and 救治患者300余人: visitors evacuated and patients treated were helped, whatever else the
        // noun files them as.
        if (introduced == StatisticCategory.Beneficiaries && counted is not (Counted.Things or Counted.Objects)
            && (befell ?? head) is StatisticCategory.Economy or StatisticCategory.Participants or StatisticCategory.Other)
        {
            return StatisticCategory.Beneficiaries;
        }

        var tookPart = outcome == StatisticCategory.Participants ? outcome : null;
        // 救出8名被困居民, 转移67名被困人员: what had befallen the people, named in the phrase, says less than what the verb
        // before did to them; alone (3名被困群众) it is what they are counted as.
        head = headIsEvent && introduced is not null ? null : head;
        var decided = befell ?? head ?? tookPart ?? introduced ?? (unitWord is { Role: CategoryRole.UnitDefault } ? unitWord.Category : null) ?? StatisticCategory.Other;
        // 蔬菜作物10468亩, 种植水稻300亩: crops measured in 亩 or 公顷, the measures of farmland, are the land they grow on
        // (ANNOTATION.md: land is environment, as 农作物受灾110.7公顷); their weight is their output, economy.
        // 光伏电站每天发电6000度, 储能电站每小时能放1600度电: energy in kilowatt-hours is what a station yields or a user
        // draws, output as 年发电量 is (economy), never the station named before it; the station's power (千瓦) is its size.
        return decided == StatisticCategory.Economy && FarmlandUnits.Contains(unit) ? StatisticCategory.Environment
            : decided == StatisticCategory.Infrastructure && MeasureWords.Counts(unit) == MeasureClass.Energy ? StatisticCategory.Economy
            : decided;
    }

    // 播放量达120万次, 网站访问量超5万次: 次 counts times something happened, events held unless the phrase ends in a
    // measure of other things (clicks, reads, views, likes: their default is other), which counts those, whatever
    // they were of (a website is no built work).
    private static bool CountsTimesOfOther(string metric, string unit)
    {
        if (unit != Times)
        {
            return false;
        }

        for (var end = metric.Length; end > 0; end--)
        {
            if (Lexicon.PhraseWordEndingAt(metric, end) is { } word)
            {
                return word is { Role: CategoryRole.Measure, Category: StatisticCategory.Other };
            }
        }

        return false;
    }

    // The measure word of times something happened: 开展活动12次, 阅读量超5万次.
    private const string Times = "次";

    // The area units of farmland: 亩 (Chinese acre) and 公顷 (hectare); 平方米 measures floor space, which is sold.
    private static readonly string[] FarmlandUnits = ["亩", "公顷"];

    // The head of the counted phrase: its last known word, read from the end (好人社区 is a community, 街道级好人 a
    // person honoured). A measuring head (人数, 覆盖率, 项目) defers to the word just before it (注册志愿者人数 counts
    // volunteers, 森林覆盖率 is the environment) and otherwise gives its own default (重点项目 is economy); a word for
    // people (人员, 代表, 老人) lets only a category of people come from before it (残疾老人 are helped, 农村道路专管员 are
    // no road). A title anywhere before the head makes an honour: 最美家庭, 十佳少年, 样板村. A word that tells only as
    // the whole phrase (8个市) is read first.
    private static string? Head(string metric, Counted counted, bool people, out bool isEvent)
    {
        isEvent = false;
        if (Lexicon.WholePhrase(metric) is { Category: { } whole } && Admissible(whole, counted))
        {
            return whole;
        }

        // What the unit counts: a word for people inside the phrase makes it read as people (counted), but the trade
        // of 签约人才项目 is still said of the projects.
        var byUnit = counted;
        var staff = counted == Counted.Persons && EndsWithAny(metric, StaffHeads);
        var person = false;
        var end = metric.Length;
        var gap = 0;
        var deferred = false;
        string? fallback = null;
        while (end > 0 && (!deferred || gap <= MaxGapAfterHead))
        {
            if (Lexicon.PhraseWordEndingAt(metric, end) is not { } word)
            {
                // A phrase that ends in a verb counts the verb's object: 累计走访|3100多户 counts households visited; but before a
                // head that names staff the verb is their work (义诊|专家), not what was done to them.
                if (!deferred && !staff && Lexicon.VerbEndingAt(metric, end) is { Category: { } verbCategory } verb && Admissible(verbCategory, counted)
                    && !IsTradeSaidOfPersons(verb, byUnit) && !GathersOrHelpsPeople(verbCategory, counted))
                {
                    return verbCategory;
                }

                end--;
                gap++;
                continue;
            }

            var start = end - word.Word.Length;
            switch (word.Role)
            {
                case CategoryRole.Title when !MayBeHonoured(counted):
                    (end, gap) = (start, gap + word.Word.Length);
                    continue;
                case CategoryRole.Title:
                    return StatisticCategory.Honorees;
                case CategoryRole.Measure:
                    fallback = deferred ? fallback : word.Category;
                    break;
                // 87支退役军人救援队, 5个老年人协会: people before the head of a body (队, 协会) say whose body it is;
                // the bodies counted are still organisations. (A rate's head, 比重 or 增幅, leaves the people to decide.)
                case CategoryRole.Person when deferred && counted == Counted.Things && fallback == StatisticCategory.Organizations:
                    return fallback;
                // 为困难农户帮销蜜梨1万斤, 村民种植水稻300亩: people in a phrase counted by a physical measure say whose it is;
                // what is weighed or measured is still a thing (Admissible).
                case CategoryRole.Person when counted == Counted.Measure:
                    (end, gap) = (start, gap + word.Word.Length);
                    continue;
                case CategoryRole.Person:
                    (counted, person) = (Counted.Persons, true);
                    break;
                // 道路受损1421米, 农作物受灾110.7公顷: what befell things does not change what they are.
                case CategoryRole.Outcome when !people:
                    (end, gap) = (start, gap + word.Word.Length);
                    continue;
                // 护林员参与巡山800余人次: people the phrase names before they take part are who they are, as they are
                // before a predicate of taking part (Decide); taking part tells only when nothing before it does.
                case CategoryRole.Outcome when word.Category == StatisticCategory.Participants && start > 0:
                    fallback ??= word.Category;
                    (end, gap) = (start, gap + word.Word.Length);
                    continue;
                default:
                    if (word.Category is not { } category || !Admissible(category, counted) || IsTradeSaidOfPersons(word, byUnit) || (staff && IsTheirTrade(word))
                        || IsHomePlace(word, counted))
                    {
                        // 招募331名志愿者到英德市基层各乡镇政府部门: the people counted are named before the place they go to;
                        // but a place right before a word for people qualifies them (乡镇卫生院|院长 are no hospital).
                        if (deferred)
                        {
                            return null;
                        }

                        if (!staff && AsTheVerb(word, counted) is { } verbCategory)
                        {
                            return verbCategory;
                        }

                        (end, gap) = (start, gap + word.Word.Length);
                        continue;
                    }

                    // 被困居民: an event before a word for people describes them; 获救 and 转移避险 are what the count is about.
                    isEvent = word.Role == CategoryRole.Outcome && person;
                    return HasTitle(metric.AsSpan(0, start)) && MayBeHonoured(counted) ? StatisticCategory.Honorees
                        : IsFieldOfABody(metric, category, counted) ? StatisticCategory.Organizations
                        : category;
            }

            (end, gap, deferred) = (start, 0, true);
        }

        return fallback is not null && Admissible(fallback, counted) ? fallback : null;
    }

    // 义诊5000余人次, 义诊3场: a word that is a noun of one category and a verb of another (义诊, free clinics held and
    // people examined at them) is read as the verb where the unit refuses the noun, as a phrase that ends in a verb
    // counts the verb's object (Head).
    private static string? AsTheVerb(CategoryWord noun, Counted counted) =>
        Lexicon.VerbEndingAt(noun.Word, noun.Word.Length) is { Category: { } category } verb && verb.Word == noun.Word
        && NounOfAnother(verb) is not null && Admissible(category, counted)
            ? category
            : null;

    // The noun of the phrase table written as the verb, when its category differs (义诊: events held, people examined).
    private static CategoryWord? NounOfAnother(CategoryWord verb) =>
        Lexicon.PhraseWordEndingAt(verb.Word, verb.Word.Length) is { Role: CategoryRole.Noun } noun && noun.Word == verb.Word && noun.Category != verb.Category
            ? noun
            : null;

    // The verbs of inviting guests, participants verbs of the lexicon.
    private static readonly string[] Inviting = ["邀请", "特邀"];

    // 邀请300余位嘉宾, 邀请18名学子来到某地研学: guests invited take part (a participants verb of the lexicon, as 吸引 and
    // 组织 are); but 邀请县疾控中心4名专家坐诊 brings in staff, who come to give the service, not to attend it, and the
    // verb then says nothing of them. Staff are named in the words after the count, before the next mark (邀请7名“某某”
    // 金融顾问服务团专家), by a head of staff that no body's head (专家组, 讲师团) follows.
    private static bool InvitesStaff(string text, FoundNumber number, ReadOnlySpan<char> wordsBefore)
    {
        if (!CountsPersons(number.Unit) || LastVerb(wordsBefore) is not { } verb || !Inviting.Contains(verb.Word))
        {
            return false;
        }

        var clauseEnd = Clauses.Clause(text, number.Start).End;
        var after = text.AsSpan(number.End, clauseEnd - number.End);
        var mark = after.IndexOfAny(MarksAfterANoun);
        after = mark < 0 ? after : after[..mark];
        for (var end = after.Length; end > 0; end--)
        {
            if (EndsWithAny(after[..end], StaffHeads) && (end == after.Length || !StaffBodies.Contains(after[end])))
            {
                return true;
            }
        }

        return false;
    }

    // The heads of a body of staff: 专家组, 讲师团, 医疗队.
    private const string StaffBodies = "组团队";

    // The marks that end the noun after a count: the list comma and the marks of a clause.
    private static readonly System.Buffers.SearchValues<char> MarksAfterANoun = System.Buffers.SearchValues.Create("、，。；：！？,;:!?");

    // The nearest verb of the lexicon in the words (邀请 in 邀请县疾控中心), or null.
    private static CategoryWord? LastVerb(ReadOnlySpan<char> words)
    {
        for (var end = words.Length; end > 0; end--)
        {
            if (Lexicon.VerbEndingAt(words, end) is { } verb)
            {
                return verb;
            }
        }

        return null;
    }


    // 12名心理咨询师, 10名种业专家, 20名助学服务工作人员: before a head that names staff, a noun of those helped or of the
    // economy is the field they work in, not what they are (they are neither helped nor jobs). A word for volunteers or a
    // title still tells (志愿服务工作者, 优秀教师), and so does the verb before them (培训乡村教师 took part).
    private static bool IsTheirTrade(CategoryWord word) =>
        word is { Role: CategoryRole.Noun, Category: StatisticCategory.Beneficiaries or StatisticCategory.Economy };

    // 理论宣讲队伍30支, 招商小分队10个, 垃圾分类督导队15支: the field before the head of a body (队, 小组, 专班) that ends the
    // phrase says what the body does; the bodies counted are still organisations (ANNOTATION.md: teams that are not
    // volunteer teams; d31 files 应急救援队伍 so), and only volunteer teams are volunteers. A body inside the phrase
    // (健身设施平台管理的健身苑点, 犯罪团伙) is no head.
    private static bool IsFieldOfABody(string metric, string category, Counted counted) =>
        counted == Counted.Things && category != StatisticCategory.Volunteers
        && Lexicon.PhraseWordEndingAt(metric, metric.Length) is { Role: CategoryRole.Measure, Category: StatisticCategory.Organizations };

    // 全村共33户, 两个村屯一共是43户: a place of the divisions before a count of households says where the families live;
    // the households are no village (ANNOTATION.md: villages counted as units are organisations; d31 files 38个村482户
    // as households, other). Businesses counted in 户 (企业, 商户) are still named by their noun.
    private static bool IsHomePlace(CategoryWord word, Counted counted) =>
        counted == Counted.Households && word.Source == CategoryLexicon.DivisionSource;

    private static bool HasTitle(ReadOnlySpan<char> before)
    {
        for (var end = before.Length; end > 0; end--)
        {
            if (Lexicon.PhraseWordEndingAt(before, end) is { Role: CategoryRole.Title })
            {
                return true;
            }
        }

        return false;
    }

    // What the clause says happened to those counted, its last outcome word winning: 11名被困群众全部获救 were rescued,
    // 3名儿童被困 were not. The predicate stops at the next list comma (7人遇难、4人获救: each count has its own).
    // Unless sitesTell, an outcome that opens the noun of a place (来到安置点) is not one.
    private static string? Outcome(ReadOnlySpan<char> predicate, bool people, bool sitesTell = true)
    {
        // 632名献血者获得“无偿献血奉献奖”: an award won is an honour, whatever deed its name recalls; so is a commendation
        // taken from someone (700名个人受到某委员会表彰).
        if (WinsAnHonour(predicate) || WhatTheyReceive.Commendation(predicate))
        {
            return StatisticCategory.Honorees;
        }

        // 24名学生领取资助金, 550多名患者享受到诊疗服务: people who receive aid or a service are helped.
        if (people && WhatTheyReceive.Aid(predicate))
        {
            return StatisticCategory.Beneficiaries;
        }

        // 90余名小学生接受了红色文化教育, 30余位教师接受眼部检查, 12名青少年扮演法官: taught or shown, they took part;
        // examined or treated, they were served.
        if (people && WhatTheyAreTaught.Says(predicate) is { } taught)
        {
            return taught;
        }

        for (var end = predicate.Length; end > 0; end--)
        {
            if (Lexicon.PhraseWordEndingAt(predicate, end) is { Role: CategoryRole.Outcome, Category: { } category } word
                && (people || category == StatisticCategory.Honorees) && !MetricFinder.DescribesWhatFollows(predicate[end..])
                && (sitesTell || !InsideNouns.HidesItsCategory(predicate, end, word))
                && !(people && (IsDoneToOthersCounted(predicate, end, word) || StartsWithAny(predicate[end..], AreasAfterAnEvent))))
            {
                return category;
            }
        }

        return null;
    }

    // 120名消防队员共疏散游客3000余人, 80余名救援队员…共转移1475名受灾群众: a verb of helping people (转移, 疏散, 安置, 救出)
    // with its own object counted after it in the clause, named by a noun of its own, is what those counted did to
    // others; they are the helpers, not the helped. Only a verb of the lexicon: a noun of people helped (其中脱贫户35户89人)
    // says what those counted are.
    private static bool IsDoneToOthersCounted(ReadOnlySpan<char> predicate, int end, CategoryWord word)
    {
        if (word.Category != StatisticCategory.Beneficiaries || Lexicon.VerbEndingAt(predicate, end) is not { } verb || verb.Word != word.Word)
        {
            return false;
        }

        var after = predicate[end..].ToString();
        for (var at = 0; at < after.Length; at++)
        {
            if (ListedPeople.CountEnd(after, at, after.Length, ofPeople: true) is > 0 and var countEnd)
            {
                // The others have a noun of their own, before their count or after it (疏散游客3000余人, 转移1475名受灾群众); a
                // bare count counts those of the subject it befell (8236名村民已有序转移7716人: 7716 of them moved).
                return !after.AsSpan(0, at).TrimStart(BetweenVerbAndCount).IsEmpty
                    || (countEnd < after.Length && Parsing.ChineseText.IsIdeograph(after[countEnd]));
            }
        }

        return false;
    }

    // 80余名救援队员（转移）, 40名救援队员（受灾）: an event the metric reader took from the clause after a count of people into
    // brackets is read in the clause, as Outcome reads it: when the clause shows it done to others counted after it
    // (在受灾地区共转移1475名受灾群众) or describing an area (在受灾地区开展搜救), it is not said of those counted, and their
    // phrase is read without it. (A bare count after it counts some of them: 8236名村民已转移7716人 keeps its 转移.)
    private static string WithoutAnEventNotTheirs(string text, FoundNumber number, string metric)
    {
        var open = metric.EndsWith('）') ? metric.LastIndexOf('（') : -1;
        if (open <= 0 || !MeasureWords.CountsPeople(number.Unit)
            || Lexicon.PhraseWordEndingAt(metric, metric.Length - 1) is not { Role: CategoryRole.Outcome } word || word.Word.Length != metric.Length - open - 2)
        {
            return metric;
        }

        var predicate = Predicate(text, number.End);
        var at = predicate.IndexOf(word.Word, StringComparison.Ordinal);
        var end = at + word.Word.Length;
        return at >= 0 && (IsDoneToOthersCounted(predicate, end, word) || StartsWithAny(predicate[end..], AreasAfterAnEvent))
            ? metric[..open]
            : metric;
    }

    // The nouns of an area that an event word before them describes (受灾地区, 被困区域): where those counted are, not
    // what befell them.
    private static readonly string[] AreasAfterAnEvent = CategoryCues.Words("area-after-an-event");

    // What is won that honours: an award (三等奖, “无偿献血奉献奖”) or a title (称号, 荣誉), at the end of its words.
    private static readonly string[] Honours = ["奖", "称号", "荣誉"];

    // 七名选手获得三等奖, 12名队员获得“全国无偿献血奉献奖”, 3名妇女获得…称号: winning (获得, 获, 荣获) an award or a title
    // is an honour, though 获得 alone is not (获得资助), nor money named after an award (获得奖学金, 奖金).
    private static bool WinsAnHonour(ReadOnlySpan<char> predicate)
    {
        var won = predicate.IndexOf('获');
        if (won < 0)
        {
            return false;
        }

        var rest = predicate[(won + 1)..];
        foreach (var honour in Honours)
        {
            var at = rest.IndexOf(honour);
            if (at >= 0 && (at + honour.Length == rest.Length || !Parsing.ChineseText.IsIdeograph(rest[at + honour.Length])))
            {
                return true;
            }
        }

        return false;
    }

    // The verb nearest before the count, or an outcome written there: 帮助2.4万余名妇女, 招募志愿者, 获评“优秀共产党员”.
    private static string? Verb(ReadOnlySpan<char> verbs, Counted counted, bool sitesTell)
    {
        for (var end = verbs.Length; end > 0; end--)
        {
            var word = Lexicon.VerbEndingAt(verbs, end);
            if (word is null && Lexicon.PhraseWordEndingAt(verbs, end) is { Role: CategoryRole.Outcome } outcome)
            {
                word = outcome;
            }

            // 该安置点安排了两名老师: a verb that opens a noun of a place (安置点) does nothing to people named by their role.
            if (word is not null && !sitesTell && InsideNouns.HidesItsCategory(verbs, end, word))
            {
                continue;
            }

            // 组织公益讲座65场、发放资料15800份: a verb that gathers people (组织, 发动, 吸引) says nothing of things counted.
            // 参与义诊活动的16位医师: a word that is also a noun of another category, with words after it before the count,
            // names the event; right before the count (共义诊|5000余人次, 诊疗|当地患者) it is the verb.
            if (word?.Category is { } category && Admissible(category, counted) && !IsTradeSaidOfPersons(word, counted)
                && (end == verbs.Length || NounOfAnother(word) is null)
                && !GathersOrHelpsPeople(category, counted))
            {
                return category;
            }
        }

        return null;
    }

    // 组织公益讲座65场、发放资料15800份, 实现84个帮扶点全覆盖: a verb that gathers or helps people (组织, 覆盖, 帮扶) says
    // nothing of things counted, before their phrase or at its end.
    private static bool GathersOrHelpsPeople(string category, Counted counted) =>
        category is StatisticCategory.Participants or StatisticCategory.Beneficiaries && counted is Counted.Things or Counted.Measure or Counted.Objects;

    // A count of persons is economy only through a word of work (就业, 务工, 岗位, 招聘: ANNOTATION.md, jobs are economy) or of an
    // industry (建筑业就业人数减少1800人). Money or trade said of people tells what they did, owe or deal in, not that
    // they are the economy: 两人赔偿经济损失 are offenders, 200名理赔人员 staff, 300名患者与家庭医生签约 served.
    private static bool IsTradeSaidOfPersons(CategoryWord word, Counted counted) =>
        counted == Counted.Persons && word.Category == StatisticCategory.Economy && !IsWorkOrIndustry(word);

    private static bool IsWorkOrIndustry(CategoryWord word) => word.Source == IndustrySource || ContainsAny(word.Word, WorkStems);

    // The words of work and hiring among the economy words: a job held, sought, lost or offered, and hiring itself.
    private static readonly string[] WorkStems = ["就业", "失业", "务工", "用工", "劳动力", "劳动人口", "岗位", "招聘", "招工", "增收", "引进"];

    // The source of the industries of GB/T 4754 in the lexicon.
    private const string IndustrySource = "gbt4754";

    // A count of persons is never filed as events, places, organisations or built works, whatever noun or verb came
    // with it (培训垃圾分类指导员1300名 took part; 乡镇卫生院院长13个 are no hospital). Money (jobs, wages) may be counted in people.
    // A count of households is never events, land or built works either (倒塌房屋4户 counts families, not houses; 房屋13间 the houses).
    private static bool Admissible(string category, Counted counted) => counted switch
    {
        Counted.Persons => category is not (StatisticCategory.Activities or StatisticCategory.Organizations or StatisticCategory.Environment or StatisticCategory.Infrastructure),
        Counted.Households => category is not (StatisticCategory.Activities or StatisticCategory.Environment or StatisticCategory.Infrastructure),
        // A physical measure (an area, a length, a volume, a mass) is never a number of bodies, people or events: 2000亩的
        // 种植基地 is land, not an organisation; 两河村435.7毫米 is rain, not the village; 展览总面积1100万平方米 is floor
        // space, not exhibitions held.
        Counted.Measure => category is not (StatisticCategory.Organizations or StatisticCategory.Volunteers or StatisticCategory.Participants
            or StatisticCategory.Honorees or StatisticCategory.Beneficiaries or StatisticCategory.Activities),
        // A duration is filed as nothing but itself (ANNOTATION.md: durations are other): 三天共接诊2850余人 counts days, not patients.
        Counted.Duration => category == StatisticCategory.Other,
        // Incidents (起) are things that happened, cases (ANNOTATION.md: crime cases are other): never the road, the body,
        // the land or the people a phrase names with them (2起为当事人斜穿路口, 案件移送公安机关, 涉野生动物警情). Cases of
        // aid stay activities (法律援助案件20起) and difficulties solved beneficiaries (解决群众困难300余起).
        Counted.Incidents => category is not (StatisticCategory.Organizations or StatisticCategory.Environment or StatisticCategory.Infrastructure
            or StatisticCategory.Volunteers or StatisticCategory.Participants),
        // Objects (ObjectMeasures) are never the bodies, volunteers or people who took part that a phrase names with them:
        // 9本驻村日记 are no village, 大中小学作品4158件 no schools, 50多张凳子坐满观众 no audience. Things people were
        // helped with may be counted so (解决困难300余件), and so may events and honours (赛事50项, 12部优秀作品).
        Counted.Objects => category is not (StatisticCategory.Organizations or StatisticCategory.Volunteers or StatisticCategory.Participants),
        // A body or a site counted once each time (家次, 户次, 个次, 处次) counts visits, inspections or services given, not the
        // bodies, the sites or the money a phrase names with them: 清查场所621家次, 建设工地380个次 and 对…企业罚款170家次
        // are no businesses, built works or fines' sums. What was done on each visit says what they are (检查 other, as d22
        // files the places inspected; 走访 and 惠及 beneficiaries), and nothing else tells: other.
        Counted.Visits => category is not (StatisticCategory.Organizations or StatisticCategory.Infrastructure or StatisticCategory.Economy),
        _ => true,
    };

    // An area or a length is no honour, whatever title its place holds (示范基地15000亩 is land): the one kind of count a
    // title, an honour won or a verb of selection does not make honorees. (Admissible says the same of measures; it also
    // keeps durations from honours, which would file 最美志愿者服务时长200小时 as other: a change of its own to make.)
    private static bool MayBeHonoured(Counted counted) => counted != Counted.Measure;

    // What a unit counts, as far as the categories care: persons, households (or businesses), measures, durations,
    // incidents, objects (ObjectMeasures), visits, or anything else.
    private enum Counted
    {
        Things,
        Households,
        Persons,
        Measure,
        Duration,
        Incidents,
        Objects,
        Visits,
    }

    private static Counted Counting(string unit) =>
        CountsPersons(unit) ? Counted.Persons
        : unit == "户" ? Counted.Households
        : unit == Incident ? Counted.Incidents
        : VisitUnits.Contains(unit) ? Counted.Visits
        : ObjectMeasures.Count(unit) ? Counted.Objects
        : MeasureWords.Counts(unit) switch
        {
            MeasureClass.Area or MeasureClass.Length or MeasureClass.Volume or MeasureClass.Mass => Counted.Measure,
            MeasureClass.Time => Counted.Duration,
            _ => Counted.Things,
        };

    // The measure word of incidents and cases: 发生火灾2起, 查处案件8起.
    private const string Incident = "起";

    // The measure words of a body or a site counted once each time it is visited: 家次, 户次, 个次, 处次.
    private static readonly string[] VisitUnits = CategoryCues.Words("visit-unit");

    // 人, 名, 位 and 人次 count persons; 户 counts households, which may also be businesses (市场主体5300余户) or homes.
    private static bool CountsPersons(string unit) => unit is "人" or "名" or "位" or "人次";

    // 百余名学生和50余位家长观看了演出, 近40户亲子家庭、10多位家长志愿者报名参加: counts of people listed, each with its own
    // noun and nothing said of it, share the predicate written once after the last item (a coordinated subject takes
    // one predicate); a count that says anything of its own keeps it (7人遇难、4人获救, 12名学生发言、20名家长参加). The
    // predicate of the list's last item when the words after the count ending at countEnd are only its noun (metric), a
    // noun of people (学生; not 学生发言, where the noun runs on into a verb), else its own predicate, read from predicateAt.
    private static ReadOnlySpan<char> SharedByTheList(string text, int countEnd, string metric, int predicateAt, int clauseEnd)
    {
        var at = countEnd;
        var words = Predicate(text, at);
        if (!NamesPeople(metric) || !ListedPeople.IsOnlyItsNoun(text, countEnd, words.Length, metric))
        {
            return Predicate(text, predicateAt);
        }

        var items = 0;
        while (Outcome(words, people: true) is null && ListedPeople.NextItem(text, at + words.Length, clauseEnd, afterTheFirst: items > 0) is > 0 and var next)
        {
            words = Predicate(text, next);
            (at, items) = (next, items + 1);
        }

        return items > 0 && Outcome(words, people: true) is not null ? words : Predicate(text, predicateAt);
    }

    // Whether an honour written after the last item of a list (34个集体、700名个人受到表彰) reaches the item whose count
    // ends at countEnd: a coordinated subject takes one predicate, written once after its last item (ANNOTATION.md:
    // honorees are those honoured or selected). The item's words are only its noun (metric), and every later item opens
    // with a count and has nothing else said of it, until one whose words hold the honour. The words of an item read on
    // over a 、 between a passive's agents (被市、镇评为, 被某国政府、某部委予以表彰), which belongs to no list of those counted.
    private static bool HonourReachesTheItem(string text, int countEnd, string metric, int clauseEnd)
    {
        var at = countEnd;
        for (var items = 0; items < MaxListedItems; items++)
        {
            // The item's own predicate is read by Decide; here only when it reads on over a passive's agents.
            var words = ItemWords(text, at, clauseEnd);
            var outcome = Outcome(words, people: true);
            if (outcome == StatisticCategory.Honorees && (items > 0 || words.Length > Predicate(text, at).Length))
            {
                return true;
            }

            var end = at + words.Length;
            if (outcome is not null || (items == 0 && !ListedPeople.IsOnlyItsNoun(text, countEnd, words.Length, metric))
                || (items > 0 && LastVerb(words) is not null) || end >= clauseEnd || !MetricFinder.ListJoiners.Contains(text[end]))
            {
                return false;
            }

            at = ListedPeople.CountEnd(text, end + 1 + QualifierRules.QualifierLengthAt(text, end + 1), clauseEnd, ofPeople: false);
            if (at < 0)
            {
                return false;
            }
        }

        return false;
    }

    // How many items of a list are read for the honour said after them.
    private const int MaxListedItems = 8;

    // How far after 被 a 、 may stand and still join the passive's agents (被受援国政府、): a giver of a few words.
    private const int MaxAgentLength = 8;

    // The words of an item after its count, up to the list comma or joiner that ends it (Predicate), read on over the
    // 、 of a passive's agents: 被 with no verb after it before the 、.
    private static ReadOnlySpan<char> ItemWords(string text, int at, int clauseEnd)
    {
        var words = Predicate(text, at);
        while (at + words.Length < clauseEnd && text[at + words.Length] == '、' && words.LastIndexOf('被') is >= 0 and var by
            && words.Length - by - 1 <= MaxAgentLength && LastVerb(words[(by + 1)..]) is null)
        {
            var more = Predicate(text, at + words.Length + 1);
            if (more.IsEmpty)
            {
                break;
            }

            words = text.AsSpan(at, words.Length + 1 + more.Length);
        }

        return words;
    }

    // What the clause says after the count, up to the next list comma or the next count joined by 和, 及, 与 or 或:
    // 11名|被困群众全部获救, but 1名烈士子女|和1名因公牺牲军人遗属 (牺牲 is said of the next count's people).
    private static ReadOnlySpan<char> Predicate(string text, int at)
    {
        var (_, clauseEnd) = Clauses.Clause(text, at);
        var predicate = text.AsSpan(at, Math.Clamp(clauseEnd - at, 0, MaxReach));
        for (var i = 0; i < predicate.Length; i++)
        {
            if (predicate[i] == '、' || (MetricFinder.ListJoiners.Contains(predicate[i]) && at + i + 1 < text.Length && Numbers.NumeralScanner.StartsAt(text, at + i + 1)))
            {
                return predicate[..i];
            }
        }

        return predicate;
    }
}
