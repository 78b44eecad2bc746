using Bolwerk.Sanctions.Screening;
using Bolwerk.Storage.Sanctions;

namespace Bolwerk.Host.Sanctions;

/// <summary>
/// The server's screening index over the newest version of every imported list, rebuilt when a
/// newer version has been imported (by the API or by `bolwerk sanctions import` in another
/// process): each request compares the newest version ids, a small read, with those indexed.
/// </summary>
internal sealed class ScreeningIndexCache(SanctionsListStore store) : IDisposable
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private (ScreeningIndex Index, IReadOnlyList<StoredListVersion> Versions)? _current;

    public async Task<(ScreeningIndex Index, IReadOnlyList<StoredListVersion> Versions)?> GetAsync(CancellationToken cancellationToken)
    {
        var latest = await store.LatestAsync(cancellationToken).ConfigureAwait(false);
        if (latest.Count == 0)
        {
            return null;
        }

        if (_current is { } current && current.Versions.Select(v => v.Id).SequenceEqual(latest.Select(v => v.Id)))
        {
            return current;
        }

        await _rebuild.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is { } built && built.Versions.Select(v => v.Id).SequenceEqual(latest.Select(v => v.Id)))
            {
                return built;
            }

            var lists = new StoredSanctionsLists(store);
            var (versions, entities) = await lists.LatestAsync(cancellationToken).ConfigureAwait(false);
            _current = (ScreeningIndex.Build(entities), versions);
            return _current;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    public void Dispose() => _rebuild.Dispose();
}
