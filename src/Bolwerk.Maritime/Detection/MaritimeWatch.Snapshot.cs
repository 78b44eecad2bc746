using System.Text;
using Bolwerk.Maritime.Snapshots;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// Snapshots: everything the watch has learnt from its input — each vessel's state and open
/// episodes, the detectors' shared state (rendezvous cells and encounters, each area's reporting
/// rhythm, watch-list matches) and the counts — written so that a fresh watch restored from it and
/// fed the rest of the input raises exactly the alerts the original would have.
/// </summary>
public sealed partial class MaritimeWatch
{
    private static ReadOnlySpan<byte> Magic => "BWWATCH1"u8;

    private byte[]? _fingerprint;

    /// <summary>Writes the watch's state to <paramref name="stream"/> (left open).</summary>
    public void Save(Stream stream)
    {
        using var binary = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        SaveTo(Writer(binary));
    }

    /// <summary>
    /// Restores a state <see cref="Save"/> wrote into this watch, which must be new (nothing fed
    /// yet). A snapshot of a watch with other thresholds, layers or watch list, of another format
    /// or damaged is a <see cref="SnapshotRefusedException"/>; the watch is then unusable.
    /// </summary>
    public void Restore(Stream stream)
    {
        using var binary = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var reader = Reader(binary);
        SnapshotGuard.Run(() => RestoreFrom(reader));
    }

    internal WatchStateWriter Writer(BinaryWriter binary) => new(binary, _context.Proximity.Assets, _context.WatchList?.Entries ?? []);

    internal WatchStateReader Reader(BinaryReader binary) => new(binary, _context.Proximity.Assets, _context.WatchList?.Entries ?? []);

    internal void SaveTo(WatchStateWriter writer)
    {
        writer.Write(Magic);
        writer.Write(Fingerprint);
        writer.Write(_completed);
        Statistics.WriteTo(writer);
        writer.WriteAll(_vessels.Values, vessel =>
        {
            writer.Write(vessel.Mmsi);
            vessel.WriteTo(writer);
        });
        writer.WriteAll(_imoLastReportedBy, reported =>
        {
            writer.Write(reported.Key);
            writer.Write(reported.Value);
        });
        _context.WriteTo(writer);
        _gaps.WriteTo(writer);
        _rendezvous.WriteTo(writer);
        _watchList.WriteTo(writer);
        writer.Write(Magic);
    }

    internal void RestoreFrom(WatchStateReader reader)
    {
        if (_vessels.Count > 0 || Statistics.Positions > 0 || Statistics.IdentityReports > 0 || _completed)
        {
            throw new InvalidOperationException("Only a new watch can be restored from a snapshot.");
        }

        SnapshotGuard.Expect(reader, Magic, "the snapshot does not begin as a watch snapshot of this version");
        SnapshotGuard.Expect(reader, Fingerprint, "the snapshot was written under other thresholds, layers or watch list");
        _completed = reader.ReadBoolean();
        Statistics.ReadFrom(reader);
        for (var n = reader.ReadCount(minimumItemBytes: 64); n > 0; n--)
        {
            var vessel = new VesselState(reader.ReadUInt32());
            vessel.ReadFrom(reader);
            _vessels.Add(vessel.Mmsi, vessel);
        }

        for (var n = reader.ReadCount(minimumItemBytes: 8); n > 0; n--)
        {
            _imoLastReportedBy[reader.ReadInt32()] = reader.ReadUInt32();
        }

        _context.ReadFrom(reader);
        _gaps.ReadFrom(reader);
        _rendezvous.ReadFrom(reader, Known);
        _watchList.ReadFrom(reader, Known);
        SnapshotGuard.Expect(reader, Magic, "the snapshot ends early or carries more than a watch");
    }

    private byte[] Fingerprint => _fingerprint ??= WatchFingerprint.Of(_context.Options, _context.Proximity, _context.WatchList);

    private VesselState Known(uint mmsi) =>
        _vessels.TryGetValue(mmsi, out var vessel) ? vessel : throw new SnapshotRefusedException($"the snapshot refers to MMSI {mmsi}, which it does not hold");
}
