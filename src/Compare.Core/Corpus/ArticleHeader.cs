using System.Collections.Frozen;
using System.Globalization;

namespace Compare.Core.Corpus;

/// <summary>
/// The header a plain-text article file may open with (the format of the training stories under <c>seeds/training</c>):
/// lines <c>key: value</c> with keys from <see cref="Keys"/>, a blank line, then the body.
/// </summary>
/// <param name="Fields">Values by lower-case key.</param>
/// <param name="BodyStart">Index of the body's first character in the text the header was read from.</param>
public sealed record ArticleHeader(IReadOnlyDictionary<string, string> Fields, int BodyStart)
{
    /// <summary>The keys a header may use.</summary>
    public static readonly FrozenSet<string> Keys = FrozenSet.Create(StringComparer.Ordinal, "title", "published", "url", "outlet", "byline", "language");

    /// <summary>The title, or null when the header has none.</summary>
    public string? Title => Value("title");

    /// <summary>
    /// The header at the start of <paramref name="text"/> (line breaks as <c>\n</c>), or null when the text does not open
    /// with one: each line before the first blank line must be one known key, a colon and a value, so a first paragraph
    /// that merely contains a colon is never taken for a header.
    /// </summary>
    public static ArticleHeader? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (split <= 0)
        {
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text[..split].Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? line[..colon].Trim().ToLowerInvariant() : string.Empty;
            if (!Keys.Contains(key) || !fields.TryAdd(key, line[(colon + 1)..].Trim()))
            {
                return null;
            }
        }

        return new ArticleHeader(fields, split + 2);
    }

    /// <summary>The value of <paramref name="key"/>, or null when the header lacks it or leaves it empty.</summary>
    public string? Value(string key) => Fields.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

    /// <summary>
    /// The published time (ISO 8601; UTC when it names no offset): null when the header has none, false when it has one
    /// that is not a time.
    /// </summary>
    public bool TryGetPublished(out DateTimeOffset? published)
    {
        published = null;
        if (Value("published") is not { } when)
        {
            return true;
        }

        if (!DateTimeOffset.TryParse(when, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        published = parsed;
        return true;
    }
}
