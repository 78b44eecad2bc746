namespace Bolwerk.Storage.Tracks;

/// <summary>One stored vessel position. Unknown kinematics are null.</summary>
/// <param name="Mmsi">Vessel.</param>
/// <param name="Time">Message time (UTC).</param>
/// <param name="Longitude">Degrees east.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="SpeedKnots">Speed over ground.</param>
/// <param name="CourseDegrees">Course over ground.</param>
/// <param name="Heading">True heading.</param>
/// <param name="Status">AIS navigational status (15 = not defined).</param>
public sealed record StoredPosition(uint Mmsi, DateTimeOffset Time, double Longitude, double Latitude, double? SpeedKnots, double? CourseDegrees, int? Heading, int Status);
