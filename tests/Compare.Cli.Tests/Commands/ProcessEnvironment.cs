namespace Compare.Cli.Tests.Commands;

/// <summary>Tests that change environment variables the CLI reads: run one at a time, with no other test running.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;
