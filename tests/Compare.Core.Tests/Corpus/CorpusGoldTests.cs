using System.Text.RegularExpressions;
using Compare.Core.Corpus;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Corpus;

/// <summary>Keeps the gold labels honest: every labelled sentence is on its page, and the labels are self-consistent.</summary>
public sealed partial class CorpusGoldTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void GoldSentences_AllOccurVerbatimInTheirArticleBody()
    {
        var missing = new List<string>();
        foreach (var topic in corpus.Catalog.Topics)
        {
            foreach (var fact in topic.Gold.Facts)
            {
                foreach (var (outlet, mention) in fact.Mentions)
                {
                    var page = corpus.Pages[(topic.Id, outlet)];
                    var bodyLines = page.BodyText.Split('\n');
                    var visibleLines = page.VisibleText.Split('\n');
                    foreach (var sentence in mention?.Sentences ?? [])
                    {
                        // A sentence never spans two blocks, so it must sit inside one line of the body and of the page.
                        if (!bodyLines.Any(l => l.Contains(sentence, StringComparison.Ordinal))
                            || !visibleLines.Any(l => l.Contains(sentence, StringComparison.Ordinal)))
                        {
                            missing.Add($"{topic.Id}/{fact.Id}/{outlet}: {sentence}");
                        }
                    }
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Mentions_CoverExactlyTheTopicsOutlets()
    {
        foreach (var topic in corpus.Catalog.Topics)
        {
            var outlets = topic.Gold.Outlets.Order(StringComparer.Ordinal).ToList();
            Assert.Equal(outlets.Count, outlets.Distinct().Count());
            foreach (var fact in topic.Gold.Facts)
            {
                Assert.Equal(outlets, fact.Mentions.Keys.Order(StringComparer.Ordinal).ToList());
                Assert.NotEmpty(fact.MentionedBy);
                Assert.All(fact.MentionedBy, o => Assert.NotEmpty(fact.Mentions[o]!.Sentences));
            }
        }
    }

    [Fact]
    public void Differences_PartitionTheMentioningOutletsIntoAtLeastTwoGroups()
    {
        foreach (var fact in corpus.Catalog.Topics.SelectMany(t => t.Gold.Facts))
        {
            Assert.Equal(fact.Differ, fact.Differences.Count > 0);
            Assert.Equal(fact.Differences.Count, fact.Differences.Select(d => d.Kind).Distinct().Count());
            foreach (var d in fact.Differences)
            {
                Assert.True(d.Groups.Count >= 2, $"{fact.Id} {d.Kind}: fewer than two groups");
                var flat = d.Groups.SelectMany(g => g).Order(StringComparer.Ordinal).ToList();
                Assert.Equal(fact.MentionedBy.Order(StringComparer.Ordinal).ToList(), flat);
            }
        }
    }

    [Fact]
    public void Values_FollowTheSchema()
    {
        foreach (var topic in corpus.Catalog.Topics)
        {
            Assert.Equal(topic.Id, Path.GetFileName(topic.Folder));
            foreach (var fact in topic.Gold.Facts)
            {
                Assert.Matches("^f[0-9]{2}$", fact.Id);
                Assert.InRange(fact.Salience, 1, 3);
                Assert.False(string.IsNullOrWhiteSpace(fact.Statement));
                foreach (var mention in fact.Mentions.Values.OfType<GoldMention>())
                {
                    Assert.All(mention.Value.Dates, d => Assert.Matches(IsoDateOrPeriod(), d));
                    Assert.All(mention.Value.Quantities, q => Assert.False(string.IsNullOrWhiteSpace(q.Unit)));
                    Assert.All(mention.Value.Quantities, q => Assert.True(q.Per is null or "year" or "month" or "week" or "day" or "hour", q.Per));
                }
            }
        }
    }

    [Fact]
    public void FactsWithoutDifferences_HaveOutletsStatingTheSameValueKinds()
    {
        // An "agree" fact whose outlets name different polarity would be a labelling slip: polarity always shows.
        foreach (var fact in corpus.Catalog.Topics.SelectMany(t => t.Gold.Facts))
        {
            var polarities = fact.MentionedBy.Select(o => fact.Mentions[o]!.Value.Polarity).Distinct().Count();
            var differsOnPolarity = fact.Differences.Any(d => d.Kind == DifferenceKind.Polarity);
            Assert.True(polarities == 1 || differsOnPolarity, $"{fact.Id}: polarities differ but no polarity difference is labelled");
        }
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")]
    private static partial Regex IsoDateOrPeriod();
}
