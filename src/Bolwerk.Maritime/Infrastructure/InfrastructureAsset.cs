using NetTopologySuite.Geometries;

namespace Bolwerk.Maritime.Infrastructure;

/// <summary>One feature of an infrastructure layer, in WGS 84 longitude/latitude (RFC 7946).</summary>
/// <param name="Id">The feature's <c>id</c>, else <c>properties.id</c>, else <c>properties.feature_id</c>, else "layer#index".</param>
/// <param name="Name"><c>properties.name</c>, or null.</param>
/// <param name="Kind">Recognised from the properties or the layer's file name (<see cref="AssetKindRules"/>).</param>
/// <param name="Layer">The layer (file name without extension) the feature came from.</param>
/// <param name="Geometry">X is longitude, Y latitude, in degrees.</param>
/// <param name="Properties">The feature's properties as text (numbers and booleans as written; nested objects as JSON).</param>
public sealed record InfrastructureAsset(string Id, string? Name, AssetKind Kind, string Layer, Geometry Geometry, IReadOnlyDictionary<string, string> Properties);
