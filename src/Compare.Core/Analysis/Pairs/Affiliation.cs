using System.Buffers;
using System.Text.RegularExpressions;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// The organisation a credited person speaks for, as the sentence gives it: "Mirela Ostan, regional secretary of the
/// Lannoric Union of Technical Workers", "Aldercrest's executive director, Sefa Eskedal", "Ruskell chief executive Osric
/// Halloran", "Mattias Grunholt, Orvand's chief executive". An officer speaking for a body and the body itself are one
/// source to a reader ("Aldercrest Relief said" and "Aldercrest's executive director, Sefa Eskedal, told the Ledger"); two
/// people of one body are not. The title must be one of <see cref="Offices.Roles"/>. Written for Compare: no library
/// reads appositions.
/// </summary>
internal static class Affiliation
{
    /// <summary>Offices and roles whose holder speaks for the body they belong to: <see cref="Offices.Roles"/>.</summary>
    private static readonly string Titles = string.Join('|', Offices.Roles.Order(StringComparer.Ordinal));

    /// <summary>A capitalised name: words that start with a capital, joined by "of", "and", "for", "the" or "&amp;".</summary>
    private const string Name = @"\p{Lu}[\p{L}\-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?\p{Lu}[\p{L}\-]*)*";

    /// <summary>A person's name: two to four capitalised words.</summary>
    private const string Person = @"\p{Lu}[\p{L}'\-]*(?:\s+\p{Lu}[\p{L}'\-]*){1,3}";

    /// <summary>The office's words: up to three lower-case words, the last of them a title ("regional secretary").</summary>
    private static readonly string Office = @"(?:[\p{Ll}\-]+\s+){0,3}?(?:" + Titles + ")";

    /// <summary>The titles as plain text: a sentence holding none of them cannot match a pattern, which all need an office.</summary>
    private static readonly SearchValues<string> AnyTitle = SearchValues.Create([.. Offices.Roles], StringComparison.Ordinal);

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>
    /// A guard against runaway backtracking, declared before <see cref="Patterns"/>, which reads it as the class is
    /// initialised. It is wall-clock time: at 1 s a match on an ordinary sentence once ran out while the test run kept
    /// both cores busy, and a timeout fails the comparison, so the guard is set far above any real match.
    /// </summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>The three ways a sentence sets an office beside a name, compiled once.</summary>
    private static readonly Regex[] Patterns =
    [
        // "Mirela Ostan, regional secretary of the Lannoric Union": the office after the name, then its body.
        new($@"(?<person>{Person}),\s+(?:the\s+|a\s+)?{Office}\s+(?:of|at|for)\s+(?:the\s+)?(?<org>{Name})", Options, Timeout),

        // "Mattias Grunholt, Orvand's chief executive".
        new($@"(?<person>{Person}),\s+(?:the\s+)?(?<org>{Name})(?:'s|’s)\s+{Office}\b", Options, Timeout),

        // "Aldercrest's executive director, Sefa Eskedal" and "Ruskell chief executive Osric Halloran".
        new($@"(?<org>{Name})(?:'s|’s)?\s+{Office},?\s+(?<person>{Person})", Options, Timeout),
    ];

    /// <summary>
    /// The organisation <paramref name="source"/> (a person the claim credits) speaks for, or null when the sentence names
    /// none by an office beside the name.
    /// </summary>
    public static string? Of(Claim claim, Attribution source)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(source);
        var person = source.Source.Trim();
        if (person.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2 || !char.IsUpper(person[0])
            || !claim.Text.Contains(person, StringComparison.Ordinal) || !claim.Text.AsSpan().ContainsAny(AnyTitle))
        {
            return null;
        }

        foreach (var pattern in Patterns)
        {
            foreach (Match match in pattern.Matches(claim.Text))
            {
                var named = match.Groups["person"].Value;
                if (named == person || named.EndsWith(" " + person, StringComparison.Ordinal))
                {
                    var org = Strip(match.Groups["org"].Value);
                    return org.Length > 0 ? org : null;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the organisation an officer speaks for is the body <paramref name="other"/> names: one's words within the other's.</summary>
    public static bool Names(string organisation, string other)
    {
        var a = Words(organisation);
        var b = Words(other);
        return a.Count > 0 && b.Count > 0 && (a.IsSubsetOf(b) || b.IsSubsetOf(a));
    }

    private static HashSet<string> Words(string name) =>
        [.. name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd('\'', '’').ToLowerInvariant())
            .Select(LexicalCues.WithoutPossessive)
            .Where(w => w is not ("the" or "of" or "and" or "for" or "&"))];

    /// <summary>"The Lannoric Union" → "Lannoric Union"; a sentence-opening capital "The" is no part of the name.</summary>
    private static string Strip(string org) =>
        org.StartsWith("The ", StringComparison.Ordinal) ? org[4..].Trim() : org.Trim();
}
