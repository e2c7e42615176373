using Compare.Core.Analysis.Claims;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class PassiveAgentTests
{
    [Theory]
    [InlineData("The Flex Saver, a digital-only savings account, was launched by Carrow Bank on 11 March.", "Carrow Bank")]
    [InlineData("Redmoor Life is to be acquired by Ferncastle Group in a deal worth 2.3 billion valdors.", "Ferncastle Group")]
    [InlineData("A Valdorian reporter was detained by military intelligence officers at the Kestrin border crossing.", "officer")]
    [InlineData("Jailed journalist Silke Marden was pardoned by Valdoria's prime minister on 25 December.", "prime minister")]
    [InlineData("Opposition leader Maren Kostelic was placed under house arrest on 13 January by order of a Velsk district judge.", "judge")]
    [InlineData("Firefighters say the fire was started by an arsonist.", "arsonist")]
    [InlineData("Fourteen sailors were winched to safety from the blazing freighter Aldmere off Cape Rennick on 2 February by a navy helicopter crew.",
        "crew")]
    public void Of_PassiveVerbWithBy_IsWhoeverByNames(string sentence, string agent) =>
        Assert.Equal(agent, PassiveAgent.Of(Claim(sentence))?.Canonical);

    [Theory]
    [InlineData("The reductions are to be completed by the end of the third quarter, the company said.")]
    [InlineData("Fares were raised by 20 percent in January.")]
    [InlineData("The line is expected to be finished by 2030.")]
    [InlineData("The documents were delivered by hand on Friday.")]
    [InlineData("The motion was carried by a majority of 40.")]
    [InlineData("Carrow Bank launched the account on 11 March.")]
    public void Of_NoAgentAfterBy_IsNull(string sentence) => Assert.Null(PassiveAgent.Of(Claim(sentence)));

    [Fact]
    public void Compare_AnActiveSubjectAgainstAnotherPassiveAgent_DiffersInActor()
    {
        var a = Claim("Stellmark Bank launched its Flex Saver digital-only savings account on 4 March.");
        var b = Claim("The Flex Saver, a digital-only savings account, was launched by Carrow Bank on 4 March.");

        var actor = Assert.Single(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Actor);

        Assert.Equal(("Stellmark Bank", "Carrow Bank"), (actor.ValueA, actor.ValueB));
    }

    [Fact]
    public void Compare_TheSameAgentActiveAndPassive_IsNoActorDifference()
    {
        var a = Claim("Carrow Bank launched its Flex Saver digital-only savings account on 4 March.");
        var b = Claim("The Flex Saver, a digital-only savings account, was launched by Carrow Bank on 4 March.");

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Actor);
    }

    [Fact]
    public void Compare_AnOfficeByItsTitleAgainstANamedPerson_IsNoActorDifference()
    {
        var a = Claim("The energy minister ordered an independent inquiry into the blackout.");
        var b = Claim("Maelis Dorran ordered an independent inquiry into the blackout.");

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Actor);
    }

    [Fact]
    public void Compare_AnOfficeAgainstAPersonNamedWithAnotherOffice_DiffersInActor()
    {
        var a = Claim("Velsk's mayor, Oskar Brandlund, closed the central square to traffic ahead of the rally on 1 October.");
        var b = Claim("The regional governor closed Velsk's central square to traffic ahead of the 1 October rally.");

        var actor = Assert.Single(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Actor);

        Assert.Equal(("Oskar Brandlund", "governor"), (actor.ValueA, actor.ValueB));
    }

    [Fact]
    public void Compare_AnOfficeAgainstAPersonNamedWithThatOffice_IsNoActorDifference()
    {
        var a = Claim("Energy Minister Maelis Dorran ordered an independent inquiry into the blackout.");
        var b = Claim("The energy minister ordered an independent inquiry into the blackout.");

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Actor);
    }

    [Fact]
    public void Compare_TwoOfficesByTheirTitles_DifferInActor()
    {
        var a = Claim("The Valdorian president pardoned the jailed journalist Silke Marden on 25 December.");
        var b = Claim("Jailed journalist Silke Marden was pardoned by Valdoria's prime minister on 25 December.");

        var actor = Assert.Single(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Actor);

        Assert.Equal(("president", "prime minister"), (actor.ValueA, actor.ValueB));
    }

    private static Claim Claim(string text) =>
        TextClaims.FromText(new ClaimExtractor(), text, "s", new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
}
