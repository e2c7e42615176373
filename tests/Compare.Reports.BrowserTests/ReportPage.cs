using Microsoft.Playwright;

namespace Compare.Reports.BrowserTests;

/// <summary>A report opened from a file:// URL, with every request and every console error the page caused.</summary>
internal sealed class ReportPage : IAsyncDisposable
{
    private readonly IBrowserContext context;

    private ReportPage(IBrowserContext context, IPage page, Uri url)
    {
        this.context = context;
        Page = page;
        Url = url;
    }

    public IPage Page { get; }

    public Uri Url { get; }

    public List<string> Requests { get; } = [];

    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Writes the HTML to a file in a fresh folder and opens it.</summary>
    public static async Task<ReportPage> OpenAsync(IBrowser browser, string html, string name)
    {
        var folder = Directory.CreateTempSubdirectory("compare-report-");
        var file = Path.Combine(folder.FullName, name);
        await File.WriteAllTextAsync(file, html, TestContext.Current.CancellationToken);
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1360, Height = 900 } });
        var page = await context.NewPageAsync();
        var report = new ReportPage(context, page, new Uri(file));
        page.Request += (_, request) => report.Requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                report.ConsoleErrors.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => report.ConsoleErrors.Add($"page error: {error}");
        await page.GotoAsync(report.Url.AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
        return report;
    }

    /// <summary>Saves a screenshot under the test output's TestResults/screenshots and attaches it to the test result.</summary>
    public async Task<string> ScreenshotAsync(string name, bool fullPage)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        var bytes = await Page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        TestContext.Current.AddAttachment(name, bytes, "image/png");
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await context.DisposeAsync();
        File.Delete(Url.LocalPath);
        Directory.Delete(Path.GetDirectoryName(Url.LocalPath)!);
    }
}
