using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>
/// The category rules that read past the count's own words: a predicate shared by a list of people, people and families
/// counted in 个 and 组, a site named after resettlement, a breakdown in brackets, and the verbs of administration that
/// tell nothing alone.
/// </summary>
public sealed class CategoryOfListsSitesAndPartsTests
{
    [Theory]
    // Counts of people listed with their own nouns share the predicate written once after the last of them.
    [InlineData("夏令营当天，80余名学生和30余位家长观看了一场消防演练。", 0, "participants")]
    [InlineData("开营仪式上，60余名学子、十余名家长到场参加。", 0, "participants")]
    [InlineData("本次活动有20多名少年儿童、8名大学生志愿者以及社区志愿者共同参与。", 0, "participants")]
    [InlineData("最终共有25位成人学员及30位学生学员入围决赛。", 0, "honorees")]
    // An item whose noun decides keeps it; an item that says something of its own keeps what it says.
    [InlineData("本次活动有20多名少年儿童、8名大学生志愿者以及社区志愿者共同参与。", 1, "volunteers")]
    [InlineData("座谈会上，12名学生发言、20名家长参加了座谈。", 0, "other")]
    [InlineData("洪水中3人遇难、5人获救。", 0, "other")]
    public void CountsOfPeopleListedShareThePredicateAfterTheLast(string paragraph, int index, string category) =>
        Assert.Equal(category, Extract(paragraph)[index].Category);

    [Theory]
    // An honour said after the last item of a list reaches every item, whatever it counts; and a 、 between the givers
    // after 被 ends no item.
    [InlineData("多年来共有28个集体、350名个人受到省政府表彰。", 0, "honorees")]
    [InlineData("多年来共有28个集体、350名个人被省政府、省军区予以表彰。", 0, "honorees")]
    [InlineData("多年来共有28个集体、350名个人被省政府、省军区予以表彰。", 1, "honorees")]
    [InlineData("这户人家先后有3人被县、乡评为“好婆婆”。", 0, "honorees")]
    // A decision to commend, said after the items listed after 对, is said of each of them.
    [InlineData("大会宣读了对12名“优秀教师”、5名“优秀班主任”的表彰决定。", 0, "honorees")]
    [InlineData("大会宣读了对12名“优秀教师”、5名“优秀班主任”的表彰决定。", 1, "honorees")]
    [InlineData("大会宣读了对12名优秀教师、5名优秀班主任的表彰决定。", 1, "honorees")]
    // A noun in quotation marks is still only the item's noun.
    [InlineData("共有12名“优秀教师”、5名“优秀班主任”受到表彰。", 0, "honorees")]
    // An item that says something of its own, or whose noun goes on into what it owns, is not reached.
    [InlineData("活动中，6个班级参加了合唱比赛、3名学生受到表彰。", 0, "other")]
    [InlineData("全省15个县的年度考核结果均已揭晓、3个县获评先进。", 0, "organizations")]
    public void AnHonourAfterAListReachesEveryItem(string paragraph, int index, string category) =>
        Assert.Equal(category, Extract(paragraph)[index].Category);

    [Theory]
    // 个 counts the people or families named after it, and 组 the families: the rules of people then read them.
    [InlineData("服务惠及超过200个新市民家庭。", "beneficiaries")]
    [InlineData("学校挑选了几十个学生参加合唱表演。", "participants")]
    [InlineData("活动吸引了全区80余组家庭参与。", "participants")]
    // A farm of a family is a farm, and 组 of experts a team.
    [InlineData("全县已发展30个家庭农场。", "organizations")]
    [InlineData("当晚安排医疗专家6组20人次。", "other")]
    public void PeopleAndFamiliesInGeAndZuAreReadAsPeople(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    [Theory]
    // A site named after resettlement says nothing of the people named by their role who serve at it.
    [InlineData("当天共有15位志愿者来到安置点服务。", "volunteers")]
    [InlineData("该安置点安排了三名心理老师。", "other")]
    [InlineData("每个安置点均成立8人工作专班。", "other")]
    // The villagers at it were resettled.
    [InlineData("安置点当天接收了300名受灾群众。", "beneficiaries")]
    public void ASiteOfResettlementIsAPlace(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    [Theory]
    // Households whose supply is restored are helped; the lines restored are built works.
    [InlineData("抢修人员连夜作业，已恢复供电3200户。", "beneficiaries")]
    [InlineData("恢复供电户数达1.5万户。", "beneficiaries")]
    [InlineData("已恢复供电线路12条。", "infrastructure")]
    public void HouseholdsWhoseSupplyIsRestoredAreHelped(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    [Theory]
    // The named parts of a breakdown in brackets are counted for what the whole is, in whatever unit.
    [InlineData("全区入库先进典型150名（集体60个，个人90名）。", 1, "honorees")]
    [InlineData("全区入库先进典型150名（集体60个，个人90名）。", 2, "honorees")]
    // One count in brackets is no breakdown, nor a part after 其中 in another unit.
    [InlineData("共开展志愿服务活动19场（走进12个偏远村）。", 1, "organizations")]
    [InlineData("共开展志愿服务活动19场（其中走进12个偏远村）。", 1, "organizations")]
    public void ThePartsOfABreakdownAreCountedAsTheWhole(string paragraph, int index, string category) =>
        Assert.Equal(category, Extract(paragraph)[index].Category);

    [Theory]
    // 治理, 整治 and 修复 are environmental only through their object or a unit of land.
    [InlineData("法院发布信用修复证明书20份。", "other")]
    [InlineData("交警在全市设置联合整治点80余个。", "other")]
    [InlineData("全年治理水土流失面积120平方公里。", "environment")]
    [InlineData("全县完成矿山生态修复3000亩。", "environment")]
    public void VerbsOfAdministrationAreEnvironmentalOnlyThroughTheirObject(string paragraph, string category) =>
        Assert.Equal(category, Extract(paragraph)[0].Category);

    private static IReadOnlyList<Statistic> Extract(string paragraph) =>
        StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;
}
