using AngleSharp.Dom;
using Compare.Reports.Tests.Fixtures;
using static Compare.Reports.Tests.Fixtures.PortAlderBudget;

namespace Compare.Reports.Tests.Html;

public sealed class HtmlReportWriterTests
{
    private static readonly IDocument Page = RenderedHtml.Parse(Create());

    [Fact]
    public void Render_PortAlder_HeaderShowsStoryOutletsTimeRangeAndComparedAt()
    {
        Assert.Equal("Port Alder city council adopts the 2027 budget", Page.QuerySelector("h1")!.TextContent);
        var meta = Page.QuerySelector("header .meta")!.TextContent;
        Assert.Contains("compared 2026-06-12 15:30 UTC", meta, StringComparison.Ordinal);
        Assert.Contains("articles 2026-06-11 08:05 UTC – 2026-06-12 14:00 UTC", meta, StringComparison.Ordinal);
        Assert.Contains("4 outlets · 19 facts", meta, StringComparison.Ordinal);
        Assert.Equal(OutletNames, Page.QuerySelectorAll("#outlets tbody th").Texts());
        Assert.Equal(["✓ 7", "≠ 9", "∅ 8", "★ 3"], Page.QuerySelectorAll("#counts .n").Texts());
    }

    [Fact]
    public void Render_PortAlder_HeaderLinksEachArticle()
    {
        var links = Page.QuerySelectorAll("#outlets tbody td a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal([HcUrl.AbsoluteUri, NnUrl.AbsoluteUri, MpUrl.AbsoluteUri, ClUrl.AbsoluteUri], links);
    }

    [Fact]
    public void Render_PortAlder_MatrixHasARowPerFactAndAColumnPerOutlet()
    {
        var header = Page.QuerySelectorAll("#matrix thead th").Texts();
        var rows = Page.QuerySelectorAll("#matrix tbody tr");

        Assert.Equal(["Fact", "Finding", .. OutletNames], header);
        Assert.Equal(19, rows.Length);
        Assert.All(rows, r => Assert.Equal(4, r.QuerySelectorAll("td.c").Length));
    }

    [Fact]
    public void Render_PortAlder_MatrixRowsMostSalientFirst()
    {
        var clusters = Page.QuerySelectorAll("#matrix tbody tr").Select(r => r.GetAttribute("data-cluster")).ToList();

        Assert.Equal(["c01", "c02", "c03", "c12"], clusters.Take(4));
        Assert.Equal("c18", clusters[^1]);
    }

    [Theory]
    [InlineData("c01", "≠≠≠≠", "cd cd+x cd cd", "differ: number")]
    [InlineData("c02", "≠≠≠≠", "cd cd+x cd cd", "differ: number")]
    [InlineData("c04", "✓∅✓✓", "ca co ca ca", "agree + omitted")]
    [InlineData("c10", "✓∅∅✓", "ca co co ca", "agree + omitted")]
    [InlineData("c15", "≠∅≠≠", "cd co cd+x cd", "differ + omitted: negation, attribution")]
    [InlineData("c18", "·★··", "cn cu cn cn", "unique")]
    public void Render_PortAlder_CellShowsStateBySymbolAndColourClass(string cluster, string symbols, string classes, string kind)
    {
        var row = Page.QuerySelector($"#matrix tr[data-cluster='{cluster}']")!;
        var cells = row.QuerySelectorAll("td.c");

        Assert.Equal(symbols, string.Concat(cells.Select(c => c.TextContent)));
        Assert.Equal(classes, string.Join(' ', cells.Select(c => string.Join('+', c.ClassList.Where(x => x != "c")))));
        Assert.Equal(kind, row.QuerySelector("td.kind")!.TextContent);
    }

    [Fact]
    public void Render_PortAlder_DifferingCellShowsValueOnHover()
    {
        var northline = Page.QuerySelectorAll("#matrix tr[data-cluster='c01'] td.c")[1];

        Assert.Equal("number: $1.24 billion", northline.GetAttribute("title"));
    }

    [Fact]
    public void Render_PortAlder_MatrixRowLinksToItsFinding()
    {
        var link = Page.QuerySelector("#matrix tr[data-cluster='c02'] th a")!;

        Assert.Equal("The council's vote count on adopting the budget", link.TextContent);
        Assert.NotNull(Page.GetElementById(link.GetAttribute("href")![1..]));
    }

    [Fact]
    public void Render_PortAlder_HeatmapShowsShareOfSharedFactsToldAlike()
    {
        // Harbor Courier and Northline both state 9 facts; they tell c03, c07, c09, c12 and c13 alike.
        var rows = Page.QuerySelectorAll("#heatmap tbody tr");
        var hcNn = rows[0].QuerySelectorAll("td")[1];

        Assert.Equal("56%5/9", hcNn.TextContent);
        Assert.Equal("—", rows[2].QuerySelectorAll("td")[2].TextContent);
        Assert.Equal(rows[1].QuerySelectorAll("td")[0].TextContent, hcNn.TextContent);
        Assert.Contains("Least in agreement: Meridian Post and Northline News, 50%", Page.QuerySelector("#agreement p")!.TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PortAlder_ChartsAreInlineSvgWithTitles()
    {
        var svgs = Page.QuerySelectorAll("#charts svg");

        Assert.Equal(["Findings by kind per outlet", "Article timeline per outlet (UTC)"], svgs.Select(s => s.GetAttribute("aria-label")));
        Assert.All(svgs, s => Assert.All(OutletNames, n => Assert.Contains(n, s.TextContent, StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_PortAlder_DifferencesListedMostSalientFirst()
    {
        var titles = Page.QuerySelectorAll("#differences article.finding h3").Texts();

        Assert.Equal(
            [
                "Total size of the fiscal 2027 budget", "The council's vote count on adopting the budget", "Date of the final budget vote",
                "The transit levy goes before voters in November", "The transit levy would raise $38 million a year",
                "The police budget adds 24 sworn officer positions", "A median-value homeowner pays about $84 more a year",
                "Whether Mayor Varga will sign the budget", "Who sponsored the library-hours amendment",
            ],
            titles);
    }

    [Fact]
    public void Render_PortAlder_DifferenceShowsEachOutletSideBySideWithValueHighlighted()
    {
        var card = Page.QuerySelector("#differences article.finding")!;
        var sides = card.QuerySelectorAll(".side");

        Assert.Equal(OutletNames, sides.Select(s => s.QuerySelector(".on")!.TextContent));
        var northline = sides[1];
        Assert.Equal("$1.24 billion", northline.QuerySelector("dd")!.TextContent);
        var mark = northline.QuerySelector("blockquote mark")!;
        Assert.Equal(("$1.24 billion", "m-number"), (mark.TextContent, mark.ClassName));
        Assert.Equal("The plan totals $1.24 billion.", northline.QuerySelector("blockquote")!.TextContent);
        Assert.Equal(NnUrl.AbsoluteUri, northline.QuerySelector("a.src")!.GetAttribute("href"));
        Assert.Equal("Number: $1.24 billion is 13% below $1.42 billion; the other figures agree within rounding.",
            card.QuerySelector("ul.expl li")!.TextContent);
    }

    [Fact]
    public void Render_PortAlder_TwoDifferingKindsHighlightBothInTheSentence()
    {
        var card = Page.QuerySelectorAll("#differences article.finding").Single(c => c.QuerySelector("h3")!.TextContent.StartsWith("Whether Mayor", StringComparison.Ordinal));
        var harbor = card.QuerySelectorAll(".side")[0];

        Assert.Equal([("said in a statement", "m-attribution"), ("she would sign it", "m-polarity")],
            harbor.QuerySelectorAll("mark").Select(m => (m.TextContent, m.ClassName!)));
        Assert.Equal(["negation", "attribution"], card.QuerySelectorAll("header .k").Texts());
    }

    [Fact]
    public void Render_PortAlder_OddOneOutIsSetApart()
    {
        var card = Page.QuerySelectorAll("#differences article.finding")[1];

        Assert.Equal([false, true, false, false], card.QuerySelectorAll(".side").Select(s => s.ClassList.Contains("odd")));
    }

    [Fact]
    public void Render_PortAlder_OmissionsPerOutletRankedBySalience()
    {
        var northline = Page.QuerySelector($"#omissions details.per[data-outlet='{Nn}']")!;
        var meridian = Page.QuerySelector($"#omissions details.per[data-outlet='{Mp}']")!;

        Assert.Equal(
            [
                "The council voted 5-4 to put the transit levy on the ballot", "The transit levy would raise $38 million a year",
                "The police budget adds 24 sworn officer positions", "Whether Mayor Varga will sign the budget",
                "The library budget rises 4.1 percent to $31 million", "The rate increase brings in $22 million a year", "The budget takes effect on July 1",
            ],
            northline.QuerySelectorAll("ol.rank a").Texts());
        Assert.Equal(
            ["Who sponsored the library-hours amendment", "The library budget rises 4.1 percent to $31 million", "The rate increase brings in $22 million a year"],
            meridian.QuerySelectorAll("ol.rank a").Texts());
        Assert.Contains("leaves out 7 facts", northline.QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Leaves out no fact", Page.QuerySelector($"#omissions details.per[data-outlet='{Hc}']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PortAlder_OmissionLinksToTheFactWithWhatOthersSay()
    {
        // c04: Harbor Courier, Meridian Post and The Civic Ledger agree; Northline leaves it out. The agreement card says both.
        var link = Page.QuerySelector($"#omissions details.per[data-outlet='{Nn}'] ol.rank a")!;
        var target = Page.GetElementById(link.GetAttribute("href")![1..])!;
        var card = target.Closest("article")!;

        Assert.Equal("∅ Left out by Northline News f005 salience 0.72", target.TextContent);
        Assert.Equal("agreements", card.Closest("section")!.Id);
        Assert.Contains("Stated alike by The Harbor Courier, Meridian Post and The Civic Ledger.", card.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, card.QuerySelectorAll("details.ev li").Length);
        Assert.Null(Page.QuerySelector("#omissions article.finding"));
    }

    [Fact]
    public void Render_OmissionWithoutStatementFinding_GetsItsOwnCardWithEvidence()
    {
        var comparison = Create();
        var page = RenderedHtml.Parse(comparison with { Findings = comparison.Findings.Where(f => !(f.ClusterId == "c10" && f.Kind == Core.Domain.FindingKind.Agree)).ToList() });
        var card = Assert.Single(page.QuerySelectorAll("#omissions article.finding"));

        Assert.Equal("The library budget rises 4.1 percent to $31 million", card.QuerySelector("h3")!.TextContent);
        Assert.Contains("Left out by Northline News and Meridian Post; stated by The Harbor Courier and The Civic Ledger.", card.TextContent,
            StringComparison.Ordinal);
        Assert.Equal(2, card.QuerySelectorAll("details.ev li").Length);
    }

    [Fact]
    public void Render_PortAlder_UniqueClaimsPerOutletQuoteTheSentence()
    {
        var ledger = Page.QuerySelector($"#unique details.per[data-outlet='{Cl}']")!;

        Assert.Equal(
            "To balance the plan, the budget draws $9.5 million from the city's rainy-day reserve, leaving the fund at 8.2 percent of general-fund spending.",
            ledger.QuerySelector("blockquote")!.TextContent);
        Assert.Equal(ClUrl.AbsoluteUri, ledger.QuerySelector("a.src")!.GetAttribute("href"));
        Assert.Equal("States nothing the others do not.", Page.QuerySelector($"#unique details.per[data-outlet='{Hc}'] p")!.TextContent);
    }

    [Fact]
    public void Render_PortAlder_EvidenceOpensInPlaceWithSentenceOffsetsAndLinks()
    {
        var comparison = Create();
        var finding = comparison.Findings.Single(f => f.ClusterId == "c07");
        var details = Page.GetElementById(finding.Id)!.QuerySelector("details.ev")!;

        Assert.False(details.HasAttribute("open"));
        Assert.Equal("Evidence: 4 sentences from 4 outlets", details.QuerySelector("summary")!.TextContent);
        var items = details.QuerySelectorAll("li");
        Assert.Equal(finding.Evidence.Select(e => e.Sentence), items.Select(i => i.QuerySelector("q")!.TextContent));
        Assert.Equal(finding.Evidence.Select(e => $"chars {e.Start}–{e.Start + e.Length}"), items.Select(i => i.QuerySelector(".off")!.TextContent));
        Assert.Equal([HcUrl.AbsoluteUri, NnUrl.AbsoluteUri, MpUrl.AbsoluteUri, ClUrl.AbsoluteUri], items.Select(i => i.QuerySelector("a")!.GetAttribute("href")));
    }

    [Fact]
    public void Render_PortAlder_MethodNoteFromTheComparison()
    {
        var method = Page.GetElementById("method")!;

        Assert.Equal(["compare-engine 0.1.0", "all-MiniLM-L6-v2 (384 dimensions)", "pair judge 2026.06 (ML.NET)"], method.QuerySelectorAll("dd").Texts());
        Assert.Contains("Figures are compared as quantities with units", method.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PortAlder_EverySectionCollapses()
    {
        var sections = Page.QuerySelectorAll("main > section.sec");

        Assert.Equal(["coverage", "agreement", "charts", "differences", "omissions", "unique", "agreements", "method"], sections.Select(s => s.Id));
        Assert.All(sections, s => Assert.Equal("DETAILS", s.FirstElementChild!.TagName));
    }

    [Fact]
    public void Render_PortAlder_IsSelfContained()
    {
        Assert.Empty(Page.QuerySelectorAll("[src]"));
        Assert.Equal(["data:,"], Page.QuerySelectorAll("link").Select(l => l.GetAttribute("href")));
        var style = Assert.Single(Page.QuerySelectorAll("style")).TextContent;
        Assert.DoesNotContain("url(", style, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", style, StringComparison.Ordinal);
        Assert.All(Page.QuerySelectorAll("svg *"), e => Assert.False(e.HasAttribute("href") || e.HasAttribute("xlink:href")));
    }

    [Fact]
    public void Render_PortAlder_ContentSecurityPolicyAllowsOnlyTheInlineScriptByHash()
    {
        var csp = Page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        var script = Assert.Single(Page.QuerySelectorAll("script")).TextContent;
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)));

        Assert.StartsWith("default-src 'none';", csp, StringComparison.Ordinal);
        Assert.Contains($"script-src 'sha256-{hash}'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileText_IsShownAsTextAndNeverRunsOrLinks()
    {
        var page = RenderedHtml.Parse(HostileComparison.Create());

        Assert.Single(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.Empty(page.QuerySelectorAll("blockquote b, mark b, header i"));
        Assert.Equal(HostileComparison.Label, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(HostileComparison.Label + " · Compare report", page.Title);
        Assert.Contains(HostileComparison.OutletName, page.QuerySelectorAll("#matrix thead th").Texts());
        Assert.Equal(HostileComparison.Sentence, page.QuerySelector("#differences .side blockquote")!.TextContent);
        Assert.Equal("<b>budget</b>", page.QuerySelector("#differences .side mark")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript']"));
        Assert.Equal("https://evil.example/a?x=1&y=%222%22", page.QuerySelector("#outlets tbody td a")!.GetAttribute("href"));
    }

    [Fact]
    public void Render_LargeStory_MatrixHasAllRowsAndColumnsAndFileStaysUnder5MB()
    {
        var html = ReportRenderer.Render(LargeComparison.Create(), ReportFormat.Html);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Equal(22, page.QuerySelectorAll("#matrix thead th").Length);
        Assert.Equal(500, page.QuerySelectorAll("#matrix tbody tr").Length);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(html) < 5 * 1024 * 1024, $"{System.Text.Encoding.UTF8.GetByteCount(html)} bytes");
        Assert.Contains("many", page.QuerySelector("#matrix")!.ClassList);
        Assert.False(page.QuerySelector("#agreements > details")!.HasAttribute("open"));
    }
}
