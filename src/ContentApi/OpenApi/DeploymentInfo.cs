using Microsoft.OpenApi;

namespace ContentApi.OpenApi;

/// <summary>
/// Fills what only the deployment knows into the served document, as it is served: the servers (from
/// configuration, else the address the client used, so a generated client calls the instance it was made from), the
/// contact and the licence.
/// </summary>
internal static class DeploymentInfo
{
    public static void Apply(OpenApiDocument document, HttpRequest request, OpenApiDocumentOptions options)
    {
        var servers = options.Servers.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.TrimEnd('/')).ToList();
        if (servers.Count == 0)
        {
            servers.Add($"{request.Scheme}://{request.Host}{request.PathBase}");
        }

        document.Servers = servers.Select(url => new OpenApiServer { Url = url }).ToList();
        document.Info.Contact = new OpenApiContact
        {
            Name = options.ContactName,
            Url = Uri(options.ContactUrl),
            Email = string.IsNullOrWhiteSpace(options.ContactEmail) ? null : options.ContactEmail,
        };
        document.Info.License = new OpenApiLicense
        {
            Name = options.LicenseName ?? "Proprietary",
            Url = Uri(options.LicenseUrl) ?? new Uri(servers[0]),
        };
    }

    private static Uri? Uri(string? value) => string.IsNullOrWhiteSpace(value) ? null : new Uri(value, UriKind.RelativeOrAbsolute);
}
