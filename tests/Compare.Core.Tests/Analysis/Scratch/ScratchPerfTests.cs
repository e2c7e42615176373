using System.Diagnostics;
using Compare.Core.Analysis.Claims;
using Compare.Core.Analysis.Slots.Cues;
using Compare.Core.Analysis.Slots.Dates;
using Compare.Core.Analysis.Slots.Entities;
using Compare.Core.Analysis.Slots.Quantities;
using Compare.Core.Analysis.Text;

namespace Compare.Core.Tests.Analysis.Scratch;

public sealed class ScratchPerfTests
{
    [Fact]
    public void Stages()
    {
        var path = Environment.GetEnvironmentVariable("SCRATCH_PERF_OUT");
        if (path is null)
        {
            return;
        }

        var w = new StringWriter();
        var text = Environment.GetEnvironmentVariable("SCRATCH_PERF_TEXT") ?? new string('a', 2000);
        var sw = Stopwatch.StartNew();
        void T(string name, Action a)
        {
            for (var i = 0; i < 20; i++) a();
            sw.Restart();
            for (var i = 0; i < 500; i++) a();
            w.WriteLine($"{name}: {sw.Elapsed.TotalMilliseconds / 500 * 1000:0.0} us");
        }

        var s = new SentenceText(text, 0);
        T("tokenize", () => _ = new SentenceText(text, 0));
        T("dates", () => DateParser.Parse(s, new DateOnly(2026, 1, 1)));
        foreach (var p in typeof(DatePatterns).GetMethods().Where(m => m.ReturnType == typeof(System.Text.RegularExpressions.Regex)))
        {
            var rx = (System.Text.RegularExpressions.Regex)p.Invoke(null, null)!;
            T("  " + p.Name, () => rx.Count(text).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var d = DateParser.Parse(s, new DateOnly(2026, 1, 1));
        T("quantities", () => QuantityParser.Parse(s, d.Blocked));
        T("scope", () => CueScope.Excluded(s.Tokens));
        T("junk", () => PageJunk.Pattern().IsMatch(text));
        T("byline", () => PageJunk.Byline().IsMatch(text));
        T("meta", () => PageJunk.Meta().IsMatch(text));
        T("opinion", () => Opinion.Pattern().IsMatch(text));
        var rec = new EntityRecognizer(AliasTable.Default);
        T("entities", () => rec.Recognize(s, new HashSet<string>()));
        T("certainty", () => CertaintyDetector.Detect(s.Tokens, CueScope.Excluded(s.Tokens)));
        T("polarity", () => PolarityDetector.Detect(s.Tokens, CueScope.Excluded(s.Tokens)));
        var ents = EntityResolver.Resolve([s], [rec.Recognize(s, new HashSet<string>())])[0];
        T("attribution", () => AttributionDetector.Detect(s, ents, null, CueScope.Excluded(s.Tokens)));
        T("tense", () => FutureCues.Of(s.Tokens));
        File.WriteAllText(path, w.ToString());
    }
}
