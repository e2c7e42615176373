namespace Compare.Storage.Work;

/// <summary>An item to enqueue.</summary>
/// <param name="Key">Unique within its run and kind (a page's URL, a story's id); enqueueing it again adds nothing.</param>
/// <param name="Group">What the run's counts are grouped by (the outlet of a page).</param>
/// <param name="Payload">What the worker needs to do the item (JSON), opaque to the store.</param>
public sealed record WorkItemSpec(string Key, string Group, string Payload);
