namespace Compare.Storage.Sqlite;

/// <summary>One schema step: <c>Migrations/NNNN_name.sql</c>, applied once, in order of <see cref="Version"/>.</summary>
internal sealed record SqliteMigration(int Version, string Name, string Sql);
