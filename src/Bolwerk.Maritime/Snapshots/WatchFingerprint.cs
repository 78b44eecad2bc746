using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.WatchLists;

namespace Bolwerk.Maritime.Snapshots;

/// <summary>
/// SHA-256 of everything a watch's state depends on besides its input: the thresholds, the layers
/// (each asset's id, layer, kind and geometry) with the proximity radii, and the watch list. A
/// snapshot is only restored into a watch with the same fingerprint — state learnt under other
/// thresholds or layers would raise other alerts than a replay.
/// </summary>
internal static class WatchFingerprint
{
    public static byte[] Of(DetectionOptions options, AssetProximity proximity, WatchList? watchList)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(options));
        Append(hash, FormattableString.Invariant($"|{proximity.CorridorRadiusMetres:R}|{proximity.AnchorageRadiusMetres:R}|{proximity.Assets.Count}"));
        foreach (var asset in proximity.Assets)
        {
            Append(hash, $"|{asset.Id}|{asset.Layer}|{asset.Kind}|");
            hash.AppendData(asset.Geometry.ToBinary());
        }

        foreach (var entry in watchList?.Entries ?? [])
        {
            Append(hash, FormattableString.Invariant($"|{entry.Line}|{entry.Imo}|{entry.Mmsi}|{entry.Name}|{entry.Source}"));
        }

        return hash.GetHashAndReset();
    }

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
}
