using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Running;
using Compare.Reports;
using Compare.Reports.Benchmarks;
using Compare.Reports.Tests.Fixtures;

// First, what a single `compare report --format html` pays: the cold render of a fresh process (JIT, fonts, native
// SkiaSharp), then the size of each format. Then BenchmarkDotNet measures the warm renders.
var comparison = LargeComparison.Create(outlets: 20, facts: 500);
var watch = Stopwatch.StartNew();
var html = ReportRenderer.Render(comparison, ReportFormat.Html);
watch.Stop();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold HTML render, 20 outlets x 500 facts: {watch.Elapsed.TotalMilliseconds:0} ms"));
foreach (var format in Enum.GetValues<ReportFormat>())
{
    var bytes = Encoding.UTF8.GetByteCount(format == ReportFormat.Html ? html : ReportRenderer.Render(comparison, format));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{format,-8} size: {bytes / 1024.0 / 1024.0:0.00} MiB ({bytes} bytes)"));
}

BenchmarkSwitcher.FromAssembly(typeof(RenderBenchmarks).Assembly).Run(args);
