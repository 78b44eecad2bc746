using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Dma;

namespace Bolwerk.Maritime.Tests.Ais;

public sealed class DmaCsvReaderTests
{
    private static (List<DmaAisRecord> Rows, List<AisError> Errors) Read(string relative)
    {
        var rows = new List<DmaAisRecord>();
        var errors = new List<AisError>();
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Fixtures", relative));
        DmaCsvReader.Read(reader, rows.Add, errors.Add);
        return (rows, errors);
    }

    [Fact]
    public void Read_DmaLayout_ParsesValuesByHeaderName()
    {
        var (rows, _) = Read("dma/aisdk_layout_sample.csv");

        var trader = rows.Single(r => r.Mmsi == 244660000);
        trader.Timestamp.ShouldBe(new DateTimeOffset(2024, 3, 1, 0, 0, 1, TimeSpan.Zero));
        trader.TypeOfMobile.ShouldBe("Class A");
        trader.Latitude.ShouldBe(57.13);
        trader.Longitude.ShouldBe(7.452);
        trader.RateOfTurn.ShouldBe(-2.4);
        trader.Sog.ShouldBe(12.8);
        trader.Heading.ShouldBe(87);
        trader.Imo.ShouldBe("9329760");
        trader.Name.ShouldBe("EXAMPLE TRADER");
        trader.Draught.ShouldBe(7.8);
        trader.Eta.ShouldBe(new DateTimeOffset(2024, 3, 3, 6, 0, 0, TimeSpan.Zero));
        trader.ToBow.ShouldBe(150);
        trader.ToPort.ShouldBe(12);
    }

    [Fact]
    public void Read_UnknownAndEmpty_AreNull_QuotedCommasKept()
    {
        var (rows, _) = Read("dma/aisdk_layout_sample.csv");

        var first = rows.Single(r => r.Mmsi == 219019621);
        first.Imo.ShouldBeNull();
        first.CallSign.ShouldBeNull();
        first.Destination.ShouldBeNull();
        first.Eta.ShouldBeNull();
        rows.Single(r => r.Mmsi == 211234560).Name.ShouldBe("SAILOR, THE");
    }

    [Fact]
    public void Read_BadRows_ReportLineAndField_AndReadingContinues()
    {
        var (rows, errors) = Read("dma/aisdk_layout_sample.csv");

        rows.Select(r => r.Mmsi).ShouldBe([219019621u, 244660000u, 211234560u, 2190047u]);
        errors.Select(e => (e.LineNumber, e.Reason)).ShouldBe([(5L, AisErrorReason.BadCsvRow), (6L, AisErrorReason.BadCsvRow), (8L, AisErrorReason.BadCsvRow)]);
        errors[0].Detail.ShouldBe("field 'Timestamp' is '31/02/2024 00:00:03', expected a date DD/MM/YYYY HH:mm:ss");
        errors[1].Detail.ShouldBe("field 'MMSI' is '2190000x1', expected a whole number");
        errors[2].Detail.ShouldBe("field 'Longitude' is 'eleven', expected a number");
    }

    [Fact]
    public void Read_WithoutDmaHeader_ReportsAndStops()
    {
        var rows = new List<DmaAisRecord>();
        var errors = new List<AisError>();

        DmaCsvReader.Read(new StringReader("mmsi,lat\n1,2\n"), rows.Add, errors.Add);

        rows.ShouldBeEmpty();
        errors.Single().Detail.ShouldContain("# Timestamp");
    }

    [Theory]
    [InlineData("# Timestamp,Type of mobile,MMSI", true)]
    [InlineData("\uFEFF# Timestamp,Type of mobile", true)]
    [InlineData("# a comment", false)]
    [InlineData("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23", false)]
    public void IsDmaHeader_RecognisesTheLayout(string line, bool expected) => DmaCsvReader.IsDmaHeader(line).ShouldBe(expected);
}
