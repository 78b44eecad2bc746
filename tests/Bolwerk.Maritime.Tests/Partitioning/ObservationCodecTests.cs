using Bolwerk.Maritime.Partitioning;
using Bolwerk.Maritime.Tracking;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bolwerk.Maritime.Tests.Partitioning;

public sealed class ObservationCodecTests
{
    [Property(MaxTest = 500)]
    public Property A_position_decodes_to_what_was_encoded() =>
        Prop.ForAll(
            Gen.Choose(-180_000_000, 180_000_000).Zip(Gen.Choose(-90_000_000, 90_000_000)).Zip(ArbMap.Default.GeneratorFor<uint>()).ToArbitrary(),
            ArbMap.Default.GeneratorFor<ulong>().ToArbitrary(),
            (place, run) =>
            {
                var ((lon, lat), mmsi) = place;
                var point = new TrackPoint(1_767_225_600_000 + mmsi, lon / 1e6, lat / 1e6, mmsi % 3 == 0 ? float.NaN : mmsi % 1023 / 10f, mmsi % 5 == 0 ? float.NaN : mmsi % 3600 / 10f, (short)(mmsi % 7 == 0 ? -1 : (int)(mmsi % 360)), (byte)(mmsi % 16));
                var decoded = ObservationCodec.Decode(ObservationCodec.Position(run, mmsi + 1UL, mmsi, point, mmsi % 2 == 0));
                return decoded == new Observation(ObservationKind.Position, run, mmsi + 1UL, mmsi, point.TimeMs, point, mmsi % 2 == 0, null);
            });

    [Fact]
    public void An_identity_carries_exactly_the_fields_it_was_given()
    {
        var full = new VesselIdentity { Name = "EAGLE S", CallSign = "E5U4204", Imo = 9329760, ShipType = 80, LengthMetres = 228, BeamMetres = 32 };
        var partial = new VesselIdentity { CallSign = "PBXY", BeamMetres = 12 };
        foreach (var identity in new[] { full, partial, new VesselIdentity(), new VesselIdentity { Name = "ÅLAND ÖRN" } })
        {
            var decoded = ObservationCodec.Decode(ObservationCodec.Identity(7, 3, 518100001, 1_735_000_000_000, identity));
            decoded.Kind.ShouldBe(ObservationKind.Identity);
            (decoded.Run, decoded.Sequence, decoded.Mmsi, decoded.TimeMs).ShouldBe((7UL, 3UL, 518100001u, 1_735_000_000_000L));
            decoded.Identity.ShouldBe(identity);
        }
    }

    [Fact]
    public void End_of_input_is_its_own_kind()
    {
        var decoded = ObservationCodec.Decode(ObservationCodec.EndOfInput(9, 42));
        (decoded.Kind, decoded.Run, decoded.Sequence).ShouldBe((ObservationKind.EndOfInput, 9UL, 42UL));
    }

    [Theory]
    [InlineData(new byte[0], "offset 0: header needs 17 bytes")]
    [InlineData(new byte[] { (byte)'X', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "kind byte 0x58")]
    [InlineData(new byte[] { (byte)'P', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2 }, "offset 17: position needs 40 bytes, 2 left")]
    public void Bytes_that_are_not_an_observation_are_refused_with_the_offset(byte[] bytes, string expected) =>
        Should.Throw<FormatException>(() => ObservationCodec.Decode(bytes)).Message.ShouldContain(expected);

    [Fact]
    public void A_text_length_beyond_the_message_and_bytes_after_it_are_refused()
    {
        var bytes = ObservationCodec.Identity(1, 1, 1, 0, new VesselIdentity { Name = "ABC" });
        Should.Throw<FormatException>(() => ObservationCodec.Decode(bytes.AsSpan(0, bytes.Length - 1))).Message.ShouldContain("identity text needs 3 bytes, 2 left");
        Should.Throw<FormatException>(() => ObservationCodec.Decode([.. bytes, 0])).Message.ShouldContain("1 bytes after the identity");
    }

    [Fact]
    public void A_position_off_the_earth_is_refused()
    {
        var bytes = ObservationCodec.Position(1, 1, 1, new TrackPoint(0, double.NaN, 0, 0, 0, 0, 0), false);
        Should.Throw<FormatException>(() => ObservationCodec.Decode(bytes)).Message.ShouldContain("not a place on Earth");
    }

    [Fact]
    public void The_fixture_messages_are_what_the_codec_writes()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "observations");
        File.ReadAllBytes(Path.Combine(directory, "position.bin")).ShouldBe(ObservationCodec.Position(7, 1, 244123456, new TrackPoint(1767225600000, 4.3, 52.1, 12.3f, 181.5f, 180, 0), false));
        File.ReadAllBytes(Path.Combine(directory, "identity.bin")).ShouldBe(ObservationCodec.Identity(7, 2, 518100001, 1767225600000, new VesselIdentity { Name = "EAGLE S", CallSign = "E5U4204", Imo = 9329760, ShipType = 80, LengthMetres = 228, BeamMetres = 32 }));
        File.ReadAllBytes(Path.Combine(directory, "end-of-input.bin")).ShouldBe(ObservationCodec.EndOfInput(7, 3));
    }
}
