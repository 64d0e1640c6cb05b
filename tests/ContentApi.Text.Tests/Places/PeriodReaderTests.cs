using ContentApi.Text.Periods;

namespace ContentApi.Text.Tests.Places;

public sealed class PeriodReaderTests
{
    private static readonly DateOnly Published = new(2023, 8, 15);

    private static Period? Before(string words, DateOnly? published = null) => PeriodReader.Read(words + "100人", words.Length, published ?? Published);

    [Theory]
    [InlineData("今年", 2023, "2023年")]
    [InlineData("去年", 2022, "2022年")]
    [InlineData("上年", 2022, "2022年")]
    [InlineData("2014年末", 2014, "2014年末")]
    [InlineData("2022年度", 2022, "2022年度")]
    [InlineData("上半年，", 2023, "2023年上半年")]
    [InlineData("一季度", 2023, "2023年第1季度")]
    [InlineData("1-5月", 2023, "2023年1-5月")]
    [InlineData("二〇二一年", 2021, "2021年")]
    [InlineData("没有时间词的", 2023, "2023年")]
    public void RelativeAndExplicitPeriodsResolveAgainstThePublicationDate(string words, int year, string label)
    {
        var period = Before(words);

        Assert.Equal(year, period?.Year);
        Assert.Equal(label, period?.Label);
        Assert.False(period?.IsTarget);
    }

    [Fact]
    public void ARunningTotalEndsOnThePublicationDate()
    {
        var soFar = Before("今年以来，");
        var untilNow = Before("截至目前，");

        Assert.Equal((2023, new DateOnly(2023, 1, 1), Published), (soFar!.Year, soFar.From, soFar.To));
        Assert.Equal((2023, Published), (untilNow!.Year, untilNow.To));
    }

    [Fact]
    public void AHalfYearHasItsDays()
    {
        var period = Before("2022年上半年");

        Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2022, 6, 30)), (period!.From, period.To));
    }

    [Fact]
    public void ATargetHasTheTargetsYearAndSaysSo()
    {
        var period = Before("力争到2025年，");

        Assert.Equal(2025, period?.Year);
        Assert.True(period?.IsTarget);
    }

    [Fact]
    public void AnEarlierPeriodAChangeIsComparedWithDoesNotDateIt()
    {
        Assert.Equal(2023, Before("今年上半年，较去年同期增长")?.Year);
    }

    [Fact]
    public void AMonthNotYetReachedIsLastYears()
    {
        Assert.Equal(2023, Before("12月", new DateOnly(2024, 1, 5))?.Year);
    }

    [Fact]
    public void WithoutAPublicationDateOnlyAWrittenYearDates()
    {
        Assert.Null(PeriodReader.Read("今年100人", 2, null));
        Assert.Equal(2021, PeriodReader.Read("2021年100人", 5, null)?.Year);
    }

    [Theory]
    [InlineData("“六五”末期，", 1985, "“六五”末期")]
    [InlineData("“十三五”期间，", 2020, "“十三五”期间")]
    [InlineData("解放初期，", 1949, "解放初期")]
    [InlineData("活动开展以来，", 2023, "截至2023-08-15")]
    public void PlansErasAndRunningTotalsAreDated(string words, int year, string label)
    {
        var period = Before(words);

        Assert.Equal(year, period?.Year);
        Assert.Equal(label, period?.Label);
    }

    [Fact]
    public void AMonthAFewMonthsAheadIsStillToComeAndOneFarAheadIsLastYears()
    {
        Assert.Equal(2023, Before("今年10月至11月，将评选出")?.Year);
        Assert.Equal("2023年10-11月", Before("今年10月至11月，将评选出")?.Label);
        Assert.Equal(2022, Before("12月，", new DateOnly(2023, 1, 20))?.Year);
        Assert.Equal(2023, Before("8月1日起，", new DateOnly(2023, 7, 20))?.Year);
    }

    [Fact]
    public void AYearAfterTheFigureInItsClauseDatesIt()
    {
        const string text = "全区66条河流在2019年底全部消除黑臭。";

        Assert.Equal(2019, PeriodReader.Read(text, (0, text.Length), text.IndexOf('。'), text.IndexOf("66", StringComparison.Ordinal), Published)?.Year);
    }

    [Theory]
    // A year that opens the sentence before, alone or after a preposition or a lead naming the report's source, is the
    // time of the report the figure's sentence goes on with; so is a year that is a clause of its own, and a year of
    // account (年度, 年底) anywhere in it; a range is dated by its last year.
    [InlineData("2021年，全县河湖治理成效明显。", "全县9个断面水质达标。", "9个", 2021)]
    [InlineData("截至2020年底，该市共有献血志愿者800人。", "其中，党员120人。", "120人", 2020)]
    [InlineData("据统计，2021年全县粮食总产再创新高。", "全县12个乡镇均增产。", "12个", 2021)]
    [InlineData("该县文旅产业发展迅速，2021年，接待游客首次破千万。", "全县星级酒店达到26家。", "26家", 2021)]
    [InlineData("县里组织了2021年度优秀志愿者推选活动。", "共有18名志愿者入选。", "18名", 2021)]
    [InlineData("报告显示，2018年至2021年，全省累计改造老旧小区。", "惠及居民3万户。", "3万户", 2021)]
    // A list of years that opens it is dated by its last, as a range is; a single year before another clause's year is not a list.
    [InlineData("2020年度和2021年度，全县共评选星级农户；", "受表彰农户达到450户。", "450户", 2021)]
    [InlineData("2019年、2020年，该县连续举办农民丰收节；", "参与群众达到1万人次。", "1万人次", 2020)]
    [InlineData("2019年，该县举办农民丰收节，2020年停办；", "参与群众达到1万人次。", "1万人次", 2019)]
    // A year inside the sentence before dates only what that sentence tells: a founding, a start, a birth; so does a
    // year that starts a stretch running on to now, or one that describes a noun.
    [InlineData("该协会于2016年在县民政局登记成立。", "协会现有会员140人。", "140人", 2023)]
    [InlineData("他生于1968年，是土生土长的本地人。", "全村面积约9平方公里。", "9平方公里", 2023)]
    [InlineData("2017年以来，该站坚持开展义诊。", "共服务群众6000人次。", "6000人次", 2023)]
    [InlineData("2015年起步至今，基地不断扩大规模。", "基地面积达到300亩。", "300亩", 2023)]
    [InlineData("1985年的首届毕业生也来到现场。", "现场共有校友200余人。", "200余人", 2023)]
    // A running total of the figure's own sentence (五年来) is of the time of writing, whatever the sentence before says.
    [InlineData("2018年，该中心启动助学项目。", "五年来，共资助学生900余人。", "900余人", 2023)]
    // 现任 ("now holding office") is a word of now, as 目前 is.
    [InlineData("2022年，全市实现生产总值1192亿元。", "市政府现任领导中另有副市长5名。", "5名", 2023)]
    // An opening year of a sentence that tells only of a founding or a launch is when it began; the next sentence's total
    // so far is of the time of writing. A founding sentence with figures, or a next sentence with no word of a total, keeps it.
    [InlineData("2019年，省检察院部署开展为期三年的专项行动。", "全省检察机关共办理案件3600件。", "3600件", 2023)]
    [InlineData("2021年，全县新成立巾帼志愿队36支。", "各队共有队员900人。", "900人", 2021)]
    [InlineData("2020年，公司启动技术改造。", "当年完成投资2000万元。", "2000万元", 2020)]
    [InlineData("去年9月，村里成立了茶叶合作社。当年12月，合作社完成首次分红。", "社员达到120户。", "120户", 2022)]
    // The ；-items of one sentence: an item with no time word hands on the time it was dated by, however many follow, a
    // range written 2016—2022年 opens its sentence as 2016年至2022年 does, and an item with a time word of its own (今年上半年)
    // or a year of account inside one (2021年度先进集体) dates no item after it. A founding's series of totals stays of now.
    [InlineData("2021年，全县新建公园12个；改造道路30公里；", "新增绿地80公顷。", "80公顷", 2021)]
    [InlineData("到2027年，全市建成充电桩9000个；换电站120座；", "公共停车场200处。", "200处", 2027)]
    [InlineData("据统计，2016—2022年全县共发生火灾120起；", "火灾起数占全市的12%。", "12%", 2022)]
    [InlineData("2021年，全市完成投资100亿元；今年上半年完成投资60亿元；", "新开工项目30个。", "30个", 2023)]
    [InlineData("县里表彰了2021年度先进集体；举行了授旗仪式；", "为12个村颁发了奖牌。", "12个", 2023)]
    [InlineData("2020年，省里部署开展为期三年的专项行动。全省共办理案件3600件；", "督促整改企业800家。", "800家", 2023)]
    public void AFigureWithNoTimeWordOfItsOwnTakesTheTimeOfTheSentenceBeforeOnlyWhenThatSentenceIsDatedByIt(
        string before, string figureSentence, string figure, int year)
    {
        var text = before + figureSentence;
        var sentence = (before.Length, text.Length - 1);

        Assert.Equal(year, PeriodReader.Read(text, sentence, sentence.Item2, text.IndexOf(figure, before.Length, StringComparison.Ordinal), Published)?.Year);
    }

    [Theory]
    // The base of a comparison (高于上年同期, 是上年同期的, 达到去年全年…的) dates neither the figure compared nor the figures
    // after it in the sentence; a period before its own figure still does.
    [InlineData("贷款增速高于上年同期2.3个百分点。", "2.3个百分点", 2023)]
    [InlineData("累计发放贴息贷款12亿元，是上年同期的1.8倍。", "1.8倍", 2023)]
    [InlineData("已兑付补贴800万元，达到去年全年补贴总额的64%，惠及农户300户。", "300户", 2023)]
    [InlineData("产值是2019年的3倍。", "3倍", 2023)]
    [InlineData("该村被评为2021年度市级文明村，村集体收入达80万元。", "80万元", 2021)]
    [InlineData("去年同期全县小麦收购量为8万吨。", "8万吨", 2022)]
    public void TheBaseOfAComparisonDatesNothing(string sentence, string figure, int year)
    {
        Assert.Equal(year, PeriodReader.Read(sentence, sentence.IndexOf(figure, StringComparison.Ordinal), Published)?.Year);
    }

    [Theory]
    // 目前 after a written date of 截至 in its sentence is that date's now; with no such date, or after a date that is no
    // 截至, 目前 is the time of writing.
    [InlineData("截至2021年6月，目前服务队有队员36名。", "36名", 2021)]
    [InlineData("截止到2021年6月，目前服务队有队员36名。", "36名", 2021)]
    [InlineData("服务队成立于2021年6月，目前有队员36名。", "36名", 2023)]
    // 目前 a clause later, or after a figure of the date's own, contrasts the time of writing with the date.
    [InlineData("截至2019年底，全县共有服务队员20名，目前已增至45名。", "45名", 2023)]
    [InlineData("截至2019年底全县共有服务队员20名，目前全县已有队员45名。", "45名", 2023)]
    [InlineData("截至2019年底全县共有服务队员20名，目前全县已有队员45名。", "20名", 2019)]
    public void NowAfterAWrittenDateOfAsOfIsThatDate(string sentence, string figure, int year)
    {
        Assert.Equal(year, PeriodReader.Read(sentence, sentence.IndexOf(figure, StringComparison.Ordinal), Published)?.Year);
    }

    [Theory]
    // A year a stretch starts from or a body was founded in dates a total so far as 以来 does; with no word of a total,
    // or still to come, the year stays the figure's. 如今 and 现在 are of the time of
    // writing.
    [InlineData("自1998年起，该县已选派援藏干部42名。", "42名", 2023)]
    [InlineData("该协会成立于2014年3月，现有会员单位86家。", "86家", 2023)]
    [InlineData("从2017年开始，合作社累计分红120万元。", "120万元", 2023)]
    [InlineData("自2018年起，张某等4人多次盗窃电缆。", "4人", 2018)]
    [InlineData("从2019年开始，这套设备历经了3次改进。", "3次", 2023)]
    [InlineData("该服务站成立于2020年，平日里负责周边8个小区的巡查。", "8个", 2023)]
    [InlineData("该厂成立于2011年，注册资本300万元。", "300万元", 2011)]
    [InlineData("2026年起，全市公交车将全部换成新能源车，共计900辆。", "900辆", 2026)]
    [InlineData("2019年全村仅有民宿3家，如今已有民宿70家。", "70家", 2023)]
    [InlineData("2021年全区实现在线审批事项1200项。", "1200项", 2021)]
    [InlineData("2021年项目前期投入资金800万元。", "800万元", 2021)]
    [InlineData("自去年11月推出研学活动起，该镇已累计开展活动8场次。", "8场次", 2023)]
    [InlineData("从去年开始，全镇累计开展活动8场次。", "8场次", 2023)]
    [InlineData("该区去年起取消审批事项15项。", "15项", 2022)]
    // A word of a total so far in the stretch's own clause dates it as well; without one the year stays the figure's.
    [InlineData("该读书会自2020年起已举办分享活动36场。", "36场", 2023)]
    [InlineData("该馆从2019年开始累计接待研学团队140批。", "140批", 2023)]
    [InlineData("自2020年起张某等3人多次盗窃电缆。", "3人", 2020)]
    // The total word of the stretch's own clause carries to the clauses that go on from it; a yearly rate there does not
    // take it, and without the word the year stays the figure's.
    [InlineData("该志愿队自2021年5月起已先后走访敬老院9家，开展义诊30余场次，服务老人1500人次。", "30余场次", 2023)]
    [InlineData("该志愿队自2021年5月起已先后走访敬老院9家，开展义诊30余场次，服务老人1500人次。", "1500人次", 2023)]
    [InlineData("该书屋自2019年起已举办读书节5届，每年吸引读者2000人次。", "2000人次", 2019)]
    [InlineData("自2020年起张某等3人多次盗窃电缆，涉案金额2万余元。", "2万余元", 2020)]
    // A yearly rate or a habit in the stretch's own clause is no total so far (每年, 常年); the stretch's year is its own.
    [InlineData("该社区自2021年起每年组织义诊活动4次。", "4次", 2021)]
    [InlineData("这片林场从2018年开始常年雇用护林员6名。", "6名", 2018)]
    [InlineData("自2019年起每年举办一次读书节，已累计吸引读者2600人次。", "2600人次", 2023)]
    [InlineData("从2017年起，该县每年拨付助学资金300万元。", "300万元", 2017)]
    public void AYearAStretchStartsFromDatesALaterTotalAsSinceDoes(string sentence, string figure, int year)
    {
        Assert.Equal(year, PeriodReader.Read(sentence, sentence.IndexOf(figure, StringComparison.Ordinal), Published)?.Year);
    }

    // 当年 before a month is "that year": the year the text named last before it, written or counted back from the
    // publication's (去年, 前年, 上年, 今年), but not the base of a comparison (比去年); with none named, the publication's.
    // Without a month after it (当年投产, 当年度) it is no time word of this reader's.
    [Theory]
    [InlineData("1998年该队参加抗洪抢险。当年7月，队员们连续奋战，加固堤坝3公里。", "3公里", 1998)]
    [InlineData("该中心于2016年成立，当年10月已接听来电1200个。", "1200个", 2016)]
    [InlineData("当年7月，队员们连续奋战，加固堤坝3公里。", "3公里", 2023)]
    [InlineData("2019年新建的生产线当年投产，今年产值达到2亿元。", "2亿元", 2023)]
    [InlineData("去年9月，镇里组建了电商服务站，当年12月带动农户增收15万元。", "15万元", 2022)]
    [InlineData("前年春天项目动工，当年10月完成投资800万元。", "800万元", 2021)]
    [InlineData("上年全镇引进企业6家，当年5月投产企业4家。", "4家", 2022)]
    [InlineData("今年全县粮食产量比去年增加5%，当年8月新建粮仓3座。", "3座", 2023)]
    [InlineData("2018年村里修建了水渠。当年4月完工。2020年村里新建了广场，当年6月铺设步道2公里。", "2公里", 2020)]
    public void ThatYearBeforeAMonthIsTheYearNamedLast(string text, string figure, int year)
    {
        Assert.Equal(year, PeriodReader.Read(text, text.IndexOf(figure, StringComparison.Ordinal), Published)?.Year);
    }

    // A sentence opening with 其中 breaks down the figure just before: with no time of its own, it is of that figure's
    // time; a year of its own still dates it.
    [Theory]
    [InlineData("省委宣传部日前公布2022年全省最美志愿者名单，共评出100名。其中，本市有8名志愿者入选。\n", 2022)]
    [InlineData("省委宣传部日前公布2022年全省最美志愿者名单，共评出100名。其中，2023年新增8名。\n", 2023)]
    public void APartAfter其中IsOfTheTimeOfTheFigureBefore(string text, int year)
    {
        var statistics = PageExtractor.Extract(text, new DocumentFacts(Published)).Articles.SelectMany(a => a.Statistics).ToList();

        Assert.Equal(year, statistics[^1].Period?.Year);
    }
}
