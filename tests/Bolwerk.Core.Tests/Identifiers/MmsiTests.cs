using Bolwerk.Identifiers;

namespace Bolwerk.Core.Tests.Identifiers;

public sealed class MmsiTests
{
    [Theory]
    [InlineData("244123456", MmsiKind.Ship, 244, "NL")]
    [InlineData("273456789", MmsiKind.Ship, 273, "RU")]
    [InlineData("636012345", MmsiKind.Ship, 636, "LR")]
    [InlineData("024412345", MmsiKind.GroupShip, 244, "NL")]
    [InlineData("002442000", MmsiKind.CoastStation, 244, "NL")]
    [InlineData("111244123", MmsiKind.SarAircraft, 244, "NL")]
    [InlineData("824412345", MmsiKind.Handheld, 244, "NL")]
    [InlineData("982441234", MmsiKind.CraftAssociatedWithParentShip, 244, "NL")]
    [InlineData("992446000", MmsiKind.AidToNavigation, 244, "NL")]
    public void Parse_ItuFormats_ClassifiesKindMidAndFlag(string text, MmsiKind kind, int mid, string country)
    {
        var mmsi = Mmsi.Parse(text);

        mmsi.Kind.ShouldBe(kind);
        mmsi.Mid.ShouldBe(mid);
        mmsi.FlagState!.CountryCode.ShouldBe(country);
        mmsi.IsWellFormed.ShouldBeTrue();
        mmsi.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("970123456", MmsiKind.SearchAndRescueTransmitter)]
    [InlineData("972123456", MmsiKind.ManOverboard)]
    [InlineData("974123456", MmsiKind.EpirbAis)]
    [InlineData("979123456", MmsiKind.AutonomousMaritimeRadioDevice)]
    public void Parse_DistressDevices_HaveNoMid(string text, MmsiKind kind)
    {
        var mmsi = Mmsi.Parse(text);

        mmsi.Kind.ShouldBe(kind);
        mmsi.Mid.ShouldBeNull();
        mmsi.FlagState.ShouldBeNull();
        mmsi.IsWellFormed.ShouldBeTrue();
    }

    [Theory]
    [InlineData("217000001")] // MID 217 is not allocated
    [InlineData("100000000")] // leading 1 other than 111 is no format
    [InlineData("900000000")]
    [InlineData("000000000")]
    public void IsWellFormed_UnallocatedOrUnknown_IsFalse(string text) =>
        Mmsi.Parse(text).IsWellFormed.ShouldBeFalse();

    [Fact]
    public void FromValue_CoastStationFromAis_RestoresLeadingZeros()
    {
        var mmsi = Mmsi.FromValue(2_579_999);

        mmsi.ToString().ShouldBe("002579999");
        mmsi.Kind.ShouldBe(MmsiKind.CoastStation);
        mmsi.FlagState!.CountryCode.ShouldBe("NO");
    }

    [Fact]
    public void FromValue_TenDigits_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Mmsi.FromValue(1_000_000_000));

    [Theory]
    [InlineData("24412345")]
    [InlineData("2441234567")]
    [InlineData("24412345a")]
    [InlineData(" 244123456")]
    [InlineData("")]
    public void TryParse_NotNineDigits_ReturnsFalse(string text) => Mmsi.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Parse_Invalid_MessageQuotesInput() =>
        Should.Throw<FormatException>(() => Mmsi.Parse("12345")).Message.ShouldBe("'12345' is not an MMSI: expected exactly nine digits.");

    [Fact]
    public void Equality_And_Order_FollowValue()
    {
        var a = Mmsi.Parse("244000001");
        var b = Mmsi.FromValue(244_000_001);
        var c = Mmsi.Parse("244000002");

        (a == b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        (a < c).ShouldBeTrue();
        a.CompareTo(c).ShouldBeLessThan(0);
    }
}
