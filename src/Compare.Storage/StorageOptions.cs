using System.ComponentModel.DataAnnotations;

namespace Compare.Storage;

/// <summary>Which database Compare keeps its data in.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file: the embedded default for one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by several worker and api processes.</summary>
    Postgres,
}

/// <summary>Where Compare keeps its data.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><see cref="StorageProvider.Sqlite"/> (default) or <see cref="StorageProvider.Postgres"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>SQLite database file; relative paths are taken from the current directory. Default <c>data/compare.db</c>.</summary>
    [Required]
    public string DatabasePath { get; set; } = Path.Combine("data", "compare.db");

    /// <summary>The PostgreSQL connection string (Npgsql syntax); required when <see cref="Provider"/> is Postgres.</summary>
    public string? ConnectionString { get; set; }
}
