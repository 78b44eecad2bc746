namespace Bolwerk.Maritime.Snapshots;

/// <summary>Checks shared by the snapshot readers: markers, and every read failure made a refusal.</summary>
internal static class SnapshotGuard
{
    /// <summary>Reads <paramref name="expected"/>'s length of bytes and refuses the snapshot unless they equal it.</summary>
    public static void Expect(WatchStateReader reader, ReadOnlySpan<byte> expected, string otherwise)
    {
        if (!reader.ReadBytes(expected.Length).AsSpan().SequenceEqual(expected))
        {
            throw new SnapshotRefusedException(otherwise);
        }
    }

    /// <summary>Runs a restore; a snapshot cut short or holding impossible values is refused, not a crash.</summary>
    public static void Run(Action restore)
    {
        try
        {
            restore();
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException)
        {
            throw new SnapshotRefusedException($"the snapshot is damaged: {e.Message}", e);
        }
    }
}
