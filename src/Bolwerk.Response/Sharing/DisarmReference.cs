namespace Bolwerk.Response.Sharing;

/// <summary>A DISARM technique as STIX needs it: DISARM's own attack-pattern id, its name, description and page.</summary>
public sealed record DisarmReference(string StixId, string Name, string Description, Uri Url);
