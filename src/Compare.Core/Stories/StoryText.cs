using Compare.Core.Domain;

namespace Compare.Core.Stories;

/// <summary>The parts of an article that say what it is about: its title and its lead.</summary>
public static class StoryText
{
    /// <summary>Characters of the lead: the first paragraphs up to about this many (a news lead is one to three paragraphs).</summary>
    public const int LeadCharacters = 600;

    /// <summary>Characters of body text read for terms beyond the lead.</summary>
    public const int BodyCharacters = 2400;

    /// <summary>Title and lead, as one text to embed.</summary>
    public static string TitleAndLead(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Title.Trim() + ".\n" + Lead(article.Text, LeadCharacters);
    }

    /// <summary>Whole paragraphs from the start of <paramref name="text"/> until at least <paramref name="characters"/> are taken.</summary>
    public static string Lead(string text, int characters)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= characters)
        {
            return text;
        }

        var end = text.IndexOf("\n\n", characters, StringComparison.Ordinal);
        // A very long first paragraph is cut at the next sentence end, or at the limit.
        if (end < 0 || end > characters * 2)
        {
            var stop = text.IndexOf(". ", characters, StringComparison.Ordinal);
            end = stop < 0 || stop > characters * 2 ? characters : stop + 1;
        }

        return text[..end];
    }
}
