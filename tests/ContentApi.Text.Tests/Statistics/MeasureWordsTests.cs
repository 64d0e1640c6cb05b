using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

public sealed class MeasureWordsTests
{
    private static readonly string[][] Rows = DataTable.Read("MeasureWords.tsv", "written", "unit", "counts").ToArray();

    [Fact]
    public void TheTableHasOneRowPerWrittenFormEachClassifiedWithAKnownUnit()
    {
        var written = Rows.Select(row => row[0]).ToHashSet();

        Assert.Equal(Rows.Length, written.Count);
        Assert.All(Rows, row => Assert.Contains(row[2], MeasureClass.All));
        // Every reported unit is itself a row, so that what it counts can be looked up from the unit alone.
        Assert.All(Rows, row => Assert.Contains(row[1], written));
        Assert.All(Rows, row => Assert.Equal(row[2], MeasureWords.Counts(row[1])));
    }

    [Theory]
    [InlineData("清姜河流速3.16m/s", "m/s", "speed")]
    [InlineData("降雨量228mm", "mm", "length")]
    [InlineData("滑坡7000m³", "m³", "volume")]
    [InlineData("绿灯时长10秒", "秒", "time")]
    [InlineData("步速1米/秒", "米/秒", "speed")]
    [InlineData("最大小时雨强86.5毫米/小时", "毫米/小时", "speed")]
    [InlineData("抢险机械20台次", "台次", "events")]
    [InlineData("检查企业120家次", "家次", "events")]
    [InlineData("走访困难群众300户次", "户次", "events")]
    [InlineData("出动车辆45辆次", "辆次", "events")]
    [InlineData("小麦病虫害防治面积300万亩次", "亩次", "area")]
    [InlineData("配备抢险设备40台套", "台套", "things")]
    [InlineData("房价21万元/平方米", "元/平方米", "money")]
    [InlineData("房价21万元／平方米", "元/平方米", "money")]
    [InlineData("提高3个百分点", "百分点", "rate")]
    [InlineData("倒塌房屋13间", "间", "structures")]
    [InlineData("产能5万吨/年", "吨/年", "mass-flow")]
    [InlineData("捐赠棉鞋300双", "双", "things")]
    [InlineData("调拨帐篷120顶", "顶", "things")]
    [InlineData("收到感谢信45封", "封", "documents")]
    [InlineData("存栏蛋鸡2万羽", "羽", "animals")]
    [InlineData("监测到猕猴9群", "群", "groups")]
    [InlineData("督办案件36件次", "件次", "events")]
    [InlineData("检查工地120个次", "个次", "events")]
    [InlineData("开展噪声监测800点次", "点次", "events")]
    [InlineData("实际利用外资3000万美金", "美元", "money")]
    [InlineData("储能站每天放电2400度电", "千瓦时", "energy")]
    [InlineData("新增变压器容量630千伏安", "千伏安", "power")]
    // Roads and rivers counted by the sections damaged or dredged.
    [InlineData("乡村公路受损260条段", "条段", "structures")]
    // Latin units typed in ASCII or in capitals are reported in their standard symbol.
    [InlineData("全天共采集血液36400ml", "mL", "volume")]
    [InlineData("细颗粒物年均浓度为28ug/m3", "μg/m³", "concentration")]
    [InlineData("新建厂房3200m2", "m²", "area")]
    [InlineData("骑行线路全长12KM", "km", "length")]
    [InlineData("平均单果重186.5g", "g", "mass")]
    // A concentration whose denominator carries a number is reported whole: the ratio is the unit.
    [InlineData("呼气酒精含量为35mg/100mL", "mg/100mL", "concentration")]
    [InlineData("血液酒精含量达96mg/100ml", "mg/100mL", "concentration")]
    [InlineData("一次服用20mg", "mg", "mass")]
    public void ReadsTheLongestMeasureWordAfterTheNumber(string text, string unit, string counts)
    {
        var at = text.IndexOfAny("0123456789".ToCharArray());
        while (at < text.Length && (char.IsAsciiDigit(text[at]) || text[at] is '.' or '万'))
        {
            at++;
        }

        var word = MeasureWords.At(text, at);

        Assert.Equal((unit, counts), (word?.Unit, word?.Counts));
    }

    [Theory]
    [InlineData("派出巡逻民警8组24人次", "8组")]
    [InlineData("抢险小分队6组30人次赶赴现场", "6组")]
    [InlineData("邀请40组亲子家庭走进农场", "40组")]
    [InlineData("吸引了60余组家庭报名", "60余组")]
    [InlineData("备勤抢险单元120组、900人", "120组")]
    public void GroupsBeforeFamiliesOrACountOfPeopleAreCounted(string sentence, string quoted)
    {
        var groups = Assert.Single(QuantityFinder.Find(sentence), found => found.IsStatistic && found.Unit == "组");

        Assert.Equal(quoted, sentence[groups.Start..groups.End]);
    }

    [Fact]
    public void GroupsAndThePeopleInThemCountTheSameNoun()
    {
        // The groups are a figure of their own, so the count of people after them does not take them into its words.
        const string paragraph = "共派出医疗队员6组24人次。";
        var statistics = StatisticsExtractor.Apply(paragraph, LinePage.From(paragraph), explain: false).Articles[0].Statistics;

        Assert.Equal([("组", "医疗队员"), ("人次", "医疗队员")], statistics.Select(statistic => (statistic.Unit, statistic.Metric)));
    }

    [Theory]
    [InlineData("走进新华村3组的果园")]
    [InlineData("新华村3组家庭农场")]
    [InlineData("参赛队伍分为4组进行比赛")]
    [InlineData("派驻第十四组组长到会")]
    public void AVillageGroupOrAGroupingIsNoCount(string sentence)
    {
        Assert.DoesNotContain(QuantityFinder.Find(sentence), found => found.IsStatistic && found.Unit == "组");
    }

    [Theory]
    [InlineData("受暴雨影响停运旅客列车120列", "120列", true)]
    [InlineData("当日加开36列旅客列车", "36列", true)]
    [InlineData("共有3列入选省级名单", "3", false)]
    [InlineData("将8列为重点项目", "8", false)]
    public void LieCountsTrainsOnlyWhereTheClauseNamesThem(string sentence, string quoted, bool trains)
    {
        var number = Assert.Single(QuantityFinder.Find(sentence));

        Assert.Equal((quoted, trains), (sentence[number.Start..number.End], number.IsStatistic && number.Unit == "列"));
    }

    [Theory]
    [InlineData("屋顶光伏每天发电1500度", "1500度", "千瓦时")]
    [InlineData("全年用电量约2亿度", "约2亿度", "千瓦时")]
    [InlineData("储能站放电800度，可供全村使用", "800度", "千瓦时")]
    [InlineData("发电机房内温度达40度", null, null)]
    [InlineData("最高气温39度", null, null)]
    public void DuAfterWordsOfElectricityIsTheKilowattHour(string sentence, string? quoted, string? unit)
    {
        var number = QuantityFinder.Find(sentence).SingleOrDefault(found => found.IsStatistic);

        Assert.Equal((quoted, unit), (number is null ? null : sentence[number.Start..number.End], number?.Unit));
    }

    [Fact]
    public void EachWordBeginningWithAMeasureBeginsWithAMeasureWordOfTheTables()
    {
        var rows = DataTable.Read("words-beginning-with-a-measure.tsv", "word", "measure").ToArray();
        var measures = Rows.Select(row => row[0]).Concat(DataTable.Read("item-measures.tsv", "written", "counts", "alone").Select(row => row[0])).ToHashSet();

        Assert.All(rows, row => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{2,}$", row[0]));
        Assert.All(rows, row => Assert.StartsWith(row[1], row[0]));
        Assert.All(rows, row => Assert.Contains(row[1], measures));
        Assert.Equal(rows.Length, rows.Select(row => row[0]).Distinct().Count());
    }

    [Theory]
    [InlineData("item-measures.tsv", @"^\p{IsCJKUnifiedIdeographs}$", new[] { "written", "counts", "alone" })]
    [InlineData("division-measures.tsv", @"^\p{IsCJKUnifiedIdeographs}+$", new[] { "written", "counts" })]
    public void TheTablesOfMeasuresInContextHaveOneWordPerRowEachClassified(string table, string word, string[] columns)
    {
        var rows = DataTable.Read(table, columns).ToArray();

        Assert.All(rows, row => Assert.Matches(word, row[0]));
        Assert.Equal(rows.Length, rows.Select(row => row[0]).Distinct().Count());
        Assert.All(rows, row => Assert.Contains(row[1], MeasureClass.All));
        Assert.DoesNotContain(rows, row => Rows.Any(written => written[0] == row[0]));
        Assert.All(rows, row => Assert.True(row.Length == 2 || row[2] is "yes" or "no"));
    }

    [Theory]
    // A character between Arabic digits and a list or clause boundary closes the item: it is its classifier.
    [InlineData("共查办民事案件12案、刑事案件3案。", "12案", "案")]
    [InlineData("收缴砍刀5把；", "5把", "把")]
    [InlineData("新打机井14眼，", "14眼", "眼")]
    [InlineData("修复灌溉井8口、水渠3条", "8口", "口")]
    [InlineData("清运淤泥1.2万方，消杀面积3000平方米", "1.2万方", "方")]
    [InlineData("收到感谢锦旗6面。", "6面", "面")]
    [InlineData("更换电杆36基", "36基", "基")]
    // 个基点 after a rate named in the clause is the unit of its change or margin.
    [InlineData("一年期贷款利率下调20个基点至3.45%", "20个基点", "基点")]
    [InlineData("首套房贷利率定为LPR+30个基点", "30个基点", "基点")]
    // 站 and 案 are the nouns they count: after digits they count before any word they do not begin.
    [InlineData("昨日全市有3站日雨量超过200毫米", "3站", "站")]
    [InlineData("执行局分两路对5案依法采取强制措施", "5案", "案")]
    [InlineData("执行干警分4组对5案依法采取强制措施", "5案", "案")]
    // Medals chain with no boundary between them.
    [InlineData("代表队夺得2金3银1铜的好成绩", "3银", "银")]
    [InlineData("代表队夺得2金3银1铜的好成绩", "1铜", "铜")]
    // After 其他, 其余, 另外 or 等 a division's name counts the rest or the total of a list of divisions.
    [InlineData("两市启动应急响应，其他5市解除预警", "5市", "市")]
    [InlineData("江苏等8省（区、市）联合开展检查", "8省", "省")]
    [InlineData("甲镇、乙镇等4镇受灾较重", "4镇", "镇")]
    // After Arabic digits a division's name closing a list item, or glossed in brackets, counts divisions.
    [InlineData("该省5县（区）启动机构改革试点", "5县", "县")]
    [InlineData("全州下辖7县、58个乡镇", "7县", "县")]
    [InlineData("工作组走访3县2市4区开展宣讲", "2市", "市")]
    [InlineData("工作组走访3县2市4区开展宣讲", "4区", "区")]
    [InlineData("暴雨造成6个市州31县205乡镇受灾", "205乡镇", "乡镇")]
    [InlineData("项目覆盖全国9省2自治区。", "2自治区", "自治区")]
    // 片 before the courts, fields and stands of trees it counts.
    [InlineData("新校区配有6片篮球场和一个田径场", "6片", "片")]
    [InlineData("村里新建4片篮球场供村民使用", "4片", "片")]
    [InlineData("全镇新造3片生态防护林", "3片", "片")]
    [InlineData("合作社流转了两片茶园", "两片", "片")]
    [InlineData("村里3片果园的苹果熟了", "3片", "片")]
    public void ACharacterCountsWhereItsContextMakesItAMeasure(string sentence, string quoted, string unit)
    {
        var number = Assert.Single(QuantityFinder.Find(sentence), found => found.IsStatistic && sentence[found.Start..found.End] == quoted);

        Assert.Equal(unit, number.Unit);
    }

    [Theory]
    // After a Chinese numeral, or with a word going on after it, the character begins a word.
    [InlineData("他是村里的一把手。", "把")]
    [InlineData("全家6口人住在老屋。", "口")]
    [InlineData("从3方面推进整改", "方")]
    [InlineData("双方签订了协议，", "方")]
    // A division's name that begins a word, or with no 其他 or 等 before the count, is no measure.
    [InlineData("其他3市场主体正在办理", "市")]
    [InlineData("全市16区全部参赛", "区")]
    // Before a verb after a list of names, with a word going on after the name, or after a 0-led mark, it is no count.
    [InlineData("甲、乙、丙3市保持应急响应", "市")]
    [InlineData("拨打12345市民热线反映", "市")]
    [InlineData("项目服务全省6县域经济发展", "县")]
    [InlineData("02区、03区的居民", "区")]
    // Without a rate before it 基点 is a base or a site that 个 counts.
    [InlineData("全县选定12个基点开展水质监测", "基点")]
    // 站 and 案 begin words of a station or a case (站点, 案件); before a boundary or a word, a Chinese numeral's are no count.
    [InlineData("新建3站点，", "站")]
    [InlineData("全县4案件入选典型案例", "案")]
    [InlineData("开展一站式服务", "站")]
    [InlineData("坚持一案一策推进", "案")]
    // 口人 with no count of households before it is one family's size.
    [InlineData("他家里一共5口人，", "人")]
    // Nor after the 户 of a set phrase: 一户一策 and 千家万户 count no households.
    [InlineData("坚持一户一策帮扶全家4口人。", "人")]
    [InlineData("服务千家万户的小张全家6口人", "人")]
    // 首 before another measure word is "the first"; 门 begins 门店 and 门槛.
    [InlineData("本市2024首个城市书房开放", "首")]
    [InlineData("本市2024首个人工智能产业园开园", "首")]
    [InlineData("全县1800首批入库的种子", "首")]
    [InlineData("实现就业零门槛", "门")]
    [InlineData("数千门店参与促销", "门")]
    // A count in digits closed only by a comma or a full stop is an address, not a list's item.
    [InlineData("老王家住东关镇3村，离县城不远", "村")]
    [InlineData("他一直住在7区。", "区")]
    // 片 before anything but a ground it counts (pills, a district's parts), or after the article 一, is no count.
    [InlineData("医嘱写明每次服用2片", "片")]
    [InlineData("全街道划分为4片区开展巡查", "片")]
    [InlineData("村民在一片稻田边劳作", "片")]
    // A ground inside the noun after 片, not at its end, is no ground it counts: 园区 and 林区 are zones.
    [InlineData("全县划为6片园区统一招商", "片")]
    [InlineData("镇里把8片林区分给护林员", "片")]
    public void TheSameCharacterElsewhereIsNoMeasure(string sentence, string unit)
    {
        Assert.DoesNotContain(QuantityFinder.Find(sentence), found => found.IsStatistic && found.Unit == unit);
    }

    [Theory]
    [InlineData("全村共有186户600多口人，", "600多口人", "人")]
    [InlineData("安置区住着三百户一千二百口人", "一千二百口人", "人")]
    [InlineData("新村搬入两户9口人", "9口人", "人")]
    [InlineData("小组共有40余户150口人", "150口人", "人")]
    public void KouRenAfterACountOfHouseholdsCountsTheirPeople(string sentence, string quoted, string unit)
    {
        var number = QuantityFinder.Find(sentence).Last(found => found.IsStatistic);

        Assert.Equal((quoted, unit), (sentence[number.Start..number.End], number.Unit));
    }

    [Theory]
    [InlineData("合唱团演唱了12首歌曲", "12首", "首")]
    [InlineData("学校开设28门选修课程", "28门", "门")]
    // A song's or a course's name may begin with the character of 首家, 首台, 首单, 门前, 门户 or 门口: still counted.
    [InlineData("本学期新开4门前沿技术课程", "4门", "门")]
    [InlineData("基地推出6门户外研学课程", "6门", "门")]
    [InlineData("中心开设7门口语训练课程", "7门", "门")]
    // 个人 (personal) runs past 首个 (the first): 首 counts the songs.
    [InlineData("他创作了3首个人原创歌曲", "3首", "首")]
    [InlineData("乐团今年录制9首单曲", "9首", "首")]
    [InlineData("他整理了5首家乡童谣", "5首", "首")]
    [InlineData("合唱队学唱3首台湾民歌", "3首", "首")]
    public void SongsAndCoursesStayCounted(string sentence, string quoted, string unit)
    {
        var number = Assert.Single(QuantityFinder.Find(sentence), found => found.IsStatistic);

        Assert.Equal((quoted, unit), (sentence[number.Start..number.End], number.Unit));
    }

    [Theory]
    [InlineData("5min", 1)]
    [InlineData("3mmol", 1)]
    public void ALatinUnitIsAWholeWord(string text, int at)
    {
        Assert.Null(MeasureWords.At(text, at));
    }

    [Theory]
    [InlineData("人", true)]
    [InlineData("人次", true)]
    [InlineData("户", true)]
    [InlineData("场", false)]
    [InlineData("元", false)]
    public void CountsPeopleReadsTheClass(string unit, bool people)
    {
        Assert.Equal(people, MeasureWords.CountsPeople(unit));
    }

    [Theory]
    [InlineData("%", true)]
    [InlineData("百分点", true)]
    [InlineData("倍", false)]
    public void IsRateReadsTheClass(string unit, bool rate)
    {
        Assert.Equal(rate, MeasureWords.IsRate(unit));
    }

    [Theory]
    [InlineData("比1季度扩大2.6个和18.3个百分点。", "2.6个", "百分点")]
    [InlineData("分别延长2个和3个小时。", "2个", "小时")]
    [InlineData("参与300人和服务500人次。", "300人", "人")]
    public void CoordinatedFiguresShareTheUnitAfterTheLastWhenTheFirstHasOnly个(string text, string first, string unit)
    {
        var number = QuantityFinder.Find(text).First(n => text[n.Start..n.End] == first);

        Assert.Equal(unit, number.Unit);
    }

    [Theory]
    // A space between a number and its measure word, as some pages set it, still makes a statistic; the exclusion rules
    // read the number as if it had none (a span of months, a year).
    [InlineData("出动巡逻车 120 辆次。", "120 辆次", "辆次", true)]
    [InlineData("整治农田 35.5 亩。", "35.5 亩", "亩", true)]
    [InlineData("2 个月后，道路通车。", "2 个", "个", false)]
    public void AMeasureWordAfterASpaceIsRead(string text, string figure, string unit, bool statistic)
    {
        var number = QuantityFinder.Find(text).First(n => text[n.Start..n.End] == figure);

        Assert.Equal((unit, statistic), (number.Unit, number.IsStatistic));
    }

    [Theory]
    // 每 and a unit of time right before a length or a volume make it a speed or a flow, as 28米/秒 written so; a sum or a
    // mass per day or year keeps its measure word.
    [InlineData("台风中心附近最大风力每秒28米。", "28米", "米/秒")]
    [InlineData("水库泄洪流量达到每秒1200立方米。", "1200立方米", "立方米/秒")]
    [InlineData("局地出现每小时40毫米的短时强降水。", "40毫米", "毫米/小时")]
    [InlineData("污水处理厂每天3000吨的处理能力。", "3000吨", "吨")]
    [InlineData("高龄老人的生活补贴每年300元。", "300元", "元")]
    public void ALengthOrAVolumePerSecondOrHourIsASpeedOrAFlow(string text, string figure, string unit)
    {
        var number = QuantityFinder.Find(text).First(n => text[n.Start..n.End] == figure);

        Assert.Equal(unit, number.Unit);
    }

    [Theory]
    // 个点 after a fraction is percentage points written short; after a whole number it may count places.
    [InlineData("就业率比上月回升0.4个点。", "0.4个点", "百分点")]
    [InlineData("全镇设置了6个点位。", "6个", "个")]
    [InlineData("在社区设了2个点。", "2个", "个")]
    public void AFractionOf个点IsPercentagePoints(string text, string figure, string unit)
    {
        var number = QuantityFinder.Find(text).Single(n => n.IsStatistic);

        Assert.Equal((figure, unit), (text[number.Start..number.End], number.Unit));
    }

    [Theory]
    // A fraction in digits before 点 is an index's level; a clock time is whole hours, and 一点一点 is no number.
    [InlineData("本月旅游景气指数为103.6点。", new[] { "103.6点" })]
    [InlineData("会议定于上午9点半召开。", new string[0])]
    [InlineData("存款一点一点攒起来。", new string[0])]
    public void AFractionBefore点IsAnIndexLevel(string text, string[] figures)
    {
        var numbers = QuantityFinder.Find(text).Where(n => n.IsStatistic);

        Assert.Equal(figures, numbers.Select(n => text[n.Start..n.End]));
        Assert.All(numbers, n => Assert.Equal("点", n.Unit));
    }
}
