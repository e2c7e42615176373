namespace Compare.Crawling.Configuration;

/// <summary>The configured outlets: the <c>Outlets</c> array of the configuration (see <c>outlets.json</c>).</summary>
public sealed class OutletsOptions
{
    public const string SectionName = "Outlets";

    public List<OutletConfig> Outlets { get; set; } = [];
}
