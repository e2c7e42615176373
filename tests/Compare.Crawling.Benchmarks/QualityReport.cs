using System.Globalization;
using Compare.Crawling.Extraction;
using SmartReader;

namespace Compare.Crawling.Benchmarks;

/// <summary>Token-level F1 of Compare's extractor and of plain SmartReader on the labelled pages, printed as a table.</summary>
internal static class QualityReport
{
    public static void Run(bool verbose, string? show, string? scrapingHub)
    {
        var extractor = new ArticleExtractor();
        var sets = scrapingHub is null
            ? new[] { ("demo corpus", ExtractionPages.Corpus()), ("own test pages", ExtractionPages.Own()), ("held-out pages", ExtractionPages.HeldOut()) }
            : new[] { ("ScrapingHub article-extraction benchmark", ScrapingHubDataset.Load(scrapingHub)) };
        foreach (var (set, pages) in sets)
        {
            var ours = new List<TokenF1>();
            var plain = new List<TokenF1>();
            var oursShingles = new List<ShingleScore>();
            var plainShingles = new List<ShingleScore>();
            foreach (var page in pages)
            {
                var extracted = extractor.Extract(page.Html, new Uri("https://example.com/"));
                var a = TokenF1.Of(extracted.Text, page.Truth);
                if (page.Name == show)
                {
                    Console.WriteLine($"--- {page.Name}: {extracted with { Text = string.Empty }}\n{extracted.Text}\n--- plain SmartReader:\n{PlainSmartReader(page.Html)}\n---");
                }

                var plainText = PlainSmartReader(page.Html);
                var b = TokenF1.Of(plainText, page.Truth);
                oursShingles.Add(ShingleScore.Of(extracted.Text, page.Truth));
                plainShingles.Add(ShingleScore.Of(plainText, page.Truth));
                ours.Add(a);
                plain.Add(b);
                if (verbose)
                {
                    Console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture, $"  {page.Name,-45} ours P {a.Precision:0.000} R {a.Recall:0.000} F1 {a.F1:0.000} | smartreader F1 {b.F1:0.000}"));
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set} ({pages.Count} pages)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  token F1:             Compare {Mean(ours)} | SmartReader {Mean(plain)}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ScrapingHub 4-gram F1: Compare {Benchmark(oursShingles)} | SmartReader {Benchmark(plainShingles)}"));
        }
    }

    public static string PlainSmartReader(string html) => Reader.ParseArticle("https://example.com/", html, null).TextContent ?? string.Empty;

    private static string Benchmark(List<ShingleScore> scores)
    {
        var (p, r, f1) = ShingleScore.Aggregate(scores);
        return string.Create(CultureInfo.InvariantCulture, $"{f1:0.000} (P {p:0.000}, R {r:0.000})");
    }

    private static string Mean(List<TokenF1> scores) => string.Create(
        CultureInfo.InvariantCulture,
        $"{scores.Average(s => s.F1):0.000} (P {scores.Average(s => s.Precision):0.000}, R {scores.Average(s => s.Recall):0.000})");
}
