using System.Globalization;
using System.Text.RegularExpressions;

namespace Compare.Storage.Sqlite;

/// <summary>The migrations embedded in this assembly (<c>Sqlite/Migrations/NNNN_name.sql</c>; the PostgreSQL ones are not theirs), in version order.</summary>
internal static partial class SqliteMigrations
{
    public static IReadOnlyList<SqliteMigration> All { get; } = Load();

    private static List<SqliteMigration> Load()
    {
        var assembly = typeof(SqliteMigrations).Assembly;
        var list = new List<SqliteMigration>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(name);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add(new SqliteMigration(
                int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture), match.Groups["name"].Value, reader.ReadToEnd()));
        }

        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Version != i + 1)
            {
                throw new InvalidOperationException($"schema migrations must be numbered 1, 2, 3...; found {list[i].Version} at position {i + 1}");
            }
        }

        return list;
    }

    [GeneratedRegex(@"\.Sqlite\.Migrations\.(?<version>\d{4})_(?<name>\w+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex ResourceName();
}
