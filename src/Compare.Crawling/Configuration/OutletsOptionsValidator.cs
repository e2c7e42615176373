using Microsoft.Extensions.Options;

namespace Compare.Crawling.Configuration;

/// <summary>Validates the outlets at start: ids unique, URLs absolute, sources complete, networks parseable.</summary>
internal sealed class OutletsOptionsValidator : IValidateOptions<OutletsOptions>
{
    public ValidateOptionsResult Validate(string? name, OutletsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        for (var i = 0; i < options.Outlets.Count; i++)
        {
            try
            {
                OutletCatalog.Resolve(options.Outlets[i], i);
            }
            catch (FormatException ex)
            {
                errors.Add(ex.Message);
            }
        }

        errors.AddRange(options.Outlets.GroupBy(o => o.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"Outlets: id '{g.Key}' appears {g.Count()} times"));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
