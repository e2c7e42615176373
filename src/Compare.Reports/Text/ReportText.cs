using System.Globalization;
using Compare.Core.Domain;
using Compare.Reports.Model;

namespace Compare.Reports.Text;

/// <summary>The words, symbols and number formats all report formats share.</summary>
internal static class ReportText
{
    /// <summary>The coverage states a matrix legend lists, in order.</summary>
    public static IReadOnlyList<CoverageState> LegendStates { get; } =
        [CoverageState.Agree, CoverageState.Differ, CoverageState.Omitted, CoverageState.Unique, CoverageState.NotStated];

    /// <summary>The symbol of a coverage state: the matrix stays readable without colour.</summary>
    public static string Symbol(CoverageState state) => state switch
    {
        CoverageState.Agree => "✓",
        CoverageState.Differ => "≠",
        CoverageState.Omitted => "∅",
        CoverageState.Unique => "★",
        _ => "·",
    };

    /// <summary>The word for a coverage state ("agrees").</summary>
    public static string Describe(CoverageState state) => state switch
    {
        CoverageState.Agree => "agrees",
        CoverageState.Differ => "differs",
        CoverageState.Omitted => "leaves it out",
        CoverageState.Unique => "only outlet to state it",
        _ => "does not state it",
    };

    /// <summary>The short name of a coverage state ("agree").</summary>
    public static string Name(CoverageState state) => state switch
    {
        CoverageState.Agree => "agree",
        CoverageState.Differ => "differ",
        CoverageState.Omitted => "omitted",
        CoverageState.Unique => "unique",
        _ => "not stated",
    };

    /// <summary>The short name of a finding kind ("differ").</summary>
    public static string Name(FindingKind kind) => kind switch
    {
        FindingKind.Agree => "agree",
        FindingKind.Differ => "differ",
        FindingKind.Omitted => "omitted",
        _ => "unique",
    };

    /// <summary>A reader's name for a difference kind ("negation" for polarity).</summary>
    public static string Name(DifferenceKind kind) => kind.ReaderName();

    /// <summary>The same with a capital letter.</summary>
    public static string Title(DifferenceKind kind)
    {
        var name = Name(kind);
        return string.Concat(char.ToUpperInvariant(name[0]).ToString(), name[1..]);
    }

    /// <summary>A CSS-safe token for a difference kind.</summary>
    public static string Token(DifferenceKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>"2026-06-11 08:05 UTC".</summary>
    public static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>"0.85".</summary>
    public static string Score(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"83%".</summary>
    public static string Percent(double rate) => rate.ToString("0%", CultureInfo.InvariantCulture);

    /// <summary>"1 fact", "3 facts".</summary>
    public static string Count(int n, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? singular : plural)}");

    /// <summary>The time range of the articles, or a note that no article says when it was published.</summary>
    public static string TimeRange(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return (model.FirstPublished, model.LastPublished) switch
        {
            ({ } first, { } last) when first == last => Time(first),
            ({ } first, { } last) => $"{Time(first)} – {Time(last)}",
            _ => "no publication times known",
        };
    }

    /// <summary>True when a link to the URL is safe to put in a report: http, https or file.</summary>
    public static bool IsLinkable(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeFile);
}
