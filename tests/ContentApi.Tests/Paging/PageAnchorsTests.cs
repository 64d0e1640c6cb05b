using ContentApi.Paging;

namespace ContentApi.Tests.Paging;

/// <summary>Where pages by number start: the nearest position at or before a page, per list and content version.</summary>
public sealed class PageAnchorsTests
{
    private readonly PageAnchors _anchors = new();

    [Fact]
    public void APageStartsFromTheNearestAnchorAtOrBeforeIt()
    {
        var anchors = _anchors.Of(1);
        anchors.Remember("list", 40, After(400));
        anchors.Remember("list", 20, After(200));
        anchors.Remember("list", 60, After(600));

        Assert.Null(anchors.Nearest("list", 19));
        Assert.Equal((20, After(200)), anchors.Nearest("list", 20));
        Assert.Equal((40, After(400)), anchors.Nearest("list", 59));
        Assert.Equal((60, After(600)), anchors.Nearest("list", 19_980));
        Assert.Null(anchors.Nearest("another list", 19_980));
    }

    [Fact]
    public void TheFirstAnchorOfAPositionIsKeptAndTheStartOfTheListIsNoAnchor()
    {
        var anchors = _anchors.Of(1);
        anchors.Remember("list", 0, After(1));
        anchors.Remember("list", 20, After(200));
        anchors.Remember("list", 20, After(999));

        Assert.Null(anchors.Nearest("list", 19));
        Assert.Equal((20, After(200)), anchors.Nearest("list", 30));
    }

    [Fact]
    public void ANewContentVersionStartsWithNoAnchorsAndAnOlderOneDoesNotReplaceIt()
    {
        _anchors.Of(1).Remember("list", 20, After(200));
        _anchors.Of(2).Remember("list", 40, After(400));

        // A request still running under version 1 gets a set of its own; version 2's stays.
        _anchors.Of(1).Remember("list", 60, After(600));

        Assert.Null(_anchors.Of(2).Nearest("list", 39));
        Assert.Equal((40, After(400)), _anchors.Of(2).Nearest("list", 100));
    }

    private static Cursor After(long id) => new("position", null, id);
}
