namespace Schwab.Core.Data.Migrations;

/// <summary>What <see cref="Migrator.MigrateAsync"/> did.</summary>
/// <param name="PreviousVersion">The schema version before, null when the database had no schema.</param>
/// <param name="CurrentVersion">The schema version after.</param>
/// <param name="Applied">The scripts this call applied, in order; empty when the schema was current.</param>
internal sealed record MigrationResult(int? PreviousVersion, int CurrentVersion, IReadOnlyList<MigrationScript> Applied);
