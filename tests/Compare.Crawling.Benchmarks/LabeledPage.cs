namespace Compare.Crawling.Benchmarks;

/// <summary>An HTML page and the text of its article body.</summary>
internal sealed record LabeledPage(string Name, string Html, string Truth);
