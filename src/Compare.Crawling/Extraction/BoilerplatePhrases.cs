using System.Text.RegularExpressions;

namespace Compare.Crawling.Extraction;

/// <summary>Short lines that are chrome wherever they stand: calls to action, section labels of link lists, bylines, datelines.</summary>
internal static partial class BoilerplatePhrases
{
    /// <summary>A short block (up to a dozen words) that is a call to action or a label of a promo box.</summary>
    public static bool IsChromeLine(string text) => text.Length < 120 && ChromeLine().IsMatch(text);

    /// <summary>A heading that introduces a box of links or a sign-up (<c>Related coverage</c>, <c>More from X</c>).</summary>
    public static bool IsChromeHeading(string text) => text.Length < 80 && ChromeHeading().IsMatch(text);

    /// <summary>A byline (<c>By Maren Okafor</c>) or a bare date/time line.</summary>
    public static bool IsBylineOrDate(string text) => text.Length < 160 && (Byline().IsMatch(text) || DateLine().IsMatch(text));

    /// <summary>A note about the author (<c>Jane Doe is a staff writer at X.</c>), as sites print under an article.</summary>
    public static bool IsAuthorBio(string text, string? byline)
    {
        if (text.Length > 400)
        {
            return false;
        }

        var firstAuthor = byline?.Split([',', '&'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim();
        if (firstAuthor is { Length: > 3 } && text.StartsWith(firstAuthor + " is ", StringComparison.Ordinal))
        {
            return true;
        }

        return AuthorBio().IsMatch(text);
    }

    [GeneratedRegex(
        @"^(\p{Lu}[\p{L}'’.-]+\s){1,3}(is|was|has been)\s(a|an|the)\b.{0,80}?\b(writer|reporter|correspondent|editor|journalist|columnist|contributor|author|producer|photographer|critic|fellow)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AuthorBio();

    [GeneratedRegex(
        @"^(advertisement|advertising|sponsored( content)?|ad|read (more|next|also)|see also|related( stories| coverage| articles| content| links)?|" +
        @"share( this( story| article| post)?| on \w+| by email)?|sign up|subscribe|follow us|(image|photo|video) (caption|credit)|(photo|image|video|watch|listen)\s*:|" +
        @"copyright|©|all rights reserved|skip to|jump to|print|email|continue reading|click here|tap here|" +
        @"recommended|most (read|popular|viewed|shared)|trending|top stories|more (stories|from|on this)|you (may|might) also like|" +
        @"about the author|comments?|leave a (reply|comment)|topics?\s*:|tags?\s*:|filed under|\d+ min(ute)?s? read)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeLine();

    [GeneratedRegex(
        @"^(related|more (from|on|stories|news)|read (more|next|also)|see also|most (read|popular|viewed)|recommended|trending|top stories|" +
        @"you (may|might) also like|about the author|share|sign up|subscribe|newsletter|follow|latest|popular|comments?|leave a reply|" +
        @"what to read next|editors'? picks)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeHeading();

    [GeneratedRegex(@"^(by|posted by|written by|words by|von|par|por)\s+\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){0,3}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){0,3})*\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(
        @"^((updated|published|posted( on)?|last updated)\s*:?\s*)?((mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?" +
        @"(\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})([,\s]+(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*\p{Lu}{2,4})?)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();
}
