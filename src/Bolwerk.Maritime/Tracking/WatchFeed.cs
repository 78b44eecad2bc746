using System.Globalization;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Dma;
using Bolwerk.Maritime.Ais.Messages;
using Bolwerk.Maritime.Detection;

namespace Bolwerk.Maritime.Tracking;

/// <summary>
/// Turns decoded AIS messages and DMA rows into the watch's positions and identity reports.
/// Messages without a receiver time (NMEA without tag blocks or timestamps) cannot be placed in
/// time and are counted, not guessed: the system clock is never a message's time.
/// </summary>
public sealed class WatchFeed(IWatchInput watch) : AisMessageHandler
{
    /// <summary>Position and static messages skipped because the input gave them no time.</summary>
    public long Untimed { get; private set; }

    /// <summary>Decode errors seen (reported by the decoder's own statistics too).</summary>
    public long Errors { get; private set; }

    /// <inheritdoc />
    public override void OnPositionReportClassA(in AisContext context, in PositionReportClassA message) =>
        Position(context, message.Header.Mmsi, AisUnits.Longitude(message.Lon), AisUnits.Latitude(message.Lat), message.Speed, message.Course, message.Heading, (byte)message.Status, classB: false);

    /// <inheritdoc />
    public override void OnPositionReportClassB(in AisContext context, in PositionReportClassB message) =>
        Position(context, message.Header.Mmsi, AisUnits.Longitude(message.Lon), AisUnits.Latitude(message.Lat), message.Speed, message.Course, message.Heading, TrackPoint.NotDefined, classB: true);

    /// <inheritdoc />
    public override void OnExtendedPositionReportClassB(in AisContext context, in ExtendedPositionReportClassB message)
    {
        Position(context, message.Header.Mmsi, AisUnits.Longitude(message.Lon), AisUnits.Latitude(message.Lat), message.Speed, message.Course, message.Heading, TrackPoint.NotDefined, classB: true);
        Identity(context, message.Header.Mmsi, new VesselIdentity { Name = Text(message.ShipName), ShipType = Positive(message.ShipType), LengthMetres = Positive(message.ToBow + message.ToStern), BeamMetres = Positive(message.ToPort + message.ToStarboard) });
    }

    /// <inheritdoc />
    public override void OnStaticAndVoyageData(in AisContext context, in StaticAndVoyageData message) =>
        Identity(context, message.Header.Mmsi, new VesselIdentity
        {
            Name = Text(message.ShipName),
            CallSign = Text(message.CallSign),
            Imo = Positive(message.Imo),
            ShipType = Positive(message.ShipType),
            LengthMetres = Positive(message.ToBow + message.ToStern),
            BeamMetres = Positive(message.ToPort + message.ToStarboard),
        });

    /// <inheritdoc />
    public override void OnStaticDataReport(in AisContext context, in StaticDataReport message)
    {
        var hasA = message.Part is StaticDataPart.A or StaticDataPart.Both;
        var hasB = message.Part is StaticDataPart.B or StaticDataPart.Both;
        Identity(context, message.Header.Mmsi, new VesselIdentity
        {
            Name = hasA ? Text(message.ShipName) : null,
            CallSign = hasB ? Text(message.CallSign) : null,
            ShipType = hasB ? Positive(message.ShipType) : null,
            LengthMetres = hasB ? Positive(message.ToBow + message.ToStern) : null,
            BeamMetres = hasB ? Positive(message.ToPort + message.ToStarboard) : null,
        });
    }

    /// <inheritdoc />
    public override void OnError(in AisError failure) => Errors++;

    /// <summary>Decodes NMEA text line by line into the watch as one stream (fragments carry over lines), then completes the decoder.</summary>
    public void DecodeAll(ReadOnlySpan<char> nmea)
    {
        var decoder = new AisStreamDecoder(this);
        foreach (var line in nmea.EnumerateLines())
        {
            decoder.DecodeLine(line);
        }

        decoder.Complete();
    }

    /// <summary>A row of DMA's CSV archive: its position and its identity columns.</summary>
    public void OnDmaRow(DmaAisRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.TypeOfMobile is not ("Class A" or "Class B"))
        {
            return;
        }

        var timeMs = row.Timestamp.ToUnixTimeMilliseconds();
        var identity = new VesselIdentity
        {
            Name = Text(row.Name),
            CallSign = Text(row.CallSign),
            Imo = int.TryParse(row.Imo, NumberStyles.None, CultureInfo.InvariantCulture, out var imo) && imo > 0 ? imo : null,
            ShipType = DmaVocabulary.ShipType(row.ShipType),
            LengthMetres = row.Length is > 0 ? (int)row.Length.Value : null,
            BeamMetres = row.Width is > 0 ? (int)row.Width.Value : null,
        };
        if (identity != new VesselIdentity())
        {
            watch.ObserveIdentity(row.Mmsi, timeMs, identity);
        }

        if (row is { Latitude: { } latitude, Longitude: { } longitude } && Math.Abs(latitude) <= 90 && Math.Abs(longitude) <= 180)
        {
            watch.ObservePosition(row.Mmsi, new TrackPoint(
                timeMs, longitude, latitude,
                row.Sog is { } sog ? (float)sog : float.NaN,
                row.Cog is { } cog and < 360 ? (float)cog : float.NaN,
                (short)(row.Heading is { } heading and < 360 ? heading : -1),
                DmaVocabulary.Status(row.NavigationalStatus)), row.TypeOfMobile == "Class B");
        }
    }

    private void Position(in AisContext context, uint mmsi, double? longitude, double? latitude, int speed, int course, int heading, byte status, bool classB)
    {
        if (context.ReceivedAt is not { } time)
        {
            Untimed++;
            return;
        }

        if (longitude is not { } lon || latitude is not { } lat)
        {
            return;
        }

        watch.ObservePosition(mmsi, new TrackPoint(
            time.ToUnixTimeMilliseconds(), lon, lat,
            speed == 1023 ? float.NaN : speed / 10f,
            course >= 3600 ? float.NaN : course / 10f,
            (short)(heading > 359 ? -1 : heading),
            status), classB);
    }

    private void Identity(in AisContext context, uint mmsi, VesselIdentity identity)
    {
        if (context.ReceivedAt is not { } time)
        {
            Untimed++;
            return;
        }

        watch.ObserveIdentity(mmsi, time.ToUnixTimeMilliseconds(), identity);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int? Positive(int value) => value > 0 ? value : null;
}
