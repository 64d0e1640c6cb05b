namespace ContentApi.Desk;

/// <summary>
/// The editor's desk: the web front end built from <c>desk/</c> into <c>wwwroot/</c> (committed, so that a fresh clone
/// serves it with no Node.js), served as static files at <c>/</c>. It is a client of the public API like any other.
/// </summary>
internal static class DeskSetup
{
    // The API's own policy forbids every script; the desk runs only its own bundled script and style and talks only to
    // this service (no CDN, no web fonts), so 'self' is all it is allowed. blob: is the CSV it offers for download.
    private const string DeskContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary><c>/</c> answers <c>index.html</c>; every file is revalidated (its names carry no content hash).</summary>
    public static WebApplication UseDesk(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                file.Context.Response.Headers.ContentSecurityPolicy = DeskContentSecurityPolicy;
                file.Context.Response.Headers.CacheControl = "no-cache";
            },
        });
        return app;
    }
}
