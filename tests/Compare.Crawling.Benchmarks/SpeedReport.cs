using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using Compare.Crawling.Extraction;

namespace Compare.Crawling.Benchmarks;

/// <summary>A quick pages-per-second figure (<c>speed</c>): each page set extracted repeatedly for a few seconds after a warm-up.</summary>
internal static class SpeedReport
{
    public static void Run()
    {
        var corpus = ExtractionPages.Corpus();
        var large = ExtractionBenchmarks.BuildLargePage(corpus);
        var extractor = new ArticleExtractor();
        var parser = new HtmlParser();
        var url = new Uri("https://example.com/story");
        Measure("AngleSharp parse only, corpus pages", corpus.Select(p => p.Html).ToList(), h => parser.ParseDocument(h).Body?.ChildElementCount ?? 0);
        Measure("plain SmartReader, corpus pages", corpus.Select(p => p.Html).ToList(), h => QualityReport.PlainSmartReader(h).Length);
        Measure("Compare extractor, corpus pages", corpus.Select(p => p.Html).ToList(), h => extractor.Extract(h, url).WordCount);
        Measure($"plain SmartReader, {large.Length / 1024} KB page", [large], h => QualityReport.PlainSmartReader(h).Length);
        Measure($"Compare extractor, {large.Length / 1024} KB page", [large], h => extractor.Extract(h, url).WordCount);
    }

    private static void Measure(string name, IReadOnlyList<string> pages, Func<string, int> work)
    {
        foreach (var page in pages)
        {
            work(page);
        }

        var count = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(4))
        {
            foreach (var page in pages)
            {
                work(page);
                count++;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-45} {count / watch.Elapsed.TotalSeconds,8:0.0} pages/s  ({watch.Elapsed.TotalMilliseconds / count:0.00} ms/page)"));
    }
}
