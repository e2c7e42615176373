using System.Xml.Linq;
using Compare.Reports.Charts;
using Compare.Reports.Model;
using Compare.Reports.Tests.Fixtures;

namespace Compare.Reports.Tests.Charts;

public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly ReportModel Model = ReportModelBuilder.Build(PortAlderBudget.Create());

    [Fact]
    public void FindingsByOutletChart_PortAlder_IsScalableSvgNamingEveryOutletAndKind()
    {
        var svg = XElement.Parse(FindingsByOutletChart.Render(Model));

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("0 0 640 228", svg.Attribute("viewBox")!.Value);
        Assert.Null(svg.Attribute("width"));
        Assert.Equal("Findings by kind per outlet", svg.Element(Svg + "title")!.Value);
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.All(PortAlderBudget.OutletNames, n => Assert.Contains(n, texts));
        Assert.All(new[] { "agree", "differ", "omitted", "unique" }, k => Assert.Contains(k, texts));
    }

    [Fact]
    public void FindingsByOutletChart_PortAlder_LabelsEachSegmentWithItsCount()
    {
        var texts = XElement.Parse(FindingsByOutletChart.Render(Model)).Descendants(Svg + "text").Select(t => t.Value).ToList();

        // Northline: 3 agree, 6 differ, 7 omitted, 1 unique; Harbor Courier: 7 agree, 9 differ.
        Assert.All(new[] { "3", "6", "7", "1", "9" }, n => Assert.Contains(n, texts));
    }

    [Fact]
    public void Render_TwoCharts_IdsArePrefixedAndEveryReferenceResolves()
    {
        foreach (var (svgText, prefix) in new[] { (FindingsByOutletChart.Render(Model), "kinds-"), (TimelineChart.Render(Model)!, "timeline-") })
        {
            var svg = XElement.Parse(svgText);
            var ids = svg.DescendantsAndSelf().Select(e => e.Attribute("id")?.Value).OfType<string>().ToHashSet();
            var references = svg.DescendantsAndSelf().SelectMany(e => e.Attributes())
                .SelectMany(a => System.Text.RegularExpressions.Regex.Matches(a.Value, @"url\(#([^)]+)\)").Select(m => m.Groups[1].Value))
                .ToList();

            Assert.NotEmpty(ids);
            Assert.All(ids, id => Assert.StartsWith(prefix, id, StringComparison.Ordinal));
            Assert.All(references, r => Assert.Contains(r, ids));
        }
    }

    [Fact]
    public void Render_Charts_CoordinateListsHaveNoTrailingSeparators()
    {
        var svg = XElement.Parse(TimelineChart.Render(Model)!);

        Assert.All(svg.Descendants(Svg + "text").SelectMany(t => t.Attributes().Where(a => a.Name == "x" || a.Name == "y")),
            a => Assert.DoesNotMatch(@"[,\s]$|,", a.Value));
    }

    [Fact]
    public void TimelineChart_NoPublicationTimes_ReturnsNull()
    {
        var comparison = PortAlderBudget.Create();
        var model = ReportModelBuilder.Build(comparison with { Articles = comparison.Articles.Select(a => a with { PublishedAt = null }).ToList() });

        Assert.Null(TimelineChart.Render(model));
    }

    [Fact]
    public void FindingsByOutletChart_HostileOutletName_StaysText()
    {
        var svg = XElement.Parse(FindingsByOutletChart.Render(ReportModelBuilder.Build(HostileComparison.Create())));

        Assert.Contains(HostileComparison.OutletName, svg.Descendants(Svg + "text").Select(t => t.Value));
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "img" or "script" or "foreignObject");
    }

    [Fact]
    public void FontName_OnThisMachine_IsAnInstalledSansFont() =>
        Assert.Contains(SvgChart.FontName, new[] { "Liberation Sans", "Arial", "DejaVu Sans" });

}
