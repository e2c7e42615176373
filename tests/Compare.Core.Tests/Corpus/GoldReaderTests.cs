using System.Text.Json;
using Compare.Core.Corpus;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Corpus;

public sealed class GoldReaderTests
{
    private const string Valid = """
        {"schemaVersion":1,"topic":"t","title":"T","kind":"k",
         "articles":[{"outlet":"a","file":"a.html"},{"outlet":"b","file":"b.html"}],
         "facts":[{"id":"f01","statement":"s","salience":3,
           "mentions":{"a":{"sentences":["It cost $5 million."],"value":{"quantities":[{"value":5000000,"unit":"USD","per":null,"approximate":false}],
               "dates":["2026"],"actors":["X"],"polarity":"affirmed","attribution":null,"certainty":"asserted"}},"b":"omitted"},
           "relation":"agree","differences":[]}]}
        """;

    [Fact]
    public void Read_ValidTopic_MapsMentionsOmissionsAndValues()
    {
        using var doc = JsonDocument.Parse(Valid);
        var gold = GoldReader.Read(doc.RootElement, "test.json");
        var fact = Assert.Single(gold.Facts);
        Assert.Equal(["a"], fact.MentionedBy);
        Assert.Equal(["b"], fact.OmittedBy);
        Assert.Equal(5_000_000, fact.Mentions["a"]!.Value.Quantities[0].Value);
        Assert.Equal(Polarity.Affirmed, fact.Mentions["a"]!.Value.Polarity);
        Assert.False(fact.Differ);
    }

    [Theory]
    [InlineData("\"polarity\":\"affirmed\"", "\"polarity\":\"maybe\"", "$.facts[0].mentions.a.value.polarity")]
    [InlineData("\"relation\":\"agree\"", "\"relation\":\"same\"", "$.facts[0].relation")]
    [InlineData("\"b\":\"omitted\"", "\"b\":\"left out\"", "$.facts[0].mentions.b")]
    [InlineData("\"salience\":3,", "", "$.facts[0].salience")]
    [InlineData("\"schemaVersion\":1", "\"schemaVersion\":2", "$.schemaVersion")]
    public void Read_MalformedField_ThrowsNamingTheFileAndThePath(string from, string to, string path)
    {
        using var doc = JsonDocument.Parse(Valid.Replace(from, to, StringComparison.Ordinal));
        var ex = Assert.Throws<CorpusFormatException>(() => GoldReader.Read(doc.RootElement, "test.json"));
        Assert.StartsWith("test.json: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_NotJson_ThrowsNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gold-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ not json");
        try
        {
            var ex = Assert.Throws<CorpusFormatException>(() => GoldReader.ReadFile(path));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
