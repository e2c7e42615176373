using Compare.Core.Analysis.Claims;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Claims;

public sealed class CheckWorthinessScorerTests
{
    private static SentenceAnalysis Analyze(string sentence)
    {
        var article = new Article("a", "o", new Uri("https://o.example/a"), "t", null, new DateTimeOffset(2026, 6, 11, 12, 0, 0,
            TimeSpan.Zero),
            null, "en", sentence);
        return Assert.Single(new ClaimExtractor().Analyze(article));
    }

    [Theory]
    [InlineData("Iran officially recognizes Palestine as a state.")]
    [InlineData("The board was split.")]
    [InlineData("Another cut is coming before the year is out.")]
    [InlineData("And the transit levy could be on your ballot in November.")]
    [InlineData("For a typical homeowner, that's about $7 more a month.")]
    [InlineData("Tehran may well have known the attack was coming.")]
    [InlineData("\"We are not declaring victory over inflation,\" Governor Helena Drosk told reporters.")]
    [InlineData("Good news for bookworms: every branch library in the city, all 11 of them, will be open on Sundays again.")]
    [InlineData("Three workers were killed, according to the union.")]
    [InlineData("The council voted 6-3 to adopt the budget.")]
    [InlineData("This support grew significantly, especially after Hamas gained control over the Gaza Strip.")]
    [InlineData("By the police's reckoning, sixty-four thousand people took part.")]
    [InlineData("By Friday evening the coastguard had recovered 41 survivors.")]
    [InlineData("\"We just want somebody to tell us where the money went,\" said Saskia Doorn, a nurse who paid a deposit in 2019.")]
    [InlineData("\"They will tell us to be efficient,\" Lusk said.")]
    [InlineData("The statement was revised after editing by the committee cut two paragraphs.")]
    public void Score_FactualSentence_IsAClaim(string sentence)
    {
        var a = Analyze(sentence);
        Assert.True(a.IsClaim, $"{a.CheckWorthiness.Score:0.00}: {a.CheckWorthiness.Explain()}");
    }

    [Theory]
    [InlineData("We invite you to share your thoughts on the relationship between Hamas and Iran in the comments below.")]
    [InlineData("What do you believe are the most significant implications of this alliance?")]
    [InlineData("For more in-depth analysis on Middle Eastern geopolitics, explore other articles on our site.")]
    [InlineData("[Back to Top]")]
    [InlineData("Table of Contents")]
    [InlineData("Historical Roots: From Expulsion to Alliance")]
    [InlineData("Captivating Pinay Flix Your Destination For Filipino Films")]
    [InlineData("(Reporting by Jane Doe; Editing by John Roe)")]
    [InlineData("By Jane Doe and John Roe")]
    [InlineData("BY JANE DOE")]
    [InlineData("By Jane Doe, Reuters")]
    [InlineData("Watch: Our reporter explains the rate cut in 60 seconds.")]
    [InlineData("Sign up for our morning newsletter.")]
    [InlineData("Click here to read the full report.")]
    [InlineData("How much money are we talking about?")]
    [InlineData("Why it matters")]
    [InlineData("What you need to know about Hamas")]
    [InlineData("Expect the same script in a lot of city halls this summer.")]
    [InlineData("But read the statement closely and the direction is obvious.")]
    [InlineData("Share this article on Facebook.")]
    [InlineData("© 2026 Example Media, all rights reserved.")]
    [InlineData("We'll keep following the story and let you know what happens.")]
    [InlineData("Here's a plain-language look at what we know.")]
    [InlineData("#### $$$ %%% ++ 0101 1101 ###")]
    [InlineData("It wasn't.")]
    public void Score_NonClaim_IsBelowTheThreshold(string sentence)
    {
        var a = Analyze(sentence);
        Assert.False(a.IsClaim, $"{a.CheckWorthiness.Score:0.00}: {a.CheckWorthiness.Explain()}");
    }

    [Fact]
    public void Score_Features_ExplainTheScore()
    {
        var figure = Analyze("Iran provides about $100 million annually to Hamas, officials said.").CheckWorthiness;
        Assert.Contains(figure.Features, f => f.Name == "figures" && f.Weight > 0 && f.Evidence == "about $100 million annually");
        Assert.Contains(figure.Features, f => f.Name == "attribution" && f.Weight > 0);
        Assert.Contains(figure.Features, f => f.Name == "named actors" && f.Weight > 0);

        var question = Analyze("Did Iran know about the attack?").CheckWorthiness;
        Assert.Contains(question.Features, f => f.Name == "question" && f.Weight < 0);
        Assert.Contains("question -3.50", question.Explain(), StringComparison.Ordinal);
        Assert.True(figure.Score > question.Score);
    }

    [Fact]
    public void Score_MoreEvidence_ScoresHigher()
    {
        var plain = Analyze("The relationship deepened over time.").CheckWorthiness.Score;
        var rich = Analyze("Iran gave Hamas $154 million in February 2024, Israeli officials said.").CheckWorthiness.Score;
        Assert.InRange(plain, 0.4, 0.9);
        Assert.InRange(rich, plain, 1.0);
    }
}
