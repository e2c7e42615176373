using Microsoft.Extensions.Options;
using Npgsql;

namespace Compare.Storage;

/// <summary>Checks on start what data annotations cannot: PostgreSQL needs a connection string, and one Npgsql can read.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider != StorageProvider.Postgres)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                $"{StorageOptions.SectionName}:ConnectionString is required when {StorageOptions.SectionName}:Provider is Postgres " +
                "(an Npgsql connection string, e.g. \"Host=db;Database=compare;Username=compare;Password=...\")");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            // The message names the offending keyword or format, never the value, so no password ends up in a log.
            return ValidateOptionsResult.Fail(
                $"{StorageOptions.SectionName}:ConnectionString is not a valid Npgsql connection string: {e.Message}");
        }
    }
}
