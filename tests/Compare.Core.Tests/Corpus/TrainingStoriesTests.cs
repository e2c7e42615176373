using Compare.Core.Analysis.Text;
using Compare.Core.Corpus;

namespace Compare.Core.Tests.Corpus;

/// <summary>The training stories of seeds/training: readable, and their gold as honest as the corpus gold.</summary>
public sealed class TrainingStoriesTests
{
    private static readonly CorpusCatalog Catalog = CorpusCatalog.Load(RepoPaths.Corpus);

    private static readonly IReadOnlyList<CorpusTopic> Stories = TrainingStories.Load(TrainingStories.FolderBeside(RepoPaths.Corpus));

    private static readonly IReadOnlyList<CorpusTopic> HeldOutStories = TrainingStories.Load(TrainingStories.HeldOutFolderBeside(RepoPaths.Corpus), heldOut: true);

    /// <summary>Training and held-out stories: their gold is held to the same checks.</summary>
    private static readonly IReadOnlyList<CorpusTopic> AllStories = [.. Stories, .. HeldOutStories];

    [Fact]
    public void Load_SeedsTraining_FourStoriesNoneHeldOutNoneACorpusTopic()
    {
        Assert.True(Stories.Count >= 4);
        Assert.All(Stories, s => Assert.False(s.HeldOut));
        Assert.DoesNotContain(Stories, s => Catalog.Topics.Any(t => t.Id == s.Id));
        Assert.All(Stories, s => Assert.True(s.Gold.Facts.Count >= 18, $"{s.Id}: fewer than 18 facts"));
    }

    [Fact]
    public void Load_HeldOutStories_HeldOutAndNeitherATrainingStoryNorACorpusTopic()
    {
        Assert.NotEmpty(HeldOutStories);
        Assert.All(HeldOutStories, s => Assert.True(s.HeldOut));
        Assert.DoesNotContain(HeldOutStories, s => Stories.Any(t => t.Id == s.Id) || Catalog.Topics.Any(t => t.Id == s.Id));
        Assert.All(HeldOutStories, s => Assert.True(s.Gold.Facts.Count >= 18, $"{s.Id}: fewer than 18 facts"));
    }

    [Fact]
    public void GoldSentences_AreWholeSentencesOfTheirArticleAsTheSegmenterSplitsIt()
    {
        var problems = new List<string>();
        foreach (var topic in AllStories)
        {
            var story = TrainingStories.StoryOf(topic, Catalog.Outlets);
            foreach (var fact in topic.Gold.Facts)
            {
                foreach (var (outlet, mention) in fact.Mentions)
                {
                    var text = story.Articles.Single(a => a.OutletId == outlet).Text;
                    var sentences = SentenceSegmenter.Split(text).Select(s => text.Substring(s.Start, s.Length).Trim()).ToHashSet(StringComparer.Ordinal);
                    problems.AddRange((mention?.Sentences ?? []).Where(s => !sentences.Contains(s)).Select(s => $"{topic.Id}/{fact.Id}/{outlet}: {s}"));
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Facts_ListEveryOutletAndDifferencesPartitionTheMentioningOutlets()
    {
        foreach (var topic in AllStories)
        {
            var outlets = topic.Gold.Articles.Select(a => a.Outlet).Order(StringComparer.Ordinal).ToList();
            foreach (var fact in topic.Gold.Facts)
            {
                Assert.Equal(outlets, fact.Mentions.Keys.Order(StringComparer.Ordinal));
                Assert.Equal(fact.Differ, fact.Differences.Count > 0);
                foreach (var d in fact.Differences)
                {
                    Assert.True(d.Groups.Count >= 2, $"{topic.Id}/{fact.Id}: one group");
                    Assert.Equal(fact.MentionedBy.Order(StringComparer.Ordinal), d.Groups.SelectMany(g => g).Order(StringComparer.Ordinal));
                }
            }
        }
    }

    [Fact]
    public void Stories_TogetherHaveEveryDifferenceKind()
    {
        var kinds = Stories.SelectMany(s => s.Gold.Facts).SelectMany(f => f.Differences).Select(d => d.Kind).Distinct().Order();

        Assert.Equal(Enum.GetValues<Compare.Core.Domain.DifferenceKind>().Order(), kinds);
    }

    [Fact]
    public void ReadArticle_HeaderAndParagraphs_TitleTimeAndBodyWithBlankLinesBetweenParagraphs()
    {
        var path = Temp("title: Strike ends\npublished: 2026-05-04T09:30:00Z\n\nFirst line\ncontinues here.\n\n\nSecond paragraph.\n");
        try
        {
            var (title, published, body) = TrainingStories.ReadArticle(path);

            Assert.Equal("Strike ends", title);
            Assert.Equal(new DateTimeOffset(2026, 5, 4, 9, 30, 0, TimeSpan.Zero), published);
            Assert.Equal("First line continues here.\n\nSecond paragraph.", body);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("Just a body without any header.", "expected header lines")]
    [InlineData("published: 2026-05-04T09:30:00Z\n\nBody.", "title")]
    [InlineData("title: T\npublished: last week\n\nBody.", "published")]
    public void ReadArticle_BadHeader_ErrorNamesTheFileAndWhatIsMissing(string content, string expected)
    {
        var path = Temp(content);
        try
        {
            var ex = Assert.Throws<CorpusFormatException>(() => TrainingStories.ReadArticle(path));

            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
            Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Temp(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"article-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, content);
        return path;
    }
}
