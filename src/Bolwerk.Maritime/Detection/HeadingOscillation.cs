using Bolwerk.Maritime.Snapshots;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// How much a heading zig-zags: the share of significant heading changes (≥ 5°) that reverse
/// the previous one. A ship holding course scores near 0; an anchor biting and releasing swings
/// the bow back and forth (Samus Swan) and scores high.
/// </summary>
internal sealed class HeadingOscillation
{
    private const double SignificantDegrees = 5;
    private double _previous = double.NaN;
    private int _lastSign;

    public int Samples { get; private set; }

    public int Changes { get; private set; }

    public int Reversals { get; private set; }

    /// <summary>
    /// Reversals over significant changes; 0 with fewer than 4 changes, or when fewer than one
    /// report in five changes heading that much (a steady course with compass noise reverses too,
    /// but rarely moves 5°).
    /// </summary>
    public double Score => Changes < 4 || Changes * 5 < Samples ? 0 : (double)Reversals / Changes;

    public void Add(double headingDegrees)
    {
        if (double.IsNaN(headingDegrees))
        {
            return;
        }

        Samples++;
        if (double.IsNaN(_previous))
        {
            _previous = headingDegrees;
            return;
        }

        var delta = ((headingDegrees - _previous + 540) % 360) - 180;
        if (Math.Abs(delta) < SignificantDegrees)
        {
            return;
        }

        var sign = Math.Sign(delta);
        Changes++;
        if (_lastSign != 0 && sign != _lastSign)
        {
            Reversals++;
        }

        _lastSign = sign;
        _previous = headingDegrees;
    }

    internal void WriteTo(WatchStateWriter writer)
    {
        writer.Write(_previous);
        writer.Write(_lastSign);
        writer.Write(Samples);
        writer.Write(Changes);
        writer.Write(Reversals);
    }

    internal void ReadFrom(WatchStateReader reader)
    {
        _previous = reader.ReadDouble();
        _lastSign = reader.ReadInt32();
        Samples = reader.ReadInt32();
        Changes = reader.ReadInt32();
        Reversals = reader.ReadInt32();
    }
}
