using Compare.Core.Domain;
using static Compare.Reports.Tests.Fixtures.ComparisonBuilder;

namespace Compare.Reports.Tests.Fixtures;

/// <summary>A comparison whose text tries to break out of every context a report writes it in.</summary>
internal static class HostileComparison
{
    public const string Label = "</script><script>alert('label')</script> & \"quotes\"";
    public const string OutletName = "Evil \"Outlet\" <img src=x onerror=alert(1)>";
    public const string Sentence = "The <b>budget</b> is </textarea><script>alert(2)</script> | pipes | and **stars** & \"quotes\" = 'fine'.";
    public const string Summary = "=HYPERLINK(\"http://evil.example\",\"click\")";
    public const string Formula = "=1+2";
    public static Uri ScriptUrl { get; } = new("javascript:alert(3)");

    public static Comparison Create()
    {
        var b = new ComparisonBuilder("hostile", Label, DateTimeOffset.Parse("2026-01-02T03:04:05Z", System.Globalization.CultureInfo.InvariantCulture))
            .Outlet("evil", OutletName, "https://evil.example/", "https://evil.example/a?x=1&y=\"2\"", "<i>title</i>", null)
            .Outlet("plain", "Plain", "https://plain.example/", "https://plain.example/a", "Plain title", null);
        b.Differ("c1", Summary, 0.9,
            [new("evil", Sentence), new("plain", "The budget is fine.", 1)],
            [Diff(DifferenceKind.Number, "<script>alert(4)</script>", Value("evil", "-5 + 3", "<b>budget</b>"), Value("plain", "@sum", "budget"))]);
        b.Unique("c2", "+cmd|' /C calc'!A0", 0.5, new("plain", Formula));
        var comparison = b.Build();
        var articles = comparison.Articles.Select(a => a.OutletId == "plain" ? a with { Url = ScriptUrl } : a).ToList();
        var findings = comparison.Findings.Select(f => f with
        {
            Evidence = f.Evidence.Select(e => e.OutletId == "plain" ? e with { Url = ScriptUrl } : e).ToList(),
        }).ToList();
        return comparison with
        {
            Articles = articles,
            Findings = findings,
            Method = new ComparisonMethod("<script>x</script>", "e", "p", ["- a note that looks like a list", "1. and one like an ordered list"]),
        };
    }
}
