using Compare.Core.Corpus;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Stories;

/// <summary>The demo corpus as articles (title, body text, publication time), each with its topic.</summary>
internal static class DemoArticles
{
    private static readonly Lazy<IReadOnlyList<(string Topic, Article Article)>> All = new(Load);

    public static IReadOnlyList<(string Topic, Article Article)> Items => All.Value;

    private static List<(string Topic, Article Article)> Load()
    {
        var catalog = CorpusCatalog.Load(RepoPaths.Corpus);
        var list = new List<(string, Article)>();
        foreach (var topic in catalog.Topics)
        {
            foreach (var a in topic.Gold.Articles)
            {
                var page = CorpusPage.Load(topic.PagePath(a.Outlet), catalog.Outlet(a.Outlet));
                var text = string.Join("\n\n", page.BodyText.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                var url = page.Metadata.CanonicalUrl ?? new Uri($"https://{a.Outlet}.example/{topic.Id}");
                list.Add((topic.Id, new Article($"{topic.Id}/{a.Outlet}", a.Outlet, url, page.Metadata.Title ?? topic.Id, null,
                    page.Metadata.PublishedAt, null, "en", text)));
            }
        }

        return list;
    }
}
