namespace Compare.Storage.Postgres;

/// <summary>One schema step: <c>Postgres/Migrations/NNNN_name.sql</c>, applied once, in order of <see cref="Version"/>.</summary>
internal sealed record PostgresMigration(int Version, string Name, string Sql);
