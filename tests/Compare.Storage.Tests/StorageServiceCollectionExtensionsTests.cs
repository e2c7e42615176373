using Compare.Storage.Postgres;
using Compare.Storage.Sqlite;
using Compare.Storage.Tests.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Compare.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddCompareStorage();
        return services.BuildServiceProvider();
    }

    /// <summary>What a host does on start for options registered with ValidateOnStart.</summary>
    private static void ValidateOnStart(ServiceProvider provider) => provider.GetRequiredService<IStartupValidator>().Validate();

    [Fact]
    public async Task AddCompareStorage_NoProvider_IsTheSqliteStoreAtDatabasePathAndHasNoDataSource()
    {
        var folder = Directory.CreateTempSubdirectory("compare-di-").FullName;
        try
        {
            var path = Path.Combine(folder, "compare.db");
            await using (var provider = Build(new() { ["Storage:DatabasePath"] = path }))
            {
                ValidateOnStart(provider);

                var store = Assert.IsType<SqliteCompareStore>(provider.GetRequiredService<ICompareStore>());
                Assert.Equal(path, store.DatabasePath);
                var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<NpgsqlDataSource>());
                Assert.Contains("Storage:Provider is Sqlite", ex.Message, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void AddCompareStorage_PostgresWithoutConnectionString_FailsOnStartNamingTheSetting(string? connectionString)
    {
        using var provider = Build(new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = connectionString });

        var ex = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(provider));

        Assert.Contains("Storage:ConnectionString is required when Storage:Provider is Postgres", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCompareStorage_PostgresWithAConnectionStringNpgsqlCannotRead_FailsOnStartWithoutTheSecret()
    {
        using var provider = Build(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = "Host=db;Password=hunter2;Colour=blue",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(provider));

        Assert.Contains("Storage:ConnectionString is not a valid Npgsql connection string", ex.Message, StringComparison.Ordinal);
        Assert.Contains("colour", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hunter2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCompareStorage_Postgres_IsThePostgresStoreOnTheSingletonDataSource()
    {
        await using var schema = await PostgresTestSchema.CreateAsync(TestContext.Current.CancellationToken);
        NpgsqlDataSource dataSource;
        await using (var provider = Build(new() { ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = schema.ConnectionString }))
        {
            ValidateOnStart(provider);

            var store = Assert.IsType<PostgresCompareStore>(provider.GetRequiredService<ICompareStore>());
            dataSource = provider.GetRequiredService<NpgsqlDataSource>();
            Assert.Same(dataSource, store.DataSource);
            Assert.Same(dataSource, provider.GetRequiredService<NpgsqlDataSource>());
            Assert.Equal(0, await store.Articles.CountAsync(null, TestContext.Current.CancellationToken));
        }

        // The container owns the data source: disposing it closes the pool.
        await Assert.ThrowsAsync<ObjectDisposedException>(
            async () => await dataSource.OpenConnectionAsync(TestContext.Current.CancellationToken));
    }
}
