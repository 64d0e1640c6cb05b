using ContentApi.Text.Parsing;

namespace ContentApi.Text.Tests.Parsing;

public class FurnitureDetectorTests
{
    [Theory]
    [InlineData("扫码关注“城市晚报”微信公众号", "follow-us")]
    [InlineData("下载本报客户端，看更多新闻", "follow-us")]
    [InlineData("第3版", "page-number")]
    [InlineData("A12版", "page-number")]
    [InlineData("- 7 -", "page-number")]
    [InlineData("—7—", "page-number")]
    [InlineData("责任编辑：陈晓", "editor")]
    [InlineData("编辑 刘洋 校对 马丽", "editor")]
    [InlineData("（完）", "end-mark")]
    [InlineData("2025年3月5日 星期三", "date")]
    [InlineData("2025年3月5日", "date")]
    [InlineData("点击上方蓝字关注我们", "follow-us")]
    [InlineData("分享、点赞、在看", "share-prompt")]
    [InlineData("来源：城市晚报", "source")]
    [InlineData("图为志愿者在社区清扫积雪（记者 林涛 摄）", "caption")]
    [InlineData("▲ 新建的图书阅览室", "caption")]
    [InlineData("第8版 责任编辑：周宁", "page-number")]
    [InlineData("A4版 编辑 刘洋 校对 马丽", "page-number")]
    public void RecognisesPageFurniture(string line, string kind)
    {
        var found = FurnitureDetector.Classify(line);

        Assert.Equal(kind, found);
    }

    [Theory]
    [InlineData("大家都很关注这次活动的进展。")]
    [InlineData("编辑部的同事们连夜赶稿，终于在清晨完成了这期特刊。")]
    [InlineData("2024")]
    [InlineData("2025年3月5日，全市中小学开学。")]
    [InlineData("2025年是关键的一年")]
    [InlineData("来源于群众的好点子被一一采纳。")]
    [InlineData("大家纷纷点赞。")]
    [InlineData("图书馆今年新增藏书三万册。")]
    [InlineData("山村小学来了新老师")]
    [InlineData("第8版 刊登了读者来信")]
    public void LeavesArticleTextAlone(string line)
    {
        var found = FurnitureDetector.Classify(line);

        Assert.Null(found);
    }

    [Fact]
    public void KeepsFurnitureOutOfArticlesAndJoinsAcrossIt()
    {
        var page = PageParser.Parse(Pages.Of("山村小学来了新老师", "■ 记者 李明", "学校在操场边修建了新的图", "第2版", "书阅览室。", "责任编辑：陈晓"));

        Assert.Equal(["page-number", "editor"], page.Furniture.Select(f => f.Kind));
        Assert.Equal(["学校在操场边修建了新的图书阅览室。"], page.Texts());
    }

    [Fact]
    public void KeepsTheMastheadOverTheFirstTitleAsFurniture()
    {
        var page = PageParser.Parse(Pages.Of("城市晚报", "2025年3月5日 星期三", "引黄入城工程全线贯通", "——三十万居民喝上放心水", "昨天，工程全线贯通。"));

        Assert.Equal(["page-header", "date"], page.Furniture.Select(f => f.Kind));
        Assert.Equal("引黄入城工程全线贯通", page.Articles.Single().Title);
    }

    [Fact]
    public void KeepsAPictureCaptionOutOfTheRunningText()
    {
        var page = PageParser.Parse(Pages.Of("老街换新颜", "■ 记者 陈红", "老街改造工程近日完工。", "图为改造后的老街", "新开的店铺也多了。"));

        Assert.Equal(["老街改造工程近日完工。", "新开的店铺也多了。"], page.Texts());
        Assert.Equal("caption", page.Furniture.Single().Kind);
    }
}
