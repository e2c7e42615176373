using System.Globalization;
using System.Text.RegularExpressions;

namespace Compare.Storage.Postgres;

/// <summary>
/// The migrations embedded in this assembly (<c>Postgres/Migrations/NNNN_name.sql</c>), in name order. Numbers need not be
/// contiguous (branches add files independently), but each must be unique: it is the key recorded in <c>schema_migrations</c>.
/// </summary>
internal static partial class PostgresMigrations
{
    public static IReadOnlyList<PostgresMigration> All { get; } = Load();

    private static List<PostgresMigration> Load()
    {
        var assembly = typeof(PostgresMigrations).Assembly;
        var list = new List<PostgresMigration>();
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            var match = ResourceName().Match(name);
            if (!match.Success)
            {
                continue;
            }

            var version = int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture);
            if (list.Exists(m => m.Version == version))
            {
                throw new InvalidOperationException(
                    $"two PostgreSQL schema migrations are numbered {version:D4}; each number must be unique");
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add(new PostgresMigration(version, match.Groups["name"].Value, reader.ReadToEnd()));
        }

        return list;
    }

    [GeneratedRegex(@"\.Postgres\.Migrations\.(?<version>\d{4})_(?<name>\w+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex ResourceName();
}
