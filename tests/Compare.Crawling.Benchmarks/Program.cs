using BenchmarkDotNet.Running;
using Compare.Crawling.Benchmarks;

if (args.Length > 0 && args[0] == "quality")
{
    var show = Array.IndexOf(args, "--show") is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    QualityReport.Run(verbose: args.Contains("--verbose"), show);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(QualityReport).Assembly).Run(args);
