using Compare.Storage.Articles;
using Compare.Storage.Postgres;

namespace Compare.Storage.Tests.Postgres;

/// <summary>The store contract on a real PostgreSQL server, in a fresh schema per test, plus what is PostgreSQL's own.</summary>
public sealed class PostgresCompareStoreTests : CompareStoreContract
{
    private PostgresTestSchema? _schema;

    private PostgresTestSchema Schema => _schema!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected override async Task<ICompareStore> CreateStoreAsync()
    {
        _schema = await PostgresTestSchema.CreateAsync(Ct);
        return _schema.Open(Time);
    }

    protected override Task<ICompareStore> ReopenStoreAsync() => Task.FromResult<ICompareStore>(Schema.Open(Time));

    public override async ValueTask DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    [Fact]
    public async Task InitializeAsync_TwiceAndFromASecondStore_RecordsEveryEmbeddedMigrationOnce()
    {
        await Store.InitializeAsync(Ct);
        await Store.InitializeAsync(Ct);
        await (await ReopenStoreAsync()).InitializeAsync(Ct);

        var rows = await Schema.QueryAsync("SELECT version, name FROM schema_migrations ORDER BY version;", Ct);

        Assert.Equal(PostgresMigrations.All.Select(m => $"{m.Version} {m.Name}"), rows.Select(r => $"{r[0]} {r[1]}"));
        Assert.Equal("1 initial", $"{rows[0][0]} {rows[0][1]}");
    }

    [Fact]
    public async Task FirstUse_MigratesWithoutAnExplicitInitialize()
    {
        Assert.Equal(0, await Store.Articles.CountAsync(null, Ct));

        var tables = (await Schema.QueryAsync(
            $"SELECT table_name FROM information_schema.tables WHERE table_schema = '{Schema.Name}';",
            Ct)).Select(r => (string)r[0]!).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "articles", "article_revisions", "url_states", "robots_cache", "crawl_runs", "embedding_cache", "stories", "story_members",
                "article_features", "comparison_snapshots", "snapshot_diffs", "crawl_schedules", "topic_watches", "outlet_overrides",
                "schema_migrations",
            },
            tables);
    }

    [Fact]
    public async Task InitializeAsync_DatabaseFromANewerBuild_FailsNamingTheDatabaseAndTheUnknownVersion()
    {
        await Store.InitializeAsync(Ct);
        await Schema.QueryAsync("INSERT INTO schema_migrations(version, name, applied_at) VALUES (9999, 'future', now());", Ct);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => Schema.Open(Time).InitializeAsync(Ct));

        Assert.Contains(Schema.Name, ex.Message, StringComparison.Ordinal);
        Assert.Contains("9999", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_SameUrlFromTwoDataSourcesAtOnce_IsStoredOnce()
    {
        var first = Schema.Open(Time);
        var second = Schema.Open(Time);
        Assert.NotSame(first.DataSource, second.DataSource);
        await Task.WhenAll(first.InitializeAsync(Ct), second.InitializeAsync(Ct));
        var write = Write("https://www.harborcourier.example/race/", "Both processes found this page.");

        var results = await Task.WhenAll(
            Enumerable.Range(0, 20).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).Articles.SaveAsync(write, Ct), Ct)));

        Assert.Equal(1, await Store.Articles.CountAsync(null, Ct));
        Assert.Single(results, r => r.Outcome == ArticleSaveOutcome.New);
        Assert.All(results.Where(r => r.Outcome != ArticleSaveOutcome.New), r => Assert.Equal(ArticleSaveOutcome.Unchanged, r.Outcome));
        Assert.Single(await Store.Articles.GetRevisionsAsync(write.Article.Id, Ct));
    }

    [Fact]
    public async Task Embeddings_RoundTripBitExactAndCompactly()
    {
        var random = new Random(384);
        var special = new[]
        {
            0f, -0f, float.Epsilon, -float.Epsilon, float.MaxValue, float.MinValue, float.PositiveInfinity, float.NegativeInfinity,
            float.NaN,
            BitConverter.Int32BitsToSingle(0x007F_FFFF), 1f / 3f, 0.1f,
        };
        var minilm = Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        await Store.Embeddings.PutManyAsync(new Dictionary<string, float[]> { ["special"] = special, ["minilm"] = minilm }, "m", Ct);

        var read = await (await ReopenStoreAsync()).Embeddings.GetManyAsync(["special", "minilm"], "m", Ct);

        Assert.Equal(special.Select(BitConverter.SingleToInt32Bits), read["special"].Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(minilm.Select(BitConverter.SingleToInt32Bits), read["minilm"].Select(BitConverter.SingleToInt32Bits));
        var size = (await Schema.QueryAsync("SELECT pg_column_size(vector) FROM embedding_cache WHERE text_hash = 'minilm';", Ct))[0][0];
        Assert.InRange(Convert.ToInt32(size, System.Globalization.CultureInfo.InvariantCulture), 384 * 4, (384 * 4) + 32);
    }
}
