using Bolwerk.Alerts;
using Bolwerk.Host.Maritime;
using Bolwerk.Marking;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Partitioning;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Tracks;

namespace Bolwerk.Host.Streaming;

/// <summary>
/// What one batch of a partition changed — accepted positions, alerts raised, the vessels that
/// reported — held until the batch is stored. Storing is idempotent throughout (positions by
/// vessel and time, alerts by ingest key, vessel states as upserts), so a batch stored twice, by a
/// worker that died before its checkpoint and by the one that took over, is stored once.
/// </summary>
/// <remarks>
/// The pairs lane (<paramref name="pairs"/>) stores only the alerts naming a second vessel, and no
/// positions or states (the partition lanes store those); a partition lane stores everything else.
/// </remarks>
internal sealed class PartitionEffects(TrackStore tracks, AlertStore alerts, string owner, Tlp marking, bool pairs)
{
    private readonly List<StoredPosition> _positions = [];
    private readonly List<Alert> _alerts = [];
    private readonly HashSet<uint> _reported = [];
    private readonly List<StoredVessel> _states = [];
    private readonly List<StoredIdentityChange> _history = [];

    public void Accepted(uint mmsi, TrackPoint point)
    {
        if (pairs)
        {
            return;
        }

        _positions.Add(TrackRecorder.ToStored(mmsi, point));
        _reported.Add(mmsi);
    }

    public void Raised(MaritimeAlert alert)
    {
        if (PairsLane.Keeps(pairs, alert))
        {
            _alerts.Add(MaritimeAlertConversion.ToAlert(alert, marking));
        }
    }

    public void Reported(uint mmsi)
    {
        if (!pairs)
        {
            _reported.Add(mmsi);
        }
    }

    /// <summary>Takes the reporting vessels' state from a watch about to be replaced (its input ended).</summary>
    public void TakeStates(MaritimeWatch watch)
    {
        var (states, history) = TrackRecorder.ToStored(Reporting(watch));
        _states.AddRange(states);
        _history.AddRange(history);
        _reported.Clear();
    }

    /// <summary>Stores the batch: positions, then vessel states, then alerts; clears it.</summary>
    public async Task StoreAsync(MaritimeWatch watch, CancellationToken cancellationToken)
    {
        TakeStates(watch);
        if (_positions.Count > 0)
        {
            await tracks.AppendAsync(_positions, cancellationToken).ConfigureAwait(false);
        }

        if (_states.Count > 0)
        {
            await tracks.SaveVesselsAsync(_states, _history, cancellationToken).ConfigureAwait(false);
        }

        if (_alerts.Count > 0)
        {
            await alerts.IngestAsync("maritime-watch", IngestKeys.From([.. _alerts.Select(a => a.IngestKey)]), _alerts, owner, "maritime-watch", cancellationToken).ConfigureAwait(false);
        }

        _positions.Clear();
        _alerts.Clear();
        _states.Clear();
        _history.Clear();
    }

    private IEnumerable<VesselState> Reporting(MaritimeWatch watch) =>
        _reported.Select(m => watch.Vessels.GetValueOrDefault(m)).OfType<VesselState>().Where(v => v.HasPosition);
}
