using Compare.Reports.Tests.Fixtures;
using Microsoft.Playwright;

namespace Compare.Reports.BrowserTests;

[Collection(SharedBrowser.Name)]
public sealed class ReportInBrowserTests(BrowserFixture browser)
{
    private static readonly string[] ExpectedDifferences =
    [
        "Total size of the fiscal 2027 budget", "The council's vote count on adopting the budget", "Date of the final budget vote",
        "The transit levy goes before voters in November", "The transit levy would raise $38 million a year",
        "The police budget adds 24 sworn officer positions", "A median-value homeowner pays about $84 more a year",
        "Whether Mayor Varga will sign the budget", "Who sponsored the library-hours amendment",
    ];

    [Fact]
    public async Task PortAlderReport_OpenedFromFile_ShowsMatrixAndDifferencesWithoutErrorsOrRequests()
    {
        await using var report = await ReportPage.OpenAsync(browser.Require(), ReportRenderer.Render(PortAlderBudget.Create(), ReportFormat.Html),
            "port-alder-budget.html");
        var page = report.Page;

        Assert.Equal(["Fact", "Finding", .. PortAlderBudget.OutletNames], await page.Locator("#matrix thead th").AllInnerTextsAsync());
        Assert.Equal(19, await page.Locator("#matrix tbody tr").CountAsync());
        Assert.Equal(19 * 4, await page.Locator("#matrix tbody td.c").CountAsync());
        Assert.Equal("✓∅✓✓", string.Concat(await page.Locator("#matrix tr[data-cluster='c04'] td.c").AllInnerTextsAsync()));
        Assert.Equal(ExpectedDifferences, await page.Locator("#differences article.finding h3").AllInnerTextsAsync());
        Assert.Equal("$1.24 billion", await page.Locator("#differences article.finding").First.Locator(".side[data-outlet='northline-news'] mark").InnerTextAsync());
        Assert.True(await page.Locator("#charts svg").First.IsVisibleAsync());

        await report.ScreenshotAsync("port-alder-budget.png", fullPage: true);
        Assert.Empty(report.ConsoleErrors);
        Assert.Equal([report.Url.AbsoluteUri], report.Requests);
    }

    [Fact]
    public async Task PortAlderReport_EvidenceSummaryClicked_OpensInPlace()
    {
        await using var report = await ReportPage.OpenAsync(browser.Require(), ReportRenderer.Render(PortAlderBudget.Create(), ReportFormat.Html),
            "port-alder-evidence.html");
        var details = report.Page.Locator("#agreements article.finding details.ev").First;
        var firstSentence = details.Locator("li q").First;

        Assert.False(await firstSentence.IsVisibleAsync());
        await details.Locator("summary").ClickAsync();

        Assert.True(await details.EvaluateAsync<bool>("d => d.open"));
        Assert.True(await firstSentence.IsVisibleAsync());
        Assert.Equal(
            "To balance it, the council approved a 2.9 percent increase in the property-tax rate, the first rate increase since 2021.",
            await firstSentence.InnerTextAsync());
        await details.ScrollIntoViewIfNeededAsync();
        await report.ScreenshotAsync("port-alder-evidence-open.png", fullPage: false);
        Assert.Empty(report.ConsoleErrors);
    }

    [Fact]
    public async Task PortAlderReport_CollapseAllThenOmissionLinkFollowed_RevealsTheOmittedFact()
    {
        await using var report = await ReportPage.OpenAsync(browser.Require(), ReportRenderer.Render(PortAlderBudget.Create(), ReportFormat.Html),
            "port-alder-links.html");
        var page = report.Page;

        await page.Locator("button[data-toggle='close']").ClickAsync();
        Assert.False(await page.Locator("#matrix").IsVisibleAsync());
        await page.Locator("button[data-toggle='open']").ClickAsync();
        var link = page.Locator("#omissions details.per[data-outlet='northline-news'] ol.rank a").First;
        var target = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();

        Assert.True(await page.Locator(target).IsVisibleAsync());
        Assert.Contains("Left out by Northline News", await page.Locator(target).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(report.ConsoleErrors);
    }

    [Fact]
    public async Task LargeReport_20OutletsBy500Facts_LoadsWholeWithoutErrors()
    {
        await using var report = await ReportPage.OpenAsync(browser.Require(), ReportRenderer.Render(LargeComparison.Create(), ReportFormat.Html),
            "large-story.html");
        var page = report.Page;

        Assert.Equal(22, await page.Locator("#matrix thead th").CountAsync());
        Assert.Equal(500, await page.Locator("#matrix tbody tr").CountAsync());
        await report.ScreenshotAsync("large-story.png", fullPage: false);
        Assert.Empty(report.ConsoleErrors);
        Assert.Equal([report.Url.AbsoluteUri], report.Requests);
    }

    [Fact]
    public async Task PortAlderReport_PrintMedia_ShowsEverySectionOpen()
    {
        await using var report = await ReportPage.OpenAsync(browser.Require(), ReportRenderer.Render(PortAlderBudget.Create(), ReportFormat.Html),
            "port-alder-print.html");
        var page = report.Page;
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator("nav.toc").IsVisibleAsync());
        Assert.True(await page.Locator("#agreements article.finding details.ev li q").First.IsVisibleAsync());
        await report.ScreenshotAsync("port-alder-print.png", fullPage: true);
    }
}
