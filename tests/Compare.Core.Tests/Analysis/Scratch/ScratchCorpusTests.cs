using System.Globalization;
using Compare.Core.Analysis.Claims;
using Compare.Core.Corpus;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Scratch;

public sealed class ScratchCorpusTests
{
    [Fact]
    public void DumpCorpus()
    {
        var path = Environment.GetEnvironmentVariable("SCRATCH_CORPUS_OUT");
        if (path is null)
        {
            return;
        }

        var w = new StringWriter();
        var extractor = new ClaimExtractor();
        var catalog = CorpusCatalog.Load(RepoPaths.Corpus);
        if (Environment.GetEnvironmentVariable("SCRATCH_ARTICLE") is { } file)
        {
            var art = new Article("x", "x", new Uri("https://x.example/"), "t", null, new DateTimeOffset(2025, 5, 8, 12, 0, 0, TimeSpan.Zero), null, "en", File.ReadAllText(file));
            Dump(w, extractor, art);
            File.WriteAllText(path, w.ToString());
            return;
        }

        foreach (var topic in catalog.Topics.Where(t => !t.HeldOut))
        {
            foreach (var a in topic.Gold.Articles)
            {
                var page = CorpusPage.Load(topic.PagePath(a.Outlet), catalog.Outlet(a.Outlet));
                var text = string.Join("\n\n", page.BodyText.Split('\n'));
                var article = new Article(a.Outlet, a.Outlet, new Uri("https://x.example/"), "t", null, page.Metadata.PublishedAt, null, "en", text);
                w.WriteLine($"######## {topic.Id}/{a.Outlet} {page.Metadata.PublishedAt}");
                Dump(w, extractor, article);
            }
        }

        File.WriteAllText(path, w.ToString());
    }

    private static void Dump(StringWriter w, ClaimExtractor extractor, Article article)
    {
                foreach (var s in extractor.Analyze(article))
                {
                    w.WriteLine($"[{s.Index}] {(s.IsClaim ? "CLAIM" : "-----")} {s.CheckWorthiness.Score.ToString("0.00", CultureInfo.InvariantCulture)} {s.Sentence.Text}");
                    w.WriteLine($"      why: {s.CheckWorthiness.Explain()}");
                    var sl = s.Slots;
                    foreach (var q in sl.Quantities) w.WriteLine($"      Q {q.Value.ToString(CultureInfo.InvariantCulture)} [{q.Unit}] per={q.Per} {q.Qualifier} '{q.Text}'");
                    foreach (var d in sl.Dates) w.WriteLine($"      D {d.From:yyyy-MM-dd}..{d.To:yyyy-MM-dd} {d.Granularity} '{d.Text}'");
                    if (sl.Entities.Count > 0) w.WriteLine("      E " + string.Join(" | ", sl.Entities.Select(e => $"{e.Canonical}<{e.Kind}>{(e.Text != e.Canonical ? "='" + e.Text + "'" : "")}")));
                    if (sl.Polarity != Polarity.Affirmed || sl.Certainty != Certainty.Asserted || sl.Attribution is not null)
                        w.WriteLine($"      P {sl.Polarity} C {sl.Certainty} cues=[{string.Join(",", sl.Cues)}] A {(sl.Attribution is { } at ? $"{at.Source} / {at.Cue} / '{at.Text}'" : "-")}");
                }
    }
}
