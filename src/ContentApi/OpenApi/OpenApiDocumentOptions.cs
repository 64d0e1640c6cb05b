namespace ContentApi.OpenApi;

/// <summary>What the OpenAPI document says about where and by whom the API is served (section <c>OpenApi</c>).</summary>
public sealed class OpenApiDocumentOptions
{
    public const string SectionName = "OpenApi";

    /// <summary>The API's public base URLs (behind a load balancer, its address); empty: the address the document was fetched from.</summary>
    public string[] Servers { get; set; } = [];

    public string? ContactName { get; set; }

    public string? ContactUrl { get; set; }

    public string? ContactEmail { get; set; }

    public string? LicenseName { get; set; }

    /// <summary>Where the licence is stated; empty: the first server's address, whose operator sets the terms.</summary>
    public string? LicenseUrl { get; set; }
}
