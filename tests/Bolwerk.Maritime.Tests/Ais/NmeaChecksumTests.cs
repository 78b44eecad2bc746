using Bolwerk.Maritime.Ais.Nmea;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bolwerk.Maritime.Tests.Ais;

public sealed class NmeaChecksumTests
{
    [Fact]
    public void Compute_KnownSentence_IsItsChecksum() =>
        NmeaChecksum.Compute("AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0").ShouldBe(0x23);

    [Property(MaxTest = 1000)]
    public Property Compute_Vectorised_EqualsCharacterByCharacterXor() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 0x7F).Select(c => (char)c)).Select(chars => new string(chars)).ToArbitrary(),
            text => NmeaChecksum.Compute(text) == (text.Aggregate(0, (sum, c) => sum ^ c) & 0xFF));

    [Theory]
    [InlineData("5B", 0x5B)]
    [InlineData("5b", 0x5B)]
    [InlineData("G0", -1)]
    [InlineData("5", -1)]
    public void ParseHex_TwoDigits(string text, int expected) => NmeaChecksum.ParseHex(text).ShouldBe(expected);
}
