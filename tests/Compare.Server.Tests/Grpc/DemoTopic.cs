using System.Text.RegularExpressions;
using Compare.Storage;
using Compare.Storage.Articles;

namespace Compare.Server.Tests.Grpc;

/// <summary>A demo topic as the corpus folder says: its outlets and the canonical URLs of its pages, and the story holding them.</summary>
internal sealed partial record DemoTopic(string Name, IReadOnlyList<string> Outlets, IReadOnlyList<Uri> Urls)
{
    public static DemoTopic Read(string name)
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Corpus, name), "*.html").Order(StringComparer.Ordinal).ToList();
        return new DemoTopic(
            name,
            files.Select(f => Path.GetFileNameWithoutExtension(f)).ToList(),
            files.Select(f => new Uri(Canonical().Match(File.ReadAllText(f)).Groups[1].Value)).ToList());
    }

    /// <summary>The id of the story holding this topic's pages (the story of its first page).</summary>
    public async Task<string> StoryIdAsync(ICompareStore store, CancellationToken cancellationToken)
    {
        var articleId = ArticleIds.FromUrl(Urls[0]);
        foreach (var story in await store.Stories.ListAsync(cancellationToken))
        {
            if (story.Id.StartsWith("s-", StringComparison.Ordinal) && (await store.Stories.ListMembersAsync(story.Id, cancellationToken)).Contains(articleId))
            {
                return story.Id;
            }
        }

        throw new InvalidOperationException($"no story holds the page {Urls[0]} of topic {Name}");
    }

    [GeneratedRegex("<link rel=\"canonical\" href=\"([^\"]+)\"")]
    private static partial Regex Canonical();
}
