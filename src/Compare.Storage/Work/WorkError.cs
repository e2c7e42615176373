namespace Compare.Storage.Work;

/// <summary>An item that completed with an error: its key (a page's URL) and the error text.</summary>
public sealed record WorkError(string Key, string Message);
