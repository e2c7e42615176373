using Compare.Core.Analysis.Pairs;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class NegationScopeTests
{
    [Theory]
    [InlineData("Mayor Varga has not said whether she will sign it.", "Mayor Varga said she would sign the budget.")]
    [InlineData("US officials said Iran's leaders did not know about the assault.", "Israeli officials said Iran knew of the plan.")]
    [InlineData("The council did not approve the levy.", "The council approved the levy on Tuesday.")]
    [InlineData("Payment data was not accessed.", "Hackers accessed payment data.")]
    [InlineData("The strike never ended.", "The strike ended on Saturday.")]
    [InlineData("No payment card numbers or bank details had been compromised.", "Some customers' bank details were taken as well.")]
    public void NegatesSharedWord_NegationOfWhatTheOtherSays_True(string negated, string other)
    {
        Assert.True(NegationScope.NegatesSharedWord(negated, other));
    }

    [Theory]
    [InlineData("An Orvand spokeswoman said the offer would not change the decision.", "Orvand said the offer came too late to alter its plans.")]
    [InlineData("The strike cost the authority $14 million in fares it will never collect.", "The strike cost the authority $14 million in lost revenue.")]
    [InlineData("The Kavrin-2 had flown seven times before without a failure.", "The rocket had flown seven times before, and every launch went fine.")]
    [InlineData("The decision was not unanimous.", "The judges split two votes to one.")]
    [InlineData("The decision was not unanimous: two of the three judges on the panel voted to overturn the verdict.", "The judges split two votes to one.")]
    [InlineData("The plant will not close, the company said on Tuesday.", "The company said on Tuesday that the plant would stay open.")]
    [InlineData("No payment card numbers had been compromised or sold, and bank details were held apart.", "Some customers' bank details were taken as well.")]
    public void NegatesSharedWord_NegationOfSomethingTheOtherDoesNotSay_False(string negated, string other)
    {
        Assert.False(NegationScope.NegatesSharedWord(negated, other));
    }

    [Fact]
    public void NegatesSharedWord_NothingAfterTheCue_KeepsTheDifference()
    {
        Assert.True(NegationScope.NegatesSharedWord("Iran denied it.", "Iran did it."));
    }
}
