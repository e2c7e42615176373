namespace Compare.Server.Benchmarks.Cluster;

/// <summary>What one measured run of <see cref="ClusterBenchmark"/> found.</summary>
internal sealed record ClusterRun(
    int Workers,
    int Repeat,
    int Pages,
    int Articles,
    int Duplicates,
    int Stories,
    int Compared,
    double WallSeconds,
    double RunSeconds,
    double JobStartSeconds,
    double CrawlSeconds,
    double GroupingSeconds,
    double AnalysisSeconds,
    double IdleCpuPerSecond,
    IReadOnlyList<(string Name, double CpuSeconds, int Pages, int Stories)> Processes,
    double PostgresCpu,
    double BenchCpu,
    double MachineBusy,
    double MachineTotal);
