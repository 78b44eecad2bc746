namespace Bolwerk.Storage.Infrastructure;

/// <summary>The database engines Bolwerk runs on.</summary>
public enum StorageEngine
{
    /// <summary>An embedded SQLite file in WAL mode: the zero-configuration default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for shared deployments.</summary>
    Postgres,
}
