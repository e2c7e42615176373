namespace Compare.Storage.Work;

/// <summary>What a queued work item stands for.</summary>
public enum WorkKind
{
    /// <summary>One page (a URL or a local file) of an outlet to fetch, extract and save.</summary>
    Page = 1,

    /// <summary>One story whose articles changed, to compare and store as its next snapshot.</summary>
    Story = 2,
}
