using Compare.Core.Stories.Grouping;
using Microsoft.Extensions.Options;

namespace Compare.Server.Stories;

/// <summary>Checks the grouping settings, naming each bad one with its allowed range.</summary>
internal sealed class StoryGroupingOptionsValidator : IValidateOptions<StoryGroupingOptions>
{
    public ValidateOptionsResult Validate(string? name, StoryGroupingOptions o)
    {
        var errors = new List<string>();
        Unit(errors, nameof(o.JoinThreshold), o.JoinThreshold);
        Unit(errors, nameof(o.MergeThreshold), o.MergeThreshold);
        Unit(errors, nameof(o.MinEmbeddingSimilarity), o.MinEmbeddingSimilarity);
        Unit(errors, nameof(o.EmbeddingWeight), o.EmbeddingWeight);
        Unit(errors, nameof(o.TermWeight), o.TermWeight);
        Unit(errors, nameof(o.EntityWeight), o.EntityWeight);
        Unit(errors, nameof(o.SharedDateBonus), o.SharedDateBonus);
        if (o.EmbeddingWeight + o.TermWeight <= 0)
        {
            errors.Add($"{StoryGroupingOptions.SectionName}: EmbeddingWeight and TermWeight cannot both be 0");
        }

        if (o.Window <= TimeSpan.Zero)
        {
            errors.Add($"{StoryGroupingOptions.SectionName}:{nameof(o.Window)} must be positive, is {o.Window}");
        }

        if (o.CandidateTerms is < 1 or > 1000 || o.MaxCandidates is < 1 or > 100000)
        {
            errors.Add($"{StoryGroupingOptions.SectionName}: CandidateTerms must be 1..1000 and MaxCandidates 1..100000");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Unit(List<string> errors, string field, double value)
    {
        if (double.IsNaN(value) || value is < 0 or > 1)
        {
            errors.Add($"{StoryGroupingOptions.SectionName}:{field} must be between 0 and 1, is {value}");
        }
    }
}
