using System.Text.RegularExpressions;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Analysis.Slots.Cues;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Findings;

/// <summary>
/// When leaving a fact out is worth reporting. A fact several outlets carry is part of the story, so an outlet that
/// covers the story without it omits it. A fact one outlet alone states is reported as omitted by the others only
/// when it is a checkable detail (a figure or a date) or what the outlet learned from sources it does not name ("according
/// to two people familiar with the inquiry"), stated in the outlet's own words: every article has its own quotes and
/// colour, and listing each of them as an omission of every other outlet would bury the real ones.
/// </summary>
internal static partial class OmissionRule
{
    public static bool Worthy(IReadOnlyList<Claim> claims, FindingOptions options)
    {
        if (claims.Select(c => c.OutletId).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            return true;
        }

        return options.UniqueDetailOmissions && claims.Any(c =>
            (c.Slots.Quantities.Count > 0 || DateMatch.FactDates(c).Count > 0 || c.Slots.Attribution is { } a && AttributionDetector.IsUnnamed(a.Source))
            && !Quotation().IsMatch(c.Text));
    }

    [GeneratedRegex(@"^\s*[""“']|[""“][^""”]{12,}[""”]")]
    private static partial Regex Quotation();
}
