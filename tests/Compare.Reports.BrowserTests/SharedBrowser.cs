namespace Compare.Reports.BrowserTests;

/// <summary>Browser tests share one Chromium (starting it costs about a second on two cores).</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
