using System.CommandLine;
using Compare.Storage;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Compare.Cli.Commands;

/// <summary>An offline command's open store, the database's name for messages (never a password), and where to write.</summary>
internal sealed class StoreSession(ICompareStore store, string databaseName, InvocationConfiguration console)
{
    private IAnsiConsole? _ansi;

    public ICompareStore Store { get; } = store;

    /// <summary>"SQLite database /path/compare.db" or "PostgreSQL database host:port/name".</summary>
    public string DatabaseName { get; } = databaseName;

    public TextWriter Output => console.Output;

    public TextWriter Error => console.Error;

    /// <summary>A table with the borders every store command uses; the first column, an id, never wraps.</summary>
    public static Table Table(string key, params string[] columns) =>
        new Table().Border(TableBorder.Simple).AddColumn(new TableColumn(key).NoWrap()).AddColumns(columns);

    /// <summary>Writes <paramref name="renderable"/> (a table) to <see cref="Output"/>.</summary>
    public void Write(IRenderable renderable) => (_ansi ??= OutputConsole.Create(Output)).Write(renderable);
}
