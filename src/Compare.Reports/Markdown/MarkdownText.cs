using System.Text;
using Compare.Reports.Text;

namespace Compare.Reports.Markdown;

/// <summary>Escaping for text from a comparison inside Markdown: nothing it contains becomes markup, HTML or a table break.</summary>
internal static class MarkdownText
{
    // Characters that start markup anywhere in a line; the rest of ASCII punctuation is left alone so the text stays readable.
    private const string Special = "\\`*_[]<>|~&#";

    /// <summary>Escapes inline text and turns line breaks into spaces, so it stays in its line, list item or table cell.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            if (ch is '\r' or '\n' or '\t')
            {
                sb.Append(' ');
            }
            else if (Special.Contains(ch, StringComparison.Ordinal))
            {
                sb.Append('\\').Append(ch);
            }
            else
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    /// <summary>Escapes text that starts a line: also a leading list, heading-underline or ordered-list marker.</summary>
    public static string EscapeBlock(string? text)
    {
        var escaped = Escape(text);
        if (escaped.Length > 0 && escaped[0] is '-' or '+' or '=')
        {
            return "\\" + escaped;
        }

        var digits = escaped.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && digits < escaped.Length && escaped[digits] is '.' or ')' ? $"{escaped[..digits]}\\{escaped[digits..]}" : escaped;
    }

    /// <summary>A link when the URL is http, https or file, else the escaped text.</summary>
    public static string Link(string text, Uri? url) =>
        ReportText.IsLinkable(url) ? $"[{Escape(text)}](<{url!.AbsoluteUri.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)}>)" : Escape(text);

    /// <summary>A sentence with the differing values in bold.</summary>
    public static string Highlighted(IEnumerable<TextSegment> segments) =>
        string.Concat(segments.Select(s => s.Kind is null ? Escape(s.Text) : $"**{Escape(s.Text)}**"));
}
