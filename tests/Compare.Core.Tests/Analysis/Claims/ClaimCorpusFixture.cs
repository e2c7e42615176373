using Compare.Core.Analysis.Claims;
using Compare.Core.Corpus;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Claims;

/// <summary>
/// The non-held-out topics of the bundled corpus, each article run through the extractor once. The held-out topics are not
/// loaded: nothing here may be tuned on them.
/// </summary>
public sealed class ClaimCorpusFixture
{
    public ClaimCorpusFixture()
    {
        Catalog = CorpusCatalog.Load(RepoPaths.Corpus);
        var extractor = new ClaimExtractor();
        var results = new Dictionary<(string Topic, string Outlet), CorpusArticle>();
        foreach (var topic in Catalog.Topics.Where(t => !t.HeldOut))
        {
            foreach (var a in topic.Gold.Articles)
            {
                var page = CorpusPage.Load(topic.PagePath(a.Outlet), Catalog.Outlet(a.Outlet));
                var article = ToArticle(topic.Id, a.Outlet, page);
                results[(topic.Id, a.Outlet)] = new CorpusArticle(article, extractor.Extract(article), extractor.Analyze(article));
            }
        }

        Articles = results;
    }

    public CorpusCatalog Catalog { get; }

    internal IReadOnlyDictionary<(string Topic, string Outlet), CorpusArticle> Articles { get; }

    public IEnumerable<CorpusTopic> Topics => Catalog.Topics.Where(t => !t.HeldOut);

    /// <summary>The article as the engine sees it: the page's body blocks as paragraphs separated by blank lines.</summary>
    public static Article ToArticle(string topic, string outlet, CorpusPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = string.Join("\n\n", page.BodyText.Split('\n'));
        return new Article($"{topic}/{outlet}", outlet, page.Metadata.CanonicalUrl ?? new Uri($"https://{outlet}.example/{topic}"),
            page.Metadata.Title ?? topic, page.Metadata.Byline, page.Metadata.PublishedAt, page.Metadata.ModifiedAt, "en", text);
    }
}
