using Bolwerk.Maritime.Ais.Messages;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bolwerk.Maritime.Tests.Ais;

/// <summary>
/// Encode (with <see cref="AisTestEncoder"/>, from the ITU-R M.1371-5 layout) then decode: every
/// field of types 1-3, 5, 18 and 24 must come back unchanged, for arbitrary in-range values.
/// </summary>
public sealed class RoundTripPropertyTests
{
    private static readonly string TextCharacters = " !\"#$%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_";

    [Property(MaxTest = 300)]
    public Property PositionReportClassA_RoundTrips() => Prop.ForAll(ClassA().ToArbitrary(), expected =>
    {
        var encoder = new AisTestEncoder()
            .Unsigned(expected.Header.MessageType, 6).Unsigned(expected.Header.Repeat, 2).Unsigned(expected.Header.Mmsi, 30)
            .Unsigned(expected.Status, 4).Signed(expected.Turn, 8).Unsigned(expected.Speed, 10).Bool(expected.Accuracy)
            .Signed(expected.Lon, 28).Signed(expected.Lat, 27).Unsigned(expected.Course, 12).Unsigned(expected.Heading, 9)
            .Unsigned(expected.Second, 6).Unsigned(expected.Maneuver, 2).Unsigned(0, 3).Bool(expected.Raim).Unsigned(expected.Radio, 19);
        var decoded = RecordingHandler.Decode(encoder.Sentences());
        return decoded.Errors.Count == 0 && decoded.Messages.Single().Equals(expected);
    });

    [Property(MaxTest = 200)]
    public Property StaticAndVoyageData_RoundTrips() => Prop.ForAll(Type5().ToArbitrary(), expected =>
    {
        var encoder = new AisTestEncoder()
            .Unsigned(5, 6).Unsigned(expected.Header.Repeat, 2).Unsigned(expected.Header.Mmsi, 30)
            .Unsigned(expected.AisVersion, 2).Unsigned(expected.Imo, 30).Text(expected.CallSign, 7).Text(expected.ShipName, 20)
            .Unsigned(expected.ShipType, 8).Unsigned(expected.ToBow, 9).Unsigned(expected.ToStern, 9).Unsigned(expected.ToPort, 6)
            .Unsigned(expected.ToStarboard, 6).Unsigned(expected.Epfd, 4).Unsigned(expected.Month, 4).Unsigned(expected.Day, 5)
            .Unsigned(expected.Hour, 5).Unsigned(expected.Minute, 6).Unsigned(expected.Draught, 8).Text(expected.Destination, 20)
            .Unsigned(expected.Dte, 1).Unsigned(0, 1);
        var decoded = RecordingHandler.Decode(encoder.Sentences());
        return encoder.Length == 424 && decoded.Errors.Count == 0 && decoded.Messages.Single().Equals(expected);
    });

    [Property(MaxTest = 300)]
    public Property PositionReportClassB_RoundTrips() => Prop.ForAll(ClassB().ToArbitrary(), expected =>
    {
        var encoder = new AisTestEncoder()
            .Unsigned(18, 6).Unsigned(expected.Header.Repeat, 2).Unsigned(expected.Header.Mmsi, 30)
            .Unsigned(expected.Reserved, 8).Unsigned(expected.Speed, 10).Bool(expected.Accuracy).Signed(expected.Lon, 28)
            .Signed(expected.Lat, 27).Unsigned(expected.Course, 12).Unsigned(expected.Heading, 9).Unsigned(expected.Second, 6)
            .Unsigned(expected.Regional, 2).Bool(expected.CarrierSense).Bool(expected.Display).Bool(expected.Dsc).Bool(expected.Band)
            .Bool(expected.Message22).Bool(expected.Assigned).Bool(expected.Raim).Unsigned(expected.Radio, 20);
        var decoded = RecordingHandler.Decode(encoder.Sentences());
        return encoder.Length == 168 && decoded.Errors.Count == 0 && decoded.Messages.Single().Equals(expected);
    });

    [Property(MaxTest = 200)]
    public Property StaticDataReport_PartsAAndB_RoundTripAndMerge() => Prop.ForAll(Type24().ToArbitrary(), t =>
    {
        var partA = new AisTestEncoder().Unsigned(24, 6).Unsigned(t.Repeat, 2).Unsigned(t.Mmsi, 30).Unsigned(0, 2).Text(t.Name, 20).Unsigned(0, 8);
        var partB = new AisTestEncoder().Unsigned(24, 6).Unsigned(t.Repeat, 2).Unsigned(t.Mmsi, 30).Unsigned(1, 2)
            .Unsigned(t.ShipType, 8).Text(t.Vendor, 3).Unsigned(t.Model, 4).Unsigned(t.Serial, 20).Text(t.CallSign, 7)
            .Unsigned(t.ToBow, 9).Unsigned(t.ToStern, 9).Unsigned(t.ToPort, 6).Unsigned(t.ToStarboard, 6).Unsigned(0, 6);
        var decoded = RecordingHandler.Decode(partA.Sentences().Concat(partB.Sentences()));
        if (decoded.Errors.Count != 0 || decoded.Messages.Count != 2)
        {
            return false;
        }

        var a = (StaticDataReport)decoded.Messages[0];
        var b = (StaticDataReport)decoded.Messages[1];
        // The vendor id is read as 7 characters over the model and serial fields, as gpsd does
        // (ITU-R M.1371-4 shortened it to 3), so only its first 3 characters round-trip.
        return a.Part == StaticDataPart.A && a.ShipName == t.Name
            && b.Part == StaticDataPart.Both && b.ShipName == t.Name && b.ShipType == t.ShipType
            && b.VendorId.StartsWith(t.Vendor, StringComparison.Ordinal) && b.Model == t.Model && b.Serial == t.Serial
            && b.CallSign == t.CallSign && b.ToBow == t.ToBow && b.ToStern == t.ToStern && b.ToPort == t.ToPort && b.ToStarboard == t.ToStarboard;
    });

    private static Gen<AisHeader> Header(int type) =>
        from repeat in Gen.Choose(0, 3)
        from mmsi in Gen.Choose(0, (1 << 30) - 1)
        select new AisHeader(type, repeat, (uint)mmsi);

    internal static Gen<PositionReportClassA> ClassA() =>
        from type in Gen.Choose(1, 3)
        from header in Header(type)
        from status in Gen.Choose(0, 15)
        from turn in Gen.Choose(-128, 127)
        from speed in Gen.Choose(0, 1023)
        from accuracy in Gen.Elements(true, false)
        from lon in Gen.Choose(-(1 << 27), (1 << 27) - 1)
        from lat in Gen.Choose(-(1 << 26), (1 << 26) - 1)
        from course in Gen.Choose(0, 4095)
        from heading in Gen.Choose(0, 511)
        from second in Gen.Choose(0, 63)
        from maneuver in Gen.Choose(0, 3)
        from raim in Gen.Elements(true, false)
        from radio in Gen.Choose(0, (1 << 19) - 1)
        select new PositionReportClassA(header, status, turn, speed, accuracy, lon, lat, course, heading, second, maneuver, raim, radio);

    internal static Gen<PositionReportClassB> ClassB() =>
        from header in Header(18)
        from reserved in Gen.Choose(0, 255)
        from speed in Gen.Choose(0, 1023)
        from lon in Gen.Choose(-(1 << 27), (1 << 27) - 1)
        from lat in Gen.Choose(-(1 << 26), (1 << 26) - 1)
        from course in Gen.Choose(0, 4095)
        from heading in Gen.Choose(0, 511)
        from second in Gen.Choose(0, 63)
        from regional in Gen.Choose(0, 3)
        from flags in Gen.Choose(0, 255)
        from radio in Gen.Choose(0, (1 << 20) - 1)
        select new PositionReportClassB(header, reserved, speed, (flags & 1) != 0, lon, lat, course, heading, second, regional,
            (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0, (flags & 16) != 0, (flags & 32) != 0, (flags & 64) != 0, (flags & 128) != 0, radio);

    private static Gen<string> SixBitText(int maxLength) =>
        from length in Gen.Choose(0, maxLength)
        from chars in Gen.ArrayOf(Gen.Elements(TextCharacters.ToCharArray()), length)
        select new string(chars).TrimEnd(' ');

    internal static Gen<StaticAndVoyageData> Type5() =>
        from header in Header(5)
        from version in Gen.Choose(0, 3)
        from imo in Gen.Choose(0, (1 << 30) - 1)
        from callSign in SixBitText(7)
        from name in SixBitText(20)
        from shipType in Gen.Choose(0, 255)
        from bow in Gen.Choose(0, 511)
        from stern in Gen.Choose(0, 511)
        from port in Gen.Choose(0, 63)
        from starboard in Gen.Choose(0, 63)
        from epfd in Gen.Choose(0, 15)
        from month in Gen.Choose(0, 15)
        from day in Gen.Choose(0, 31)
        from hour in Gen.Choose(0, 31)
        from minute in Gen.Choose(0, 63)
        from draught in Gen.Choose(0, 255)
        from destination in SixBitText(20)
        from dte in Gen.Choose(0, 1)
        select new StaticAndVoyageData(header, version, imo, callSign, name, shipType, bow, stern, port, starboard, epfd, month, day, hour, minute, draught, destination, dte);

    private static Gen<Type24Case> Type24() =>
        from repeat in Gen.Choose(0, 3)
        from mmsi in Gen.Choose(0, 979_999_999).Where(m => m / 10_000_000 != 98)
        from name in SixBitText(20)
        from shipType in Gen.Choose(0, 255)
        from vendor in Gen.ArrayOf(Gen.Elements(TextCharacters.Trim().ToCharArray()), 3)
        from model in Gen.Choose(0, 15)
        from serial in Gen.Choose(0, (1 << 20) - 1)
        from callSign in SixBitText(7)
        from bow in Gen.Choose(0, 511)
        from stern in Gen.Choose(0, 511)
        from port in Gen.Choose(0, 63)
        from starboard in Gen.Choose(0, 63)
        select new Type24Case(repeat, (uint)mmsi, name, shipType, new string(vendor), model, serial, callSign, bow, stern, port, starboard);

    public sealed record Type24Case(int Repeat, uint Mmsi, string Name, int ShipType, string Vendor, int Model, int Serial, string CallSign, int ToBow, int ToStern, int ToPort, int ToStarboard);
}
