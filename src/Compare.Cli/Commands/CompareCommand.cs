using System.CommandLine;
using Compare.Core.Analysis.Claims;

namespace Compare.Cli.Commands;

/// <summary>The root <c>compare</c> command and its subcommands.</summary>
internal static class CompareCommand
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Compare: claim-by-claim comparison of how news outlets cover a story.");
        root.Subcommands.Add(CorpusCommand.Build());
        root.Subcommands.Add(CrawlCommand.Build());
        root.Subcommands.Add(ExtractCommand.Build());
        root.Subcommands.Add(ReportCommand.Build(() => new ClaimExtractor()));
        root.Subcommands.Add(EvalCommand.Build(() => new ClaimExtractor()));
        root.Subcommands.Add(PairsCommand.Build(() => new ClaimExtractor()));
        root.Subcommands.Add(TrainCommand.Build(() => new ClaimExtractor()));
        root.Subcommands.Add(BenchCommand.Build(() => new ClaimExtractor()));
        root.Subcommands.Add(StoriesCommand.Build());
        root.Subcommands.Add(ScheduleCommand.Build());
        root.Subcommands.Add(WatchCommand.Build());
        return root;
    }
}
