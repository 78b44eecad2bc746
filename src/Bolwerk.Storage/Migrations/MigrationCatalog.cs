using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Bolwerk.Storage.Infrastructure;

namespace Bolwerk.Storage.Migrations;

/// <summary>
/// The migrations embedded in this assembly: Migrations/{Sqlite,Postgres}/NNNN_name.sql.
/// Both engines have the same versions, so the schema is one schema.
/// </summary>
public static class MigrationCatalog
{
    /// <summary>All migrations for <paramref name="engine"/>, in version order.</summary>
    public static IReadOnlyList<Migration> For(StorageEngine engine)
    {
        var prefix = $"Bolwerk.Storage.Migrations.{engine}.";
        var assembly = typeof(MigrationCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Load(assembly, name, name[prefix.Length..^4]))
            .OrderBy(migration => migration.Version)
            .ToList();
    }

    private static Migration Load(Assembly assembly, string resource, string fileStem)
    {
        var underscore = fileStem.IndexOf('_', StringComparison.Ordinal);
        // Resource names of files starting with a digit are prefixed with '_' by MSBuild.
        var versionText = fileStem[..underscore].TrimStart('_');
        if (underscore < 0 || !int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration resource {resource} is not named NNNN_name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sql = reader.ReadToEnd().ReplaceLineEndings("\n");
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
        return new Migration(version, fileStem[(underscore + 1)..], sql, checksum);
    }
}
