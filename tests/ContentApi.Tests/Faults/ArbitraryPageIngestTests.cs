using System.Text;
using ContentApi.Data.Documents;
using ContentApi.Tests.Infrastructure;
using ContentApi.Text;
using Npgsql;

namespace ContentApi.Tests.Faults;

/// <summary>
/// Whatever the parser makes of a page, the schema's constraints accept it: pages put together at random from the
/// pieces real pages are made of (titles, decks, bylines, headings, cut paragraphs, figures, furniture, stray marks)
/// are all stored. A constraint the parser can break would be a 500 on somebody's real page.
/// </summary>
public sealed class ArbitraryPageIngestTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private static readonly string[] Pieces =
    [
        "城区老旧小区改造全面启动", "——区住建委工作综述", "■ 通讯员 李明 王芳", "本报讯（记者 赵强）", "全民齐参与 共建好家园",
        "今年以来，全区共完成改造项目46个，惠及居民3200余户。", "截至目前，注册志愿者达到1.2万人，开展活动500余场，",
        "参与群众近3万人次。", "第3版", "责任编辑：周宁", "获取更多资讯，请关注“城区发布”微信公众号", "（完）", "——", "■",
        "一是加强组织领导。", "二是", "同比增长5.3%，", "图为志愿者清扫积雪", "", "", " ", "　", "“", "。", "12", "三成",
        "The city and 城区 together", "记者", "2024年3月5日", "7:00", "第十二届", "数百对", "宣传覆盖有广度。走在街头，标语随处可见。",
    ];

    [Fact]
    public async Task EveryPageMadeOfRealPiecesIsStored()
    {
        var random = new Random(20261128);
        await using var dataSource = NpgsqlDataSource.Create(factory.ConnectionString);
        var writer = new DocumentWriter(dataSource);

        for (var n = 0; n < 150; n++)
        {
            var page = new StringBuilder(random.Next(2) == 0 ? $"第{n}号测试页\n\n" : "");
            for (var line = random.Next(1, 25); line > 0; line--)
            {
                page.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? "\n" : "\n\n");
            }

            var text = page.ToString();
            var failure = await Record.ExceptionAsync(() => writer.IngestAsync(text, PageExtractor.Extract(text), new DocumentMetadata(null, null, null)));

            Assert.True(failure is null, $"page {n} was refused: {failure?.Message}\n{text}");
        }
    }
}
