using Compare.Core.Analysis.Slots.Entities;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Slots.Entities;

public sealed class AliasTableTests
{
    [Theory]
    [InlineData("Tehran", "Iran", EntityKind.Place)]
    [InlineData("the Islamic Republic", "Iran", EntityKind.Place)]
    [InlineData("the IDF", "Israel Defense Forces", EntityKind.Organization)]
    [InlineData("Israel's military", "Israel Defense Forces", EntityKind.Organization)]
    [InlineData("the Israeli military", "Israel Defense Forces", EntityKind.Organization)]
    [InlineData("IRGC", "Islamic Revolutionary Guard Corps", EntityKind.Organization)]
    [InlineData("Revolutionary Guards", "Islamic Revolutionary Guard Corps", EntityKind.Organization)]
    [InlineData("the State Department", "US Department of State", EntityKind.Organization)]
    [InlineData("WSJ", "The Wall Street Journal", EntityKind.Organization)]
    [InlineData("Hezbollah", "Hezbollah", EntityKind.Organization)]
    [InlineData("Hamas", "Hamas", EntityKind.Organization)]
    [InlineData("PIJ", "Palestinian Islamic Jihad", EntityKind.Organization)]
    [InlineData("TEHRAN", "Iran", EntityKind.Place)]
    [InlineData("Khomeini", "Ruhollah Khomeini", EntityKind.Person)]
    public void Default_KnownAlias_ResolvesToCanonical(string alias, string canonical, EntityKind kind)
    {
        var entry = AliasTable.Default.Lookup(alias);
        Assert.NotNull(entry);
        Assert.Equal(canonical, entry.Canonical);
        Assert.Equal(kind, entry.Kind);
    }

    [Theory]
    [InlineData("tehran")]
    [InlineData("idf")]
    [InlineData("Who")]
    [InlineData("Iran Air")]
    public void Default_WrongCaseOrLongerName_IsNotAnAlias(string text)
    {
        Assert.Null(AliasTable.Default.Lookup(text));
    }

    [Fact]
    public void Default_EmbeddedTable_HasManyEntities()
    {
        Assert.True(AliasTable.Default.Count > 100, $"{AliasTable.Default.Count} entities");
    }

    [Fact]
    public void Parse_InvalidJson_NamesTheSource()
    {
        var ex = Assert.Throws<AliasFormatException>(() => AliasTable.Parse("{ not json", "my-aliases.json"));
        Assert.StartsWith("my-aliases.json: not valid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EntryWithoutCanonical_NamesTheEntry()
    {
        var ex = Assert.Throws<AliasFormatException>(() =>
            AliasTable.Parse(
                """{ "entities": [ { "canonical": "A", "kind": "place", "aliases": [] }, { "kind": "place", "aliases": [] } ] }""",
                "t.json"));
        Assert.Equal("t.json: $.entities[1].canonical is missing or not a string", ex.Message);
    }

    [Fact]
    public void Parse_UnknownKind_NamesTheKindsAllowed()
    {
        var ex = Assert.Throws<AliasFormatException>(() =>
            AliasTable.Parse("""{ "entities": [ { "canonical": "A", "kind": "planet", "aliases": ["B"] } ] }""", "t.json"));
        Assert.Contains("$.entities[0].kind is \"planet\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValidTable_MatchesAliasesAndTheCanonicalName()
    {
        var table = AliasTable.Parse(
            """{ "entities": [ { "canonical": "Ruritania", "kind": "place", "aliases": ["Strelsau", "the Kingdom"] } ] }""", "t.json");
        Assert.Equal("Ruritania", table.Lookup("Strelsau")?.Canonical);
        Assert.Equal("Ruritania", table.Lookup("the Kingdom")?.Canonical);
        Assert.Equal("Ruritania", table.Lookup("Ruritania")?.Canonical);
        Assert.Equal(1, table.Count);
    }
}
