namespace Bolwerk.Storage.Migrations;

/// <summary>One versioned schema change, as SQL for one engine.</summary>
/// <param name="Version">Sequence number; migrations apply in ascending order.</param>
/// <param name="Name">File name without the version, e.g. "foundation".</param>
/// <param name="Sql">The script.</param>
/// <param name="Checksum">SHA-256 of the script, to detect an applied migration that was edited afterwards.</param>
public sealed record Migration(int Version, string Name, string Sql, string Checksum);

/// <summary>What <see cref="Migrator.MigrateAsync"/> did.</summary>
/// <param name="Applied">Migrations applied by this run, in order.</param>
/// <param name="CurrentVersion">The schema version after the run.</param>
public sealed record MigrationReport(IReadOnlyList<Migration> Applied, int CurrentVersion);
