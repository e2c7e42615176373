using System.CommandLine;
using System.Data.Common;
using System.Net.Sockets;
using Compare.Storage;
using Compare.Storage.Postgres;
using Compare.Storage.Sqlite;
using Npgsql;

namespace Compare.Cli.Commands;

/// <summary>
/// The database of every offline command: <c>--db FILE</c> (SQLite, the default <c>./data/compare.db</c>) or
/// <c>--postgres CONNECTION_STRING</c> (else <c>$COMPARE_POSTGRES</c>, unless <c>--db</c> is given), never both.
/// Messages name the database by its path or by host, port and database, never by the connection string (it holds the password).
/// </summary>
internal sealed class DatabaseOptions
{
    public const string PostgresVariable = "COMPARE_POSTGRES";

    private readonly Option<FileInfo?> _db = new("--db")
    {
        Description = "SQLite database file (default: ./data/compare.db)",
        Recursive = true,
    };

    private readonly Option<string?> _postgres = new("--postgres")
    {
        Description = $"PostgreSQL connection string (Npgsql syntax) instead of --db (default: ${PostgresVariable})",
        Recursive = true,
    };

    /// <summary>Adds <c>--db</c> and <c>--postgres</c> to <paramref name="command"/> and its subcommands.</summary>
    public static DatabaseOptions AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var options = new DatabaseOptions();
        command.Options.Add(options._db);
        command.Options.Add(options._postgres);
        return options;
    }

    /// <summary>Which database the command line names, or null after printing why it names none (both options given).</summary>
    public DatabaseChoice? Choose(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var db = parse.GetValue(_db);
        var postgres = parse.GetValue(_postgres);
        if (db is not null && postgres is not null)
        {
            parse.InvocationConfiguration.Error.WriteLine("compare: --db and --postgres name two databases; give one of them");
            return null;
        }

        if (postgres is not null)
        {
            return new DatabaseChoice(null, postgres, "--postgres");
        }

        if (db is null && Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } fromEnvironment)
        {
            return new DatabaseChoice(null, fromEnvironment, "$" + PostgresVariable);
        }

        return new DatabaseChoice(db?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), "data", "compare.db"), null, "--db");
    }

    /// <summary>
    /// Opens the existing database the command line names and runs <paramref name="work"/> on it. A database that is missing
    /// or unreachable, or fails on the way, ends the command with one line naming it and exit code 2: these commands never
    /// create a database (a PostgreSQL one gets its tables on first use, as the server does).
    /// </summary>
    public async Task<int> RunAsync(
        ParseResult parse, Func<StoreSession, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Choose(parse) is not { } choice)
        {
            return 2;
        }

        var console = parse.InvocationConfiguration;
        if (choice.SqlitePath is { } path && !File.Exists(path))
        {
            await console.Error.WriteLineAsync(
                $"compare: no database at {path}: start the server (dotnet run --project src/Compare.Server) or run 'compare crawl', " +
                "or pass --db PATH or --postgres CONNECTION_STRING").ConfigureAwait(false);
            return 2;
        }

        ICompareStore store;
        if (choice.PostgresConnectionString is { } connectionString)
        {
            try
            {
                store = new PostgresCompareStore(connectionString, TimeProvider.System);
            }
            catch (ArgumentException e)
            {
                // Npgsql names the bad keyword or format, never a value, so the password stays out of the message.
                await console.Error.WriteLineAsync($"compare: {choice.Source} is not a PostgreSQL connection string: {e.Message}")
                    .ConfigureAwait(false);
                return 2;
            }
        }
        else
        {
            store = new SqliteCompareStore(choice.SqlitePath!, TimeProvider.System);
        }

        var name = Name(store);
        try
        {
            return await work(new StoreSession(store, name, console), cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            await console.Error.WriteLineAsync($"compare: {name}: {Describe(e)}").ConfigureAwait(false);
            return 2;
        }
        finally
        {
            await DisposeAsync(store).ConfigureAwait(false);
        }
    }

    /// <summary>"SQLite database /path/compare.db" or "PostgreSQL database host:port/name": how messages and titles name it.</summary>
    internal static string Name(ICompareStore store) => store switch
    {
        PostgresCompareStore postgres => "PostgreSQL database " + postgres.DatabaseName,
        SqliteCompareStore sqlite => "SQLite database " + sqlite.DatabasePath,
        _ => "the database",
    };

    /// <summary>The reason, with the socket or timeout error under Npgsql's "Failed to connect to ..." that says what went wrong.</summary>
    internal static string Describe(DbException e) =>
        e is NpgsqlException { InnerException: (SocketException or TimeoutException or IOException) and var inner }
            ? $"{e.Message} ({inner.Message})"
            : e.Message;

    private static async ValueTask DisposeAsync(ICompareStore store)
    {
        if (store is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync().ConfigureAwait(false);
        }
        else if (store is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
