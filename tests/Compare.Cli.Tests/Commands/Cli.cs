using System.CommandLine;
using Compare.Cli.Commands;

namespace Compare.Cli.Tests.Commands;

/// <summary>Runs the offline <c>compare</c> command line as a user would, with its output and errors captured.</summary>
internal static class Cli
{
    public static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = await CompareCommand.Build().Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, TestContext.Current.CancellationToken);
        return (code, output.ToString(), errors.ToString());
    }
}
