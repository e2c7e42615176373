namespace Compare.Core.Domain;

/// <summary>A news outlet: a site Compare reads and compares with others.</summary>
/// <param name="Id">Stable identifier, lower-case with dashes (<c>harbor-courier</c>).</param>
/// <param name="Name">Display name (<c>The Harbor Courier</c>).</param>
/// <param name="HomeUrl">The outlet's home page; its host is the outlet's main host.</param>
/// <param name="Language">BCP 47 language tag of its articles (<c>en</c>).</param>
public sealed record Outlet(string Id, string Name, Uri HomeUrl, string Language);
