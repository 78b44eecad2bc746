using Bolwerk.Maritime.Infrastructure;

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
}
