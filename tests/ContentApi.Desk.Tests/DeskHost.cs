using ContentApi.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ContentApi.Desk.Tests;

/// <summary>
/// The real service on a real Kestrel port over its own PostgreSQL database (the API tests' factory), with the sample
/// page loaded, and Debian's chromium driven by Playwright against it. One per test class.
/// </summary>
public sealed class DeskHost : ContentApiFactory
{
    // Debian's package; no browser can be downloaded here, so Playwright's own builds are never installed.
    private static readonly string Chromium = Environment.GetEnvironmentVariable("CONTENTAPI_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where screenshots go: CONTENTAPI_DESK_SCREENSHOTS (.ci/run keeps that folder), else beside the tests.</summary>
    public static string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("CONTENTAPI_DESK_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>A fresh browser tab (its own session storage) at a desk address such as <c>#/statistics</c>.</summary>
    public async Task<IPage> OpenAsync(string address, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{BaseUrl}/{address}");
        return page;
    }

    /// <summary>Types the write key into the desk's key box, as an editor does once per tab.</summary>
    public async Task EnterKeyAsync(IPage page)
    {
        await page.GetByLabel("API key (writes)").FillAsync(WriteKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();
        await page.GetByText("API key set for this tab").WaitForAsync();
    }

    /// <summary>axe-core on the page as it is: the serious and critical violations, each with where it was found.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
    }

    /// <summary>Saves desk-NAME.png: the whole page, or only what the window shows (a figure beside its review panel).</summary>
    public static Task ScreenshotAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"desk-{name}.png"), FullPage = fullPage });
}
