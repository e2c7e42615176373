using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Slots.Cues;

public sealed class CertaintyDetectorTests
{
    [Theory]
    [InlineData("Iran may have helped Hamas shape the plan.", "may")]
    [InlineData("Iran might act within days.", "might")]
    [InlineData("Police said the driver who hit two cyclists is believed to have been drinking.", "believed to")]
    [InlineData("The levy could be on the ballot in November.", "could")]
    [InlineData("The board could lower rates if prices keep easing.", "could")]
    [InlineData("Further reductions are likely before the end of the year.", "likely")]
    [InlineData("The group probably knew of the plan.", "probably")]
    [InlineData("He allegedly paid the bribe.", "allegedly")]
    [InlineData("Documents purportedly showed transfers of $154 million.", "purportedly")]
    [InlineData("The IDF produced documents, purporting to show transfers.", "purporting")]
    [InlineData("Iran reportedly supplied the drones.", "reportedly")]
    [InlineData("Hezbollah is generally considered closer to Tehran.", "considered")]
    [InlineData("Hezbollah is widely seen as the most loyal proxy.", "seen as")]
    [InlineData("The commander is believed to have fled.", "believed to")]
    [InlineData("The blast appears to have started in the unit.", "appears to")]
    [InlineData("Investigators are expected to enter the unit.", "expected to")]
    [InlineData("The evidence suggests Iran knew.", "suggests")]
    [InlineData("The claims remain unconfirmed.", "unconfirmed")]
    [InlineData("Israel's military said it had found papers that it claimed showed the transfers.", "claimed")]
    [InlineData("Perhaps the talks will resume.", "perhaps")]
    [InlineData("A smaller step was possible.", "possible")]
    [InlineData("The plant, as it stands, could close within a year.", "could")]
    [InlineData("Officials warned that the fire could reach the town so fast that nobody would get out.", "could")]
    [InlineData("If the league agrees, completion is expected on 1 July.", "expected")]
    [InlineData("The company hopes to have fresh stock on shelves by June 1.", "hopes to")]
    [InlineData("Kestrania is considering retaliatory tariffs of 20% on Brevonian cars.", "considering")]
    [InlineData("The board is still weighing a sale of the tower business.", "weighing")]
    [InlineData("The deal should be done on the first of July.", "should")]
    [InlineData("Service should be back to normal by Monday, according to the Transit Authority.", "should")]
    [InlineData("The minister claims that hackers switched the country off.", "claims")]
    public void Detect_Hedge_IsHedgedWithItsCue(string sentence, string cue)
    {
        var (certainty, cues) = CueText.Certainty(sentence);
        Assert.Equal(Certainty.Hedged, certainty);
        Assert.Equal([cue], cues);
    }

    [Theory]
    [InlineData("Eastgate Wire could not verify the documents.")]
    [InlineData("Hamas claimed responsibility for the attack.")]
    [InlineData("Remarkably, the fire has so far claimed no lives.")]
    [InlineData("The storm claimed 12 lives along the coast.")]
    [InlineData("Responsibility was claimed by Greyfen, a criminal outfit.")]
    [InlineData("No councilmember has suggested a motion to reconsider.")]
    [InlineData("The levy would raise $38 million a year.")]
    [InlineData("The bank will cut rates on Thursday.")]
    [InlineData("Residents asked how it could have happened.")]
    [InlineData("The May report was published.")]
    [InlineData("It makes such operations possible.")]
    [InlineData("The move matched the forecasts, though several had said a smaller step was possible.")]
    [InlineData("Some 410,000 passengers have improvised as best they could, on bicycles and on foot.")]
    [InlineData("Crews pumped water out as fast as they could.")]
    [InlineData("The trust wants a golden share, so fans could block any move to a new ground.")]
    [InlineData("The rocket rose into a sky so clear that spectators on the dunes could follow it for minutes.")]
    [InlineData("The ferry capsized close enough that people watching from the quay could hear the shouts.")]
    [InlineData("It was such a loud blast that residents could feel it ten kilometres away.")]
    [InlineData("For two days the town could be reached only the long way round.")]
    [InlineData("Within an hour, social media was awash with claims that hackers had switched the country off.")]
    [InlineData("The result was better than expected on Friday.")]
    [InlineData("People's Coalition leader Tobias Wren said the result should be followed by an early general election.")]
    [InlineData("The appeals judges said Halvard's lawyers should have been allowed to question the accountant.")]
    public void Detect_NoHedgeInTheMainClause_IsAsserted(string sentence)
    {
        Assert.Equal(Certainty.Asserted, CueText.Certainty(sentence).Certainty);
    }
}
