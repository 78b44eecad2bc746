using Bolwerk.Maritime.Snapshots;

namespace Bolwerk.Maritime.Detection;

/// <summary>Where a slow vessel sits in the rendezvous grid, and when it last looked for company.</summary>
internal sealed class RendezvousPresence(long cell)
{
    public long Cell { get; set; } = cell;

    public long LastSlowMs { get; set; }

    public long LastSearchMs { get; set; } = -(1L << 60); // "never", far enough back to subtract from without overflow

    internal void WriteTo(WatchStateWriter writer)
    {
        writer.Write(Cell);
        writer.Write(LastSlowMs);
        writer.Write(LastSearchMs);
    }

    internal static RendezvousPresence ReadFrom(WatchStateReader reader) =>
        new(reader.ReadInt64()) { LastSlowMs = reader.ReadInt64(), LastSearchMs = reader.ReadInt64() };
}
