using Spectre.Console;

namespace Compare.Cli.Commands;

/// <summary>Spectre consoles over a command's own output writer rather than the process-wide <see cref="AnsiConsole"/>.</summary>
internal static class OutputConsole
{
    private const int RedirectedWidth = 240;

    /// <summary>
    /// A console writing to <paramref name="output"/>: as wide as the terminal, or, redirected to a file or a pipe, up to
    /// 240 columns rather than Spectre's 80, so table rows stay whole lines for grep. Commands running side by side (tests) each
    /// get their own, so one's progress display never collides with another's.
    /// </summary>
    public static IAnsiConsole Create(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (!console.Profile.Out.IsTerminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
