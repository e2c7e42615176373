
namespace Compare.Core.Tests.Analysis.Claims;

/// <summary>Reports the share of gold slot values the parsers reproduce; fails only if a share collapses.</summary>
public sealed class GoldSlotMeasurementTests(ClaimCorpusFixture corpus, ITestOutputHelper output) : IClassFixture<ClaimCorpusFixture>
{
    [Fact]
    public void Measure_NonHeldOutTopics_ReproducesMostGoldSlots()
    {
        var m = GoldSlotMeasurement.Measure(corpus);
        var report = m.Report();
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("COMPARE_MEASUREMENT_OUT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, report + Environment.NewLine + string.Join(Environment.NewLine, m.Misses));
        }

        Assert.True(m.Share("quantity value") >= 0.8, report);
        Assert.True(m.Share("date overlaps") >= 0.5, report);
        Assert.True(m.Share("polarity") >= 0.8, report);
        Assert.True(m.Share("certainty") >= 0.8, report);
    }
}
