namespace Compare.Cli.Commands;

/// <summary>The database a command line names: a SQLite file or a PostgreSQL connection string, and which option gave it.</summary>
/// <param name="SqlitePath">The SQLite file, full path; null for PostgreSQL.</param>
/// <param name="PostgresConnectionString">The connection string, password included: never print it.</param>
/// <param name="Source">Where it came from, for messages: <c>--db</c>, <c>--postgres</c> or <c>$COMPARE_POSTGRES</c>.</param>
internal sealed record DatabaseChoice(string? SqlitePath, string? PostgresConnectionString, string Source)
{
    /// <summary>Not the generated one: that would print the connection string and its password.</summary>
    public override string ToString() => SqlitePath ?? $"PostgreSQL ({Source})";

    /// <summary>The <c>Storage</c> settings that select this database, as the server reads them.</summary>
    public Dictionary<string, string?> StorageSettings() => PostgresConnectionString is null
        ? new() { ["Storage:Provider"] = "Sqlite", ["Storage:DatabasePath"] = SqlitePath }
        : new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = PostgresConnectionString };
}
