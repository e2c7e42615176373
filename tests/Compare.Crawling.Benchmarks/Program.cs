using BenchmarkDotNet.Running;
using Compare.Crawling.Benchmarks;

if (args.Length > 0 && args[0] == "quality")
{
    string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    QualityReport.Run(verbose: args.Contains("--verbose"), Value("--show"), Value("--scrapinghub"));
    return;
}

if (args.Length > 0 && args[0] == "speed")
{
    SpeedReport.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(QualityReport).Assembly).Run(args);
