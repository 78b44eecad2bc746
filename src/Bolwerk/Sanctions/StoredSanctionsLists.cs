using System.Security.Cryptography;
using Bolwerk.Sanctions.Lists;
using Bolwerk.Sanctions.Model;
using Bolwerk.Sanctions.Versions;
using Bolwerk.Storage.Sanctions;

namespace Bolwerk.Host.Sanctions;

/// <summary>The outcome of importing one list file.</summary>
/// <param name="Version">The version stored (or the one already holding these bytes).</param>
/// <param name="Created">False when the same file had been imported before: nothing was stored.</param>
/// <param name="Previous">The list's version before this one, when there is one.</param>
/// <param name="Diff">What changed since <paramref name="Previous"/>.</param>
internal sealed record ListImport(StoredListVersion Version, bool Created, StoredListVersion? Previous, ListDiff? Diff);

/// <summary>
/// Sanctions lists kept as versions in the database: import a file of any supported format
/// (each import a dated version; the same bytes twice one version), diff versions, and load the
/// newest version of every list for screening and the maritime watch list.
/// </summary>
internal sealed class StoredSanctionsLists(SanctionsListStore store)
{
    private static readonly string[] OfacCompanions = ["alt.csv", "add.csv"];

    public async Task<ListImport> ImportAsync(string path, string importedBy, string? listKey, CancellationToken cancellationToken)
    {
        var entities = SanctionsListFile.Read(path);
        var format = SanctionsListFile.Detect(path);
        var key = listKey ?? ListKeys.For(format, entities);
        var sha = Convert.ToHexStringLower(await FileHashAsync(path, cancellationToken).ConfigureAwait(false));
        var rows = entities.Select(e =>
        {
            var json = EntityJson.Write(e);
            return new StoredListEntity(e.Id, e.Schema, e.Names.Count > 0 ? e.Names[0] : e.Id, EntityJson.Digest(json), json);
        }).ToList();
        var duplicates = rows.GroupBy(r => r.EntityId, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new SanctionsListException(path, "entity " + duplicates[0], $"{duplicates.Count} entity ids appear more than once; a version needs unique ids");
        }

        var versions = await store.VersionsAsync(key, cancellationToken).ConfigureAwait(false);
        var previous = versions.Count > 0 ? versions[^1] : null;
        var (version, created) = await store.ImportAsync(
            new NewListVersion(key, format.ToString(), Path.GetFileName(path), sha, ListKeys.Published(entities), importedBy, rows), cancellationToken).ConfigureAwait(false);
        if (!created || previous is null)
        {
            return new ListImport(version, created, created ? previous : null, null);
        }

        var before = await EntitiesAsync(previous.Id, cancellationToken).ConfigureAwait(false);
        return new ListImport(version, created, previous, ListDiff.Between(before, entities));
    }

    public Task<IReadOnlyList<StoredListVersion>> VersionsAsync(string? listKey, CancellationToken cancellationToken) => store.VersionsAsync(listKey, cancellationToken);

    public async Task<IReadOnlyList<SanctionedEntity>> EntitiesAsync(long versionId, CancellationToken cancellationToken) =>
        [.. (await store.EntitiesAsync(versionId, cancellationToken).ConfigureAwait(false)).Select(r => EntityJson.Read(r.Body))];

    /// <summary>The newest version of every list and their entities together.</summary>
    public async Task<(IReadOnlyList<StoredListVersion> Versions, IReadOnlyList<SanctionedEntity> Entities)> LatestAsync(CancellationToken cancellationToken)
    {
        var versions = await store.LatestAsync(cancellationToken).ConfigureAwait(false);
        var entities = new List<SanctionedEntity>();
        foreach (var version in versions)
        {
            entities.AddRange(await EntitiesAsync(version.Id, cancellationToken).ConfigureAwait(false));
        }

        return (versions, entities);
    }

    private static async Task<byte[]> FileHashAsync(string path, CancellationToken cancellationToken)
    {
        // The OFAC CSV set is three files: the hash covers the alias and address files beside sdn.csv too.
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in CompanionFiles(path))
        {
            sha.AppendData(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false));
        }

        return sha.GetHashAndReset();
    }

    private static IEnumerable<string> CompanionFiles(string path)
    {
        yield return path;
        if (SanctionsListFile.Detect(path) != ListFormat.OfacLegacyCsv)
        {
            yield break;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        foreach (var companion in OfacCompanions.Select(f => Path.Combine(folder, f)).Where(File.Exists))
        {
            yield return companion;
        }
    }
}
