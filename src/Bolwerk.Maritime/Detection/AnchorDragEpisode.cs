using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Snapshots;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Detection;

/// <summary>A stretch of reduced speed being watched for an anchor-drag alert.</summary>
internal sealed class AnchorDragEpisode(long startMs, float baselineKnots)
{
    public long StartMs { get; } = startMs;

    /// <summary>Transit speed before the slow-down, frozen for the episode.</summary>
    public float BaselineKnots { get; } = baselineKnots;

    /// <summary>Time of the last position in a reduced minute (or the end of a reduced silence).</summary>
    public long LastReducedMs { get; set; } = startMs;

    public int RecoveryMinutes { get; set; }

    public int ReducedMinutes { get; set; }

    /// <summary>Reduced minutes seen in reports (not inferred across a silence).</summary>
    public int ReportedReducedMinutes { get; set; }

    public double SpeedSum { get; set; }

    public int SpeedCount { get; set; }

    public EvidenceTrack Evidence { get; } = new();

    public HeadingOscillation Oscillation { get; } = new();

    /// <summary>Positions reporting "at anchor" while moving faster than the minimum speed.</summary>
    public int AtAnchorWhileMoving { get; set; }

    /// <summary>Positions reporting restricted manoeuvrability or fishing (work that explains slow speed).</summary>
    public int WorkingStatus { get; set; }

    /// <summary>Nearest approach to a cable or pipeline during the episode.</summary>
    public AssetDistance? Corridor { get; set; }

    /// <summary>Positions within the corridor.</summary>
    public int InCorridor { get; set; }

    /// <summary>Longest silence inside the episode, ms.</summary>
    public long LongestGapMs { get; set; }

    /// <summary>True when a silence's implied speed opened the episode.</summary>
    public bool OpenedBySilence { get; set; }

    public TrackPoint LastPoint { get; set; }

    internal void WriteTo(WatchStateWriter writer)
    {
        writer.Write(StartMs);
        writer.Write(BaselineKnots);
        writer.Write(LastReducedMs);
        writer.Write(RecoveryMinutes);
        writer.Write(ReducedMinutes);
        writer.Write(ReportedReducedMinutes);
        writer.Write(SpeedSum);
        writer.Write(SpeedCount);
        Evidence.WriteTo(writer);
        Oscillation.WriteTo(writer);
        writer.Write(AtAnchorWhileMoving);
        writer.Write(WorkingStatus);
        writer.Write(Corridor);
        writer.Write(InCorridor);
        writer.Write(LongestGapMs);
        writer.Write(OpenedBySilence);
        writer.Write(LastPoint);
    }

    internal static AnchorDragEpisode ReadFrom(WatchStateReader reader)
    {
        var episode = new AnchorDragEpisode(reader.ReadInt64(), reader.ReadSingle())
        {
            LastReducedMs = reader.ReadInt64(),
            RecoveryMinutes = reader.ReadInt32(),
            ReducedMinutes = reader.ReadInt32(),
            ReportedReducedMinutes = reader.ReadInt32(),
            SpeedSum = reader.ReadDouble(),
            SpeedCount = reader.ReadInt32(),
        };
        episode.Evidence.ReadFrom(reader);
        episode.Oscillation.ReadFrom(reader);
        episode.AtAnchorWhileMoving = reader.ReadInt32();
        episode.WorkingStatus = reader.ReadInt32();
        episode.Corridor = reader.ReadAssetDistance();
        episode.InCorridor = reader.ReadInt32();
        episode.LongestGapMs = reader.ReadInt64();
        episode.OpenedBySilence = reader.ReadBoolean();
        episode.LastPoint = reader.ReadPoint();
        return episode;
    }
}
