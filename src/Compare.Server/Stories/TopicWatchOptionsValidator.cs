using Compare.Core.Stories.Watches;
using Microsoft.Extensions.Options;

namespace Compare.Server.Stories;

/// <summary>Checks the topic watch settings, naming each bad one with its allowed range.</summary>
internal sealed class TopicWatchOptionsValidator : IValidateOptions<TopicWatchOptions>
{
    public ValidateOptionsResult Validate(string? name, TopicWatchOptions o)
    {
        var errors = new List<string>();
        if (o.Retrieve is < 1 or > 100000)
        {
            errors.Add($"{TopicWatchOptions.SectionName}:{nameof(o.Retrieve)} must be 1..100000, is {o.Retrieve}");
        }

        if (o.MaxArticles is < 1 or > 10000)
        {
            errors.Add($"{TopicWatchOptions.SectionName}:{nameof(o.MaxArticles)} must be 1..10000, is {o.MaxArticles}");
        }

        foreach (var (field, value) in new[] { (nameof(o.MinCosine), o.MinCosine), (nameof(o.MinRelativeBm25), o.MinRelativeBm25), (nameof(o.CosineWeight), o.CosineWeight) })
        {
            if (double.IsNaN(value) || value is < 0 or > 1)
            {
                errors.Add($"{TopicWatchOptions.SectionName}:{field} must be between 0 and 1, is {value}");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
