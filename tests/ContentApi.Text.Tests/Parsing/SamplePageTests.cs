using ContentApi.Text.Parsing;

namespace ContentApi.Text.Tests.Parsing;

public class SamplePageTests
{
    private static readonly string Sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "000_a5e3d1870f42e52b.txt"));

    [Fact]
    public void ReadsTheStructureAnEditorSeesOnTheSamplePage()
    {
        var page = PageParser.Parse(Sample);

        Assert.Equal(2, page.Articles.Count);
        Assert.Equal([14], page.Articles[0].Sections.Select(s => s.Paragraphs.Count));
        Assert.Equal([2, 7, 6, 6], page.Articles[1].Sections.Select(s => s.Paragraphs.Count));
        Assert.Equal([null, "全民齐参与 共育文明新风", "城区焕活力 共享文明成果", "榜样作先锋 共聚文明力量"], page.Articles[1].Sections.Select(s => s.Heading));
        Assert.Equal("点燃文明之光 照亮美丽红桥", page.Articles[1].Title);
        Assert.Equal("红桥区创建文明城区工作综述", page.Articles[1].Subtitle);
        Assert.Equal(6, page.Report.Count(r => r.Kind is "join" or "join-with-overlap"));
        Assert.Equal("follow-us", page.Furniture.Single().Kind);
    }

    [Fact]
    public void MapsEveryParagraphOfTheSamplePageBackToItsSource()
    {
        var page = PageParser.Parse(Sample);

        foreach (var paragraph in page.Paragraphs())
        {
            for (var i = 0; i < paragraph.Text.Length; i++)
            {
                Assert.Equal(TextNormalizer.Canonical(paragraph.Text[i]), TextNormalizer.Canonical(Sample[paragraph.Map.ToSource(i)]));
            }
        }
    }
}
