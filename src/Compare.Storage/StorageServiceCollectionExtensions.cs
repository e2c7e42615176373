using Compare.Storage.Postgres;
using Compare.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Compare.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICompareStore"/> by <see cref="StorageOptions.Provider"/> (section <c>Storage</c>), validated on start:
    /// the SQLite store at <see cref="StorageOptions.DatabasePath"/> (the default), or the PostgreSQL store at
    /// <see cref="StorageOptions.ConnectionString"/>. With PostgreSQL, the store's <see cref="NpgsqlDataSource"/> is a singleton
    /// service too, for whatever else talks to the same database (the clustered job store, LISTEN/NOTIFY); resolving it while the
    /// provider is SQLite throws.
    /// </summary>
    public static IServiceCollection AddCompareStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(CreateDataSource);
        services.TryAddSingleton<ICompareStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            return options.Provider switch
            {
                StorageProvider.Postgres => new PostgresCompareStore(
                    sp.GetRequiredService<NpgsqlDataSource>(), time, sp.GetService<ILogger<PostgresCompareStore>>()),
                _ => new SqliteCompareStore(options.DatabasePath, time, sp.GetService<ILogger<SqliteCompareStore>>()),
            };
        });
        return services;
    }

    private static NpgsqlDataSource CreateDataSource(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (options.Provider != StorageProvider.Postgres)
        {
            throw new InvalidOperationException(
                $"there is no PostgreSQL data source: {StorageOptions.SectionName}:Provider is {options.Provider}, " +
                $"not {StorageProvider.Postgres}");
        }

        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        if (sp.GetService<ILoggerFactory>() is { } loggers)
        {
            builder.UseLoggerFactory(loggers);
        }

        return builder.Build();
    }
}
