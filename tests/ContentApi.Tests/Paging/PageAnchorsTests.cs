using ContentApi.Paging;

namespace ContentApi.Tests.Paging;

/// <summary>Where pages by number start: the nearest position at or before a page, per list.</summary>
public sealed class PageAnchorsTests
{
    private readonly PageAnchors _anchors = new();

    [Fact]
    public void APageStartsFromTheNearestAnchorAtOrBeforeIt()
    {
        _anchors.Remember("list", 40, After(400));
        _anchors.Remember("list", 20, After(200));
        _anchors.Remember("list", 60, After(600));

        Assert.Null(_anchors.Nearest("list", 19));
        Assert.Equal((20, After(200)), _anchors.Nearest("list", 20));
        Assert.Equal((40, After(400)), _anchors.Nearest("list", 59));
        Assert.Equal((60, After(600)), _anchors.Nearest("list", 19_980));
        Assert.Null(_anchors.Nearest("another list", 19_980));
    }

    [Fact]
    public void TheFirstAnchorOfAPositionIsKeptAndTheStartOfTheListIsNoAnchor()
    {
        _anchors.Remember("list", 0, After(1));
        _anchors.Remember("list", 20, After(200));
        _anchors.Remember("list", 20, After(999));

        Assert.Null(_anchors.Nearest("list", 19));
        Assert.Equal((20, After(200)), _anchors.Nearest("list", 30));
    }

    private static Cursor After(long id) => new("position", null, id);
}
