using Dapper;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// For tests of the stored bodies (ArticleBodies/): a page of each test's own, so that a marker stored by one test is
/// never read by another, and a wait for the renderer.
/// </summary>
internal static class StoredBodies
{
    // The renderer looks every second; thirty are far beyond what one page takes on a loaded machine.
    public static readonly TimeSpan RendererPatience = TimeSpan.FromSeconds(30);

    /// <summary>Stands for a stored body in a table: an answer carrying it was served from storage, not composed.</summary>
    public const string Marker = """{"stored":"marker"}""";

    private static int _pages = 100;

    /// <summary>Ingests a page no other test ingests and returns its first article's id.</summary>
    public static async Task<long> IngestedArticleAsync(this HttpClient client)
    {
        var document = await client.IngestAsync(Pages.Numbered(Interlocked.Increment(ref _pages)));
        return (await client.GetJsonAsync($"/api/v1/articles?documentId={document.Id()}")).Items().First().Id();
    }

    /// <summary>Ingests a page no other test ingests and waits until its first article's body is stored; returns the article's id.</summary>
    public static async Task<long> StoredArticleAsync(this ContentApiFactory fixture, HttpClient client)
    {
        var id = await client.IngestedArticleAsync();
        await fixture.WaitUntilStoredAsync(id);
        return id;
    }

    /// <summary>Waits until the article's body is stored and it has no mark: its statistics' bodies are then current too.</summary>
    public static async Task WaitUntilStoredAsync(this ContentApiFactory fixture, long id)
    {
        await using var connection = await fixture.OpenDatabaseAsync();
        await Eventually.HoldsAsync(() => connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM article_bodies WHERE article_id = @id) AND NOT EXISTS (SELECT 1 FROM article_bodies_due WHERE article_id = @id)", new { id }), RendererPatience);
    }
}
