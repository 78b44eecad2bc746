using Bolwerk.Response.Cases;
using Bolwerk.Storage.Cases;

namespace Bolwerk.Host.Cases;

/// <summary>
/// Case files kept in the database as event streams: load a case by replaying its events, run a
/// command on it, and store the new events with a version check, so two people acting on one case
/// at once cannot both win.
/// </summary>
internal sealed class StoredCases(CaseStore store, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public Task<IReadOnlyList<StoredCaseSummary>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public async Task<CaseFile?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var events = await store.EventsAsync(id, cancellationToken).ConfigureAwait(false);
        return events.Count == 0 ? null : CaseFile.Replay(events.Select(e => CaseEventJson.Read(e.Kind, e.Body)));
    }

    public async Task<CaseFile> CreateAsync(Func<string, CaseFile> open, CancellationToken cancellationToken)
    {
        var id = await store.NextIdAsync(clock.GetUtcNow().Year, cancellationToken).ConfigureAwait(false);
        var created = open(id);
        await SaveAsync(created, 0, cancellationToken).ConfigureAwait(false);
        return created;
    }

    /// <summary>Runs <paramref name="command"/> on the stored case and stores what it recorded; null when there is no such case.</summary>
    public async Task<CaseFile?> UpdateAsync(string id, Action<CaseFile> command, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken).ConfigureAwait(false) is not { } loaded)
        {
            return null;
        }

        var version = loaded.Events.Count;
        command(loaded);
        await SaveAsync(loaded, version, cancellationToken).ConfigureAwait(false);
        return loaded;
    }

    private Task SaveAsync(CaseFile c, int readVersion, CancellationToken cancellationToken)
    {
        var opened = (CaseOpened)c.Events[0];
        var summary = new StoredCaseSummary(c.Id, c.Title, c.Type.Name(), c.State.Name(), c.OwnerOrganisation, (int)c.Tlp, c.Events.Count, opened.At, c.Events[^1].At);
        var fresh = c.Events.Skip(readVersion).Select(e => new StoredCaseEvent(e.Sequence, CaseEventJson.KindOf(e), e.At, e.By, CaseEventJson.Write(e))).ToList();
        return store.AppendAsync(summary, readVersion, fresh, cancellationToken);
    }
}
