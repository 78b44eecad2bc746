namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>
/// Type 24 part A names by MMSI, so a later part B can be reported with its name. Parts A and B
/// are meant to go out back to back, but receivers miss one often and a feed can carry
/// thousands of lines between them (seen: 3,900 in the DMA stream), so this remembers many
/// vessels rather than gpsd's last eight; the oldest are forgotten beyond <see cref="Capacity"/>.
/// </summary>
internal sealed class Type24NameCache
{
    public const int Capacity = 8192;

    private readonly Dictionary<uint, string> _names = [];
    private readonly Queue<uint> _order = new();

    public void Remember(uint mmsi, string name)
    {
        if (_names.TryAdd(mmsi, name))
        {
            _order.Enqueue(mmsi);
            if (_order.Count > Capacity)
            {
                _names.Remove(_order.Dequeue());
            }
        }
        else
        {
            _names[mmsi] = name;
        }
    }

    /// <summary>The remembered name for <paramref name="mmsi"/>, forgotten once taken (a part A pairs with one part B).</summary>
    public string? TakeName(uint mmsi) => _names.Remove(mmsi, out var name) ? name : null;
}
