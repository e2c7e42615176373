using Compare.Core.Domain;

namespace Compare.Core.Corpus;

/// <summary>
/// The training stories under <c>seeds/training</c>: fictional stories written only to teach the pair judge, each a
/// folder with <c>facts.md</c>, <c>gold.json</c> (the corpus gold schema) and one plain-text article per outlet.
/// They are never served, crawled or held out; the pair model trains on their gold like on the corpus topics', and
/// <c>compare eval --loto</c> scores them as folds of its leave-one-topic-out estimate. The held-out stories under
/// <c>seeds/heldout-stories</c> have the same layout and are read the same way, but nothing trains or tunes on them:
/// <c>compare eval</c> scores them beside the held-out corpus topics.
/// </summary>
/// <remarks>
/// An article file is a small header (<c>title: ...</c>, <c>published: ISO-8601</c>), one blank line, then the body
/// as paragraphs separated by blank lines.
/// </remarks>
public static class TrainingStories
{
    /// <summary>The folder relative to the repository root.</summary>
    public const string RelativePath = "seeds/training";

    /// <summary>The training stories folder beside a corpus folder (<c>seeds/corpus</c> → <c>seeds/training</c>).</summary>
    public static string FolderBeside(string corpusRoot) => Path.GetFullPath(Path.Combine(corpusRoot, "..", "training"));

    /// <summary>
    /// The held-out stories beside a corpus folder (<c>seeds/heldout-stories</c>): written like the training stories, but
    /// never trained or tuned on; <c>compare eval</c> scores them beside the held-out corpus topics.
    /// </summary>
    public static string HeldOutFolderBeside(string corpusRoot) => Path.GetFullPath(Path.Combine(corpusRoot, "..", "heldout-stories"));

    /// <summary>
    /// Every story under <paramref name="folder"/> in name order; none when the folder does not exist.
    /// <paramref name="heldOut"/> marks the stories of <see cref="HeldOutFolderBeside"/>.
    /// </summary>
    public static IReadOnlyList<CorpusTopic> Load(string folder, bool heldOut = false)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetDirectories(folder).Order(StringComparer.Ordinal).Select(dir =>
        {
            var id = Path.GetFileName(dir);
            var goldPath = Path.Combine(dir, "gold.json");
            if (!File.Exists(goldPath))
            {
                throw new CorpusFormatException($"{dir}: a story needs gold.json");
            }

            var gold = GoldReader.ReadFile(goldPath);
            if (gold.Topic != id)
            {
                throw new CorpusFormatException($"{goldPath}: topic is '{gold.Topic}' but the folder is '{id}'");
            }

            return new CorpusTopic(id, dir, heldOut, gold);
        }).ToList();
    }

    /// <summary>A training story as a <see cref="Story"/>: each outlet's plain-text article with its header read.</summary>
    public static Story StoryOf(CorpusTopic topic, IReadOnlyList<CorpusOutlet> outlets)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(outlets);
        var articles = topic.Gold.Articles.Select(a =>
        {
            var path = Path.Combine(topic.Folder, a.File);
            var (title, published, body) = ReadArticle(path);
            var home = outlets.FirstOrDefault(o => o.Outlet.Id == a.Outlet)?.Outlet.HomeUrl
                ?? throw new CorpusFormatException($"{path}: outlet '{a.Outlet}' is not an outlet of the corpus");
            return new Article($"{topic.Id}/{a.Outlet}", a.Outlet, new Uri(home, $"training/{topic.Id}"), title, null, published, null, "en", body);
        }).ToList();
        return new Story(topic.Id, topic.Gold.Title, articles);
    }

    /// <summary>Reads one article file: header fields, then the body with paragraphs normalised to blank-line separation.</summary>
    public static (string Title, DateTimeOffset Published, string Body) ReadArticle(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var header = ArticleHeader.Read(text)
            ?? throw new CorpusFormatException($"{path}: expected header lines ({string.Join(", ", ArticleHeader.Keys.Order(StringComparer.Ordinal))}), a blank line, then the body");
        if (header.Title is not { } title)
        {
            throw new CorpusFormatException($"{path}: header lacks 'title: ...'");
        }

        if (!header.TryGetPublished(out var published) || published is null)
        {
            throw new CorpusFormatException($"{path}: header lacks a 'published: <ISO-8601 time>' line");
        }

        var paragraphs = text[header.BodyStart..]
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        return (title, published.Value, string.Join("\n\n", paragraphs));
    }
}
