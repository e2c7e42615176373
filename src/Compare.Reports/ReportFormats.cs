using System.Diagnostics.CodeAnalysis;

namespace Compare.Reports;

/// <summary>Names, file extensions and media types of the report formats.</summary>
public static class ReportFormats
{
    /// <summary>The names <see cref="Parse"/> accepts, in the order a help text should list them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["html", "md", "markdown", "json", "csv"];

    /// <summary>Parses a format name: <c>md</c> or <c>markdown</c>, <c>html</c>, <c>json</c>, <c>csv</c> (any case, surrounding spaces ignored).</summary>
    /// <exception cref="ArgumentException">The name is empty or names no format; the message lists the accepted names.</exception>
    public static ReportFormat Parse(string name)
    {
        if (TryParse(name, out var format))
        {
            return format;
        }

        var shown = string.IsNullOrWhiteSpace(name) ? "an empty name" : $"'{name}'";
        throw new ArgumentException(
            $"Unknown report format {shown}: use one of html, md (or markdown), json, csv.", nameof(name));
    }

    /// <summary>Parses a format name like <see cref="Parse"/>, without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out ReportFormat format)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "MD" or "MARKDOWN":
                format = ReportFormat.Markdown;
                return true;
            case "HTML" or "HTM":
                format = ReportFormat.Html;
                return true;
            case "JSON":
                format = ReportFormat.Json;
                return true;
            case "CSV":
                format = ReportFormat.Csv;
                return true;
            default:
                format = default;
                return false;
        }
    }

    /// <summary>The usual file extension, with its dot: <c>.md</c>, <c>.html</c>, <c>.json</c>, <c>.csv</c>.</summary>
    public static string FileExtension(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => ".md",
        ReportFormat.Html => ".html",
        ReportFormat.Json => ".json",
        ReportFormat.Csv => ".csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>The media type to serve the format with (UTF-8).</summary>
    public static string MediaType(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => "text/markdown; charset=utf-8",
        ReportFormat.Html => "text/html; charset=utf-8",
        ReportFormat.Json => "application/json; charset=utf-8",
        ReportFormat.Csv => "text/csv; charset=utf-8; header=present",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };
}
