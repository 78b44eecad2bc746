using Bolwerk.Maritime.Snapshots;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// The track slice behind an alert, thinned so a day-long episode stays a few hundred points:
/// points closer than the current spacing are skipped, and when the list fills, every other
/// point goes and the spacing doubles. First and last points are always kept.
/// </summary>
internal sealed class EvidenceTrack
{
    private const int Capacity = 240;
    private readonly List<TrackPoint> _points = [];
    private long _spacingMs = 30_000;
    private TrackPoint _latest;
    private bool _latestKept = true;

    public int Count { get; private set; }

    public void Add(in TrackPoint point)
    {
        Count++;
        _latest = point;
        if (_points.Count > 0 && point.TimeMs - _points[^1].TimeMs < _spacingMs)
        {
            _latestKept = false;
            return;
        }

        _latestKept = true;
        _points.Add(point);
        if (_points.Count >= Capacity)
        {
            for (var i = 1; i < _points.Count / 2; i++)
            {
                _points[i] = _points[2 * i];
            }

            _points.RemoveRange(_points.Count / 2, _points.Count - (_points.Count / 2));
            _spacingMs *= 2;
        }
    }

    /// <summary>The kept points, with the latest point appended if it was skipped.</summary>
    public IReadOnlyList<TrackPoint> ToList() => _latestKept || Count == 0 ? [.. _points] : [.. _points, _latest];

    internal void WriteTo(WatchStateWriter writer)
    {
        writer.WriteAll(_points, point => writer.Write(point));
        writer.Write(_spacingMs);
        writer.Write(_latest);
        writer.Write(_latestKept);
        writer.Write(Count);
    }

    internal void ReadFrom(WatchStateReader reader)
    {
        _points.Clear();
        _points.AddRange(reader.ReadAll(reader.ReadPoint, minimumItemBytes: 35));

        _spacingMs = reader.ReadInt64();
        _latest = reader.ReadPoint();
        _latestKept = reader.ReadBoolean();
        Count = reader.ReadInt32();
    }
}
