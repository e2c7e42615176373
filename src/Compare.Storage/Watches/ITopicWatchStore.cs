namespace Compare.Storage.Watches;

/// <summary>Topic watches.</summary>
public interface ITopicWatchStore
{
    /// <summary>Adds a watch; false when the id is taken.</summary>
    Task<bool> AddAsync(TopicWatch watch, CancellationToken cancellationToken);

    Task<TopicWatch?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every watch, by id.</summary>
    Task<IReadOnlyList<TopicWatch>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Removes a watch and closes its story (its snapshots stay); false when there was none.</summary>
    Task<bool> RemoveAsync(string id, CancellationToken cancellationToken);
}
