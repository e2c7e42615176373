using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Claims;

/// <summary>
/// How much a sentence states a checkable fact, 0..1: the logistic of a sum of explainable weights. A plain declarative
/// sentence starts a little above the default threshold (a factual sentence without figures is a claim); figures, dates,
/// named actors and an attribution raise it; questions, commands, headings, page junk, the outlet's own "we"/"you" and words
/// of opinion lower it. The weights are set by hand, leaning to keep: a missed claim costs more than a kept opinion.
/// </summary>
internal static class CheckWorthinessScorer
{
    private const double Bias = 0.4;

    public static CheckWorthiness Score(SentenceText sentence, ClaimSlots slots)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(slots);
        var text = sentence.Text;
        var tokens = sentence.Tokens;
        var features = new List<CheckWorthinessFeature> { new("base", Bias) };
        var words = SentenceShape.Words(tokens);
        var terminal = SentenceShape.HasTerminal(text);

        if (SentenceShape.LetterShare(text) < 0.5)
        {
            features.Add(new("not prose", -4.0));
        }

        if (words < 3)
        {
            features.Add(new("very short", -2.0, $"{words} words"));
        }
        else if (words < 5)
        {
            features.Add(new("short", -0.5, $"{words} words"));
        }
        else if (words >= 8)
        {
            features.Add(new("full sentence", 0.3, $"{words} words"));
        }

        if (words > 90)
        {
            features.Add(new("run-on", -0.8, $"{words} words"));
        }

        if (!terminal)
        {
            features.Add(new("no end mark", -1.5));
            if (words >= 3 && SentenceShape.IsTitleCase(tokens))
            {
                features.Add(new("title case", -2.5));
            }

            if (SentenceShape.StartsWithWh(tokens))
            {
                features.Add(new("headline question", -1.0));
            }
        }

        if (SentenceShape.IsQuestion(text))
        {
            features.Add(new("question", -3.5));
        }

        if (PageJunk.Meta().Match(text) is { Success: true } meta)
        {
            features.Add(new("about the article", -1.0, meta.Value.Trim()));
        }

        if (PageJunk.Pattern().Match(text) is { Success: true } junk && !Quoted(tokens, junk.Index, junk.Index + junk.Length))
        {
            features.Add(new("page junk", -6.0, junk.Value.Trim()));
        }
        else if (PageJunk.Byline().IsMatch(text))
        {
            features.Add(new("byline", -6.0));
        }

        if (SentenceShape.Imperative(tokens) is { } verb)
        {
            features.Add(new("imperative", -2.5, verb));
        }

        var (first, second) = SentenceShape.Persons(tokens);
        if (second is not null)
        {
            features.Add(new("second person", -0.8, second));
        }

        if (first is not null)
        {
            features.Add(new("first person", -0.6, first));
        }

        var opinions = Opinion.Pattern().Matches(text);
        if (opinions.Count > 0)
        {
            features.Add(new("opinion", -0.4 * Math.Min(2, opinions.Count), opinions[0].Value));
        }

        if (slots.Quantities.Count > 0)
        {
            features.Add(new("figures", 0.7 * Math.Min(2, slots.Quantities.Count), slots.Quantities[0].Text));
        }

        if (slots.Dates.Count > 0)
        {
            features.Add(new("dates", 0.5, slots.Dates[0].Text));
        }

        var actors = slots.Entities.Select(e => e.Canonical).Distinct(StringComparer.Ordinal).Count();
        if (actors > 0)
        {
            features.Add(new("named actors", 0.4 * Math.Min(3, actors), slots.Entities[0].Canonical));
        }

        if (slots.Attribution is { } a)
        {
            features.Add(new("attribution", 0.6, a.Cue));
        }

        var z = features.Sum(f => f.Weight);
        return new CheckWorthiness(1 / (1 + Math.Exp(-z)), features);
    }

    /// <summary>
    /// Whether every word of the span [start, end) is inside quotation marks: a speaker's "tell us where the money went" is
    /// what someone said, not the page asking its reader.
    /// </summary>
    private static bool Quoted(IReadOnlyList<Token> tokens, int start, int end)
    {
        var inside = Quotes.Inside(tokens);
        var any = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && tokens[i].Start >= start && tokens[i].End <= end)
            {
                if (!inside[i])
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }
}
