using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;
using static Compare.Core.Tests.Analysis.Pairs.TestClaims;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class AgentNounsTests
{
    [Theory]
    [InlineData("Police have now opened a criminal investigation.", "police", "Police")]
    [InlineData("The city council has put up a reward of 250,000 crowns.", "council", "city council")]
    [InlineData("Ardelia's army deployed 1,500 soldiers to the province on Sunday.", "army", "Ardelia's army")]
    [InlineData("Troops moved into the valley.", "army", "Troops")]
    [InlineData("Prosecutors in Ruthen province have opened an investigation.", "prosecutors", "Prosecutors")]
    [InlineData("The provincial prosecutor's office opened an investigation.", "prosecutors", "provincial prosecutor's office")]
    [InlineData("HALBECK, March 3 (Eastgate Wire) - The provincial health office told residents not to drink the water.", "health office",
        "provincial health office")]
    [InlineData("The regional governor closed the central square to traffic.", "governor", "regional governor")]
    [InlineData("Border guards detained 53 suspected members of a smuggling ring.", "guards", "Border guards")]
    [InlineData("The coast guard rescued fourteen crew members.", "coastguard", "coast guard")]
    [InlineData("The ministry of justice ordered the release of 400 prisoners.", "justice ministry", "ministry of justice")]
    [InlineData("Citing security fears, the Kestrin city council banned the pride march.", "council", "Kestrin city council")]
    [InlineData("BREAKING: Acting on a tip-off, police raided the warehouse.", "police", "police")]
    public void Of_BodyOpeningTheSentence_IsItsActorByGroup(string text, string group, string phrase)
    {
        var agent = AgentNouns.Of(Of("x", text));

        Assert.NotNull(agent);
        Assert.Equal((group, phrase, EntityKind.Organization), (agent.Canonical, agent.Text, agent.Kind));
        Assert.Equal(phrase, text.Substring(agent.Start, agent.Length));
    }

    [Theory]
    [InlineData("The army has moved 1,500 troops into the valley.")]            // "the army" alone refers back
    [InlineData("The league says its board will rule on 2 June.")]              // a verb and a pronoun before the noun
    [InlineData("On board were a hundred and seventy-six passengers.")]
    [InlineData("Six police officers were hurt in the clashes.")]               // counted members, not the body acting
    [InlineData("Its board will decide on Tuesday.")]
    [InlineData("Police Chief Anna Berg resigned.")]                              // a title before a name
    [InlineData("The Tessford Water Board told residents not to drink the water.", "Tessford Water Board")]
    [InlineData("The strike ended after 18 days.")]
    [InlineData("Citing figures from the statistics office and two independent surveys, police said the march was banned.")] // too long
    public void Of_NoBodyNamedAsTheSubject_IsNull(string text, string? name = null)
    {
        var entities = name is null ? null : new[] { E(text, name, name, EntityKind.Organization) };

        Assert.Null(AgentNouns.Of(Of("x", text, entities: entities)));
    }

    [Fact]
    public void Of_NameThatOwnsTheBody_LeavesTheBodyTheActor()
    {
        var text = "Ardelia's army deployed 1,500 soldiers.";

        var agent = AgentNouns.Of(Of("x", text, entities: [E(text, "Ardelia", "Ardelia", EntityKind.Place)]));

        Assert.Equal("army", agent?.Canonical);
    }

    [Fact]
    public void Mentions_GroupWordOutsideTheCreditedSource_Counts()
    {
        var police = AgentNouns.Of(Of("x", "Police have opened an investigation."))!;
        var credited = "The investigation was opened on Tuesday, police said.";
        var named = "Ruthen Police opened an investigation.";

        Assert.False(AgentNouns.Mentions(Of("y", credited, attribution: new Attribution("police", "said", "police said")), police));
        Assert.True(AgentNouns.Mentions(Of("y", "The investigation by police began on Tuesday."), police));
        var ruthen = Of("y", named, entities: [E(named, "Ruthen Police", "Ruthen Police", EntityKind.Organization)]);
        Assert.True(AgentNouns.Mentions(ruthen, police));
    }
}
