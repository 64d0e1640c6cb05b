using ContentApi.Text.Parsing;

namespace ContentApi.Text.Tests.Parsing;

public class BylineParserTests
{
    [Fact]
    public void ReadsARoleAndANameAfterABullet()
    {
        var authors = BylineParser.Parse("■ 通讯员 王小明");

        Assert.Equal([new Author("王小明", "通讯员")], authors);
    }

    [Fact]
    public void ReadsSeveralNamesAfterOneRole()
    {
        var authors = BylineParser.Parse("本报记者 李明、赵刚 陈红");

        Assert.Equal([new Author("李明", "本报记者"), new Author("赵刚", "本报记者"), new Author("陈红", "本报记者")], authors);
    }

    [Fact]
    public void ReadsSeveralRolesOnOneLine()
    {
        var authors = BylineParser.Parse("● 见习记者 周丽 通讯员 孙强 摄影 吴昊");

        Assert.Equal([new Author("周丽", "见习记者"), new Author("孙强", "通讯员"), new Author("吴昊", "摄影")], authors);
    }

    [Fact]
    public void ReadsTextAndPictureCredits()
    {
        var authors = BylineParser.Parse("文/图 郑一鸣");

        Assert.Equal([new Author("郑一鸣", "文/图")], authors);
    }

    [Fact]
    public void ReadsANameWrittenRightAfterItsRole()
    {
        var authors = BylineParser.Parse("记者：何佳");

        Assert.Equal([new Author("何佳", "记者")], authors);
    }

    [Fact]
    public void ReadsATransliteratedNameWithAMiddleDot()
    {
        var authors = BylineParser.Parse("记者 阿依古丽·买买提");

        Assert.Equal([new Author("阿依古丽·买买提", "记者")], authors);
    }

    [Fact]
    public void DoesNotReadASentenceThatStartsWithARoleAsAByline()
    {
        var authors = BylineParser.Parse("记者从市教育局获悉");

        Assert.Null(authors);
    }

    [Fact]
    public void DoesNotReadAOneCharacterRoleThatIsNotSetOff()
    {
        var authors = BylineParser.Parse("文明新风");

        Assert.Null(authors);
    }

    [Fact]
    public void ReadsTheCreditInANewsParagraphOpening()
    {
        var authors = BylineParser.ParseDatelineCredit("本报讯（记者 林涛 通讯员 许静）昨天，全市中小学开学。");

        Assert.Equal([new Author("林涛", "记者"), new Author("许静", "通讯员")], authors);
    }

    [Fact]
    public void ReadsABracketedBylineThatClosesAnArticle()
    {
        var authors = BylineParser.Parse("（记者 林涛）");

        Assert.Equal([new Author("林涛", "记者")], authors);
    }

    [Fact]
    public void GivesNamesWrittenBeforeTheirRoleThatRole()
    {
        var authors = BylineParser.Parse("林涛 许静/摄");

        Assert.Equal([new Author("林涛", "摄"), new Author("许静", "摄")], authors);
    }

    [Fact]
    public void DoesNotReadNamesWithoutAnyRoleAsAByline()
    {
        var authors = BylineParser.Parse("林涛 许静");

        Assert.Null(authors);
    }
}
