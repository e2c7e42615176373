using Compare.Core.Analysis.Findings;
using static Compare.Core.Tests.Analysis.Pairs.TestClaims;

namespace Compare.Core.Tests.Analysis.Findings;

public sealed class OmissionRuleTests
{
    private static readonly FindingOptions Options = new();

    [Fact]
    public void Worthy_FactTwoOutletsState_IsWorthReportingWhenOthersLeaveItOut()
    {
        Assert.True(OmissionRule.Worthy([Of("a", "The ferry will stop running."), Of("b", "Ferry service will end.")], Options));
    }

    [Fact]
    public void Worthy_UniqueFigureInTheOutletsOwnWords_IsWorthReporting()
    {
        const string text = "The city's forecast projects a $61 million gap in 2029.";

        Assert.True(OmissionRule.Worthy([Of("a", text, quantities: [Q(text, "$61 million", 6.1e7, "USD")])], Options));
    }

    [Fact]
    public void Worthy_UniqueQuotation_IsNot()
    {
        const string text = "\"Seven dollars doesn't sound like much until it's seven dollars here and ten there,\" said Dale Renner.";

        Assert.False(OmissionRule.Worthy([Of("a", text, quantities: [Q(text, "Seven dollars", 7, "USD")])], Options));
    }

    [Fact]
    public void Worthy_UniqueClaimFromAnUnnamedSource_IsWorthReporting()
    {
        const string text = "The warning was kept from the cabinet, according to two officials familiar with the matter.";
        var source = new Compare.Core.Domain.Attribution("two officials familiar with the matter", "according to", "according to two officials familiar with the matter");

        Assert.True(OmissionRule.Worthy([Of("a", text, attribution: source)], Options));
    }

    [Fact]
    public void Worthy_UniqueClaimWithoutFigureOrDate_IsNot()
    {
        Assert.False(OmissionRule.Worthy([Of("a", "Opponents argued the council had chosen the easy path.")], Options));
    }
}
