using Compare.Storage.Tests.Stories;

namespace Compare.Storage.Tests.Postgres;

/// <summary>The story, snapshot, schedule and watch contract on a real PostgreSQL server, in a fresh schema per test.</summary>
public sealed class PostgresStoryStoreTests : StoryStoreContract
{
    private PostgresTestSchema? _schema;

    protected override async Task<ICompareStore> CreateStoreAsync()
    {
        _schema = await PostgresTestSchema.CreateAsync(TestContext.Current.CancellationToken);
        return _schema.Open(Time);
    }

    protected override Task<ICompareStore> ReopenStoreAsync() => Task.FromResult<ICompareStore>(_schema!.Open(Time));

    public override async ValueTask DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
