using System.ComponentModel.DataAnnotations;

namespace Compare.Storage;

/// <summary>Where Compare keeps its data.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>SQLite database file; relative paths are taken from the current directory. Default <c>data/compare.db</c>.</summary>
    [Required]
    public string DatabasePath { get; set; } = Path.Combine("data", "compare.db");
}
