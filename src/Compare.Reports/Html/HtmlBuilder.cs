using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Compare.Reports.Text;

namespace Compare.Reports.Html;

/// <summary>
/// Appends HTML to a buffer; every piece of text from a comparison goes through <see cref="Text"/> or <see cref="Attr"/>,
/// which encode it. Hand-written rather than a template engine: the page is one fixed layout, and a template library
/// would add a dependency and a second escaping convention for no gain.
/// </summary>
internal sealed class HtmlBuilder
{
    // Encodes the HTML-sensitive characters (< > & " ' +) and keeps other letters as they are, so non-English text stays readable.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder buffer;

    public HtmlBuilder(int capacity = 64 * 1024) => buffer = new StringBuilder(capacity);

    /// <summary>Encodes text for an element's content or an attribute value.</summary>
    public static string Attr(string? value) => string.IsNullOrEmpty(value) ? string.Empty : Encoder.Encode(value);

    /// <summary>Appends markup as is: only for constant markup of this assembly.</summary>
    public HtmlBuilder Raw(string html)
    {
        buffer.Append(html);
        return this;
    }

    /// <summary>Appends encoded text.</summary>
    public HtmlBuilder Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            buffer.Append(Encoder.Encode(text));
        }

        return this;
    }

    /// <summary>Appends an integer.</summary>
    public HtmlBuilder Number(int value)
    {
        buffer.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Appends <c>&lt;tag class="cls"&gt;text&lt;/tag&gt;</c>.</summary>
    public HtmlBuilder Element(string tag, string? cls, string? text)
    {
        Open(tag, cls);
        Text(text);
        return Close(tag);
    }

    /// <summary>Appends an opening tag with an optional class and id.</summary>
    public HtmlBuilder Open(string tag, string? cls = null, string? id = null)
    {
        buffer.Append('<').Append(tag);
        if (id is not null)
        {
            buffer.Append(" id=\"").Append(Attr(id)).Append('"');
        }

        if (cls is not null)
        {
            buffer.Append(" class=\"").Append(cls).Append('"');
        }

        buffer.Append('>');
        return this;
    }

    /// <summary>Appends a closing tag.</summary>
    public HtmlBuilder Close(string tag)
    {
        buffer.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>A link that opens the source in a new tab; plain text when the URL is not http, https or file.</summary>
    public HtmlBuilder Link(Uri? url, string text, string? cls = null)
    {
        if (!ReportText.IsLinkable(url))
        {
            return Element("span", cls, text);
        }

        buffer.Append("<a");
        if (cls is not null)
        {
            buffer.Append(" class=\"").Append(cls).Append('"');
        }

        buffer.Append(" href=\"").Append(Attr(url!.AbsoluteUri)).Append("\" target=\"_blank\" rel=\"noopener\">");
        return Text(text).Close("a");
    }

    public override string ToString() => buffer.ToString();
}
