using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Snapshots;

namespace Bolwerk.Maritime.Detection;

/// <summary>A stretch of slow presence near a cable or pipeline.</summary>
internal sealed class LoiteringEpisode(long startMs, AssetDistance asset)
{
    public long StartMs { get; } = startMs;

    public long LastMs { get; set; } = startMs;

    public AssetDistance Asset { get; set; } = asset;

    public EvidenceTrack Evidence { get; } = new();

    public int AtAnchor { get; set; }

    public int Working { get; set; }

    internal void WriteTo(WatchStateWriter writer)
    {
        writer.Write(StartMs);
        writer.Write(LastMs);
        writer.Write(Asset);
        Evidence.WriteTo(writer);
        writer.Write(AtAnchor);
        writer.Write(Working);
    }

    internal static LoiteringEpisode ReadFrom(WatchStateReader reader)
    {
        var startMs = reader.ReadInt64();
        var lastMs = reader.ReadInt64();
        var asset = reader.ReadAssetDistance() ?? throw new SnapshotRefusedException("a loitering episode without its asset");
        var episode = new LoiteringEpisode(startMs, asset) { LastMs = lastMs };
        episode.Evidence.ReadFrom(reader);
        episode.AtAnchor = reader.ReadInt32();
        episode.Working = reader.ReadInt32();
        return episode;
    }
}
