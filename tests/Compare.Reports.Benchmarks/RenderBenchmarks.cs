using BenchmarkDotNet.Attributes;
using Compare.Core.Domain;
using Compare.Reports.Tests.Fixtures;

namespace Compare.Reports.Benchmarks;

/// <summary>Rendering a large story (20 outlets × 500 facts) in every format; the HTML goal is under 2 s and under 5 MB.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private Comparison comparison = null!;

    [GlobalSetup]
    public void Setup() => comparison = LargeComparison.Create(outlets: 20, facts: 500);

    [Benchmark(Baseline = true)]
    public string Html() => ReportRenderer.Render(comparison, ReportFormat.Html);

    [Benchmark]
    public string Markdown() => ReportRenderer.Render(comparison, ReportFormat.Markdown);

    [Benchmark]
    public string Json() => ReportRenderer.Render(comparison, ReportFormat.Json);

    [Benchmark]
    public string Csv() => ReportRenderer.Render(comparison, ReportFormat.Csv);
}
