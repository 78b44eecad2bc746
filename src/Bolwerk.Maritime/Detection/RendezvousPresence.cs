namespace Bolwerk.Maritime.Detection;

/// <summary>Where a slow vessel sits in the rendezvous grid, and when it last looked for company.</summary>
internal sealed class RendezvousPresence(long cell)
{
    public long Cell { get; set; } = cell;

    public long LastSlowMs { get; set; }

    public long LastSearchMs { get; set; } = -(1L << 60); // "never", far enough back to subtract from without overflow
}
