using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Slots.Cues;

public sealed class PolarityDetectorTests
{
    [Theory]
    [InlineData("Iran did not direct the attack.", "not")]
    [InlineData("Iran didn't direct the attack.", "didn't")]
    [InlineData("Iran doesn’t direct its actions.", "doesn’t")]
    [InlineData("There was no evidence that Iran knew.", "no")]
    [InlineData("Iran has never funded the group.", "never")]
    [InlineData("No arrests have been made since Monday.", "no")]
    [InlineData("The man who fled the scene was not armed.", "not")]
    [InlineData("The company has not since made a profit.", "not")]
    [InlineData("The company has not said the plant will close.", "not")]
    [InlineData("The court said that the trial had not been fair.", "not")]
    [InlineData("Prosecutors argued that the evidence was not enough.", "not")]
    [InlineData("Iran denied planning the attack.", "denied")]
    [InlineData("Investigators ruled out sabotage.", "ruled out")]
    [InlineData("The bank failed to cut rates.", "failed to")]
    [InlineData("Hamas refused to stand with Syria's government.", "refused to")]
    [InlineData("The Eskeland government declined to extend its cap on household energy bills.", "declined to")]
    [InlineData("The plan passed without opposition.", "without")]
    [InlineData("Neither Iran nor Hezbollah knew of it.", "neither")]
    [InlineData("Iran no longer funds the group.", "no longer")]
    [InlineData("The group cannot be viewed in isolation.", "cannot")]
    [InlineData("Nobody was hurt in the blast.", "nobody")]
    [InlineData("No one was hurt in the blast.", "no one")]
    [InlineData("None of the workers were hurt.", "none")]
    [InlineData("Nothing about the outcome was surprising.", "nothing")]
    [InlineData("The mayor has not said whether she will sign it.", "not")]
    [InlineData("Police said no deaths had been linked to the blackout.", "no")]
    public void Detect_Negation_IsNegatedWithItsCue(string sentence, string cue)
    {
        var (polarity, cues) = CueText.Polarity(sentence);
        Assert.Equal(Polarity.Negated, polarity);
        Assert.Equal([cue], cues);
    }

    [Theory]
    [InlineData("Investigators had not ruled out sabotage.")]
    [InlineData("Iran did not deny the report.")]
    [InlineData("The network includes not only Hamas but also Hezbollah.")]
    [InlineData("The bond is not just about cash.")]
    [InlineData("Not long after the blast, families left.")]
    [InlineData("Pundits debated whether or not Iran helped.")]
    [InlineData("Eleven people were injured, she said, without giving details of their condition.")]
    [InlineData("The blast started in the unit, Rask said, adding that the cause was not yet known.")]
    [InlineData("Although the papers have not been verified, they show transfers.")]
    [InlineData("Three councilmembers voted no on both.")]
    [InlineData("The union said no to the offer on Friday.")]
    [InlineData("We will not stop marching until this bill is withdrawn.")]
    [InlineData("The authority's advice to patients is not to stop taking Venlodar.")]
    [InlineData("The council's three no votes came from the east side.")]
    [InlineData("There is no doubt that prices rose.")]
    [InlineData("Mayor Ines Varga, who did not attend, signed the budget.")]
    [InlineData("The plan lets voters, not politicians, decide.")]
    [InlineData("Iran provides about $100 million annually.")]
    [InlineData("The suspect was detained without incident on Tuesday.")]
    [InlineData("Velsmark farmers will be able to send 18,000 tonnes of beef a year into Corrin without paying any duty.")]
    [InlineData("The ferry left the harbour without waiting for the storm to pass.")]
    [InlineData("Some warn it could misread the group (though others do not agree).")]
    [InlineData("Most of them had put down deposits on flats that were never completed.")]
    [InlineData("Traffic is being sent to a narrower crossing that was never meant to bear such a load.")]
    [InlineData("Investors who had not been told lost their savings.")]
    [InlineData("The appeal goes to a judge who took no part in the first hearing.")]
    [InlineData("The rescue was led by volunteers whose boats never left the bay before.")]
    [InlineData("The vote was held in a hall which nobody had booked.")]
    [InlineData("Pharmacies will swap affected packs at no charge.")]
    [InlineData("The mayor has said she will sign the budget, and no councilmember has suggested a motion to reconsider.")]
    [InlineData("It was not until 21 April that its security staff noticed anything amiss.")]
    [InlineData("No stronger earthquake has struck the country since 1961.")]
    [InlineData("No fire in the valley has been this large since the Greyridge fire of 2009.")]
    [InlineData("Not since 1996, when a silver chalice vanished from a display case, had anything been stolen from the museum.")]
    public void Detect_NoMainClauseNegation_IsAffirmed(string sentence)
    {
        Assert.Equal(Polarity.Affirmed, CueText.Polarity(sentence).Polarity);
    }

    [Fact]
    public void Detect_NegatedNegativeVerb_ListsBothCues()
    {
        var (polarity, cues) = CueText.Polarity("Police had not ruled out sabotage.");
        Assert.Equal(Polarity.Affirmed, polarity);
        Assert.Equal(["not", "ruled out"], cues);
    }
}
