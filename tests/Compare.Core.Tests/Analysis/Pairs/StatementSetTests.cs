using System.Text.Json;
using Compare.Core.Analysis.Pairs;

namespace Compare.Core.Tests.Analysis.Pairs;

/// <summary>The labelled statement sets of <c>compare pairs --score</c> (<c>seeds/statements</c>) read as the scorer reads them.</summary>
public sealed class StatementSetTests
{
    [Theory]
    [InlineData("dev.jsonl")]
    [InlineData("test.jsonl")]
    public void Set_EveryLineLabelledWithAKnownRelationAndKindsOnlyOnConflicts(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "seeds", "statements", file));

        Assert.Equal(180, lines.Length);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            Assert.True(ids.Add(root.GetProperty("id").GetString()!), line);
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("a").GetString()), line);
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("b").GetString()), line);
            var relation = PairScoreCard.ParseRelation(root.GetProperty("relation").GetString());
            Assert.NotNull(relation);
            var kinds = root.GetProperty("kinds").EnumerateArray().Select(k => PairScoreCard.ParseKind(k.GetString())).ToList();
            Assert.All(kinds, k => Assert.NotNull(k));
            Assert.Equal(relation == PairRelation.Conflict, kinds.Count > 0);
        }
    }

    [Fact]
    public void Sets_ShareNoPair()
    {
        Assert.Empty(Pairs("dev.jsonl").Intersect(Pairs("test.jsonl")));
    }

    private static HashSet<string> Pairs(string file)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "seeds", "statements", file)))
        {
            using var doc = JsonDocument.Parse(line);
            pairs.Add(doc.RootElement.GetProperty("a").GetString() + "\n" + doc.RootElement.GetProperty("b").GetString());
        }

        return pairs;
    }
}
