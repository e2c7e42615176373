using Compare.Core.Analysis.Text;

namespace Compare.Core.Tests.Analysis.Text;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("JERUSALEM, Oct 8 (Eastgate Wire) - Iran funnels up to $350 million a year to Hamas.", "Iran funnels")]
    [InlineData("WASHINGTON — One year after the attack, the question still divides.", "One year")]
    [InlineData("PORT ALDER – The council passed the budget.", "The council")]
    [InlineData("VELMORA, Sept 17 (Eastgate Wire) -  The bank cut its rate.", "The bank")]
    [InlineData("BREAKING: Marravia's Economy Ministry blocks the merger, 3 June.", "Marravia's Economy")] // alert and topic labels
    [InlineData("JUST IN: The council passed the budget.", "The council")]
    [InlineData("VELMORA RATES:  The bank cut its rate.", "The bank")]
    [InlineData("UPDATE: VELMORA, Sept 17 (Eastgate Wire) - The bank cut its rate.", "The bank")]
    public void Length_WireDatelineOrLabel_EndsAfterItsDashOrColonAndTheSpaces(string sentence, string bodyStart)
    {
        var length = Dateline.Length(sentence);

        Assert.StartsWith(bodyStart, sentence[length..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The bank cut its rate - its first cut since 2020.")]
    [InlineData("Breaking: the bank cut its rate.")]
    [InlineData("The verdict was clear: guilty on all counts.")]
    [InlineData("A: the first answer.")]
    [InlineData("THE BANK OF VELMORA AND ITS GOVERNOR: a profile.")]
    [InlineData("Velmora, Sept 17 - The bank cut its rate.")]
    [InlineData("A — the first letter — is missing.")]
    [InlineData("HALBECK is a small town whose river, which runs past the plant and the school, was poisoned - officials said.")]
    [InlineData("The half-point cut was expected.")]
    [InlineData("")]
    public void Length_NoDateline_IsZero(string sentence) => Assert.Equal(0, Dateline.Length(sentence));
}
