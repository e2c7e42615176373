using Compare.Core.Analysis.Slots.Dates;
using Compare.Core.Analysis.Slots.Quantities;
using Compare.Core.Analysis.Text;

namespace Compare.Core.Tests.Analysis.Scratch;

public sealed class ScratchTests
{
    [Fact]
    public void Dump()
    {
        var path = Environment.GetEnvironmentVariable("SCRATCH_FILE");
        if (path is null)
        {
            return;
        }

        var output = new StringWriter();
        var published = DateOnly.Parse(Environment.GetEnvironmentVariable("SCRATCH_DATE") ?? "2026-06-11", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0) continue;
            var s = new SentenceText(line, 0);
            var d = DateParser.Parse(s, published);
            var q = QuantityParser.Parse(s, d.Blocked);
            output.WriteLine(line);
            foreach (var x in q) output.WriteLine($"   Q {x.Value} [{x.Unit}] per={x.Per} {x.Qualifier} '{x.Text}'");
            foreach (var x in d.Dates) output.WriteLine($"   D {x.From:yyyy-MM-dd}..{x.To:yyyy-MM-dd} {x.Granularity} '{x.Text}'");
        }

        File.WriteAllText(path + ".out", output.ToString());
    }
}
