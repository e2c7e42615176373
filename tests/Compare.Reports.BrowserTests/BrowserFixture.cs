using Microsoft.Playwright;

namespace Compare.Reports.BrowserTests;

/// <summary>
/// One headless Chromium for the whole run: Debian's <c>/usr/bin/chromium</c> (installed by .ci/run), never a downloaded
/// browser. When it is missing, <see cref="Browser"/> is null and <see cref="Unavailable"/> says why.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The system browser; override with COMPARE_CHROMIUM.</summary>
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("COMPARE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser? Browser { get; private set; }

    public string? Unavailable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Unavailable = $"Chromium not found at {ExecutablePath}: install Debian's chromium (apt-get install chromium fonts-liberation) "
                + "or set COMPARE_CHROMIUM to a Chromium binary.";
            return;
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // The resolver rule stops Chromium's own background look-ups, so any request seen is the page's.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    /// <summary>The browser, or: in CI (CI=true) a failure, elsewhere a skip, each naming what is missing.</summary>
    public IBrowser Require()
    {
        if (Browser is not null)
        {
            return Browser;
        }

        if (Environment.GetEnvironmentVariable("CI") is { } ci && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1"))
        {
            Assert.Fail($"The browser test must run in CI. {Unavailable}");
        }

        Assert.Skip(Unavailable ?? "Chromium unavailable.");
        return null!;
    }
}
