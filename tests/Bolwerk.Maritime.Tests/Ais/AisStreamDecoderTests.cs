using Bolwerk.Maritime.Ais.Decoding;

namespace Bolwerk.Maritime.Tests.Ais;

public sealed class AisStreamDecoderTests
{
    private const string PositionReport = "!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23";

    [Fact]
    public void DecodeLine_UnknownTalker_IsAccepted()
    {
        var (messages, errors) = AisFixtures.DecodeText("!BYVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*30");

        errors.ShouldBeEmpty();
        messages.Single().GetProperty("mmsi").GetUInt32().ShouldBe(227006760u);
    }

    [Fact]
    public void DecodeLine_LastLineWithoutNewline_IsDecoded()
    {
        var (messages, _) = AisFixtures.DecodeText(PositionReport + "\n" + PositionReport);

        messages.Count.ShouldBe(2);
    }

    [Fact]
    public void DecodeLine_Type24PartsFarApart_AreMerged()
    {
        var filler = string.Concat(Enumerable.Repeat(PositionReport + "\n", 5000));
        var (messages, _) = AisFixtures.DecodeText("!BSVDM,1,1,,B,H3@o@m1<puLHh4dF0S?J2222220,2*13\n" + filler + "!BSVDM,1,1,,B,H3@o@m5J653hhhiH@klqpP0@2220,0*27");

        var merged = messages.Last();
        merged.GetProperty("type").GetInt32().ShouldBe(24);
        merged.TryGetProperty("part", out _).ShouldBeFalse();
        merged.GetProperty("shipname").GetString().ShouldBe("SNOWFLAKE H36");
        merged.GetProperty("callsign").GetString().ShouldBe("XP3498");
    }

    [Fact]
    public void DecodeLine_TagBlockTime_IsTheMessageTime()
    {
        var (messages, _) = AisFixtures.DecodeText("\\c:1565218798*53\\" + PositionReport);

        messages.Single().GetProperty("received").GetString().ShouldBe("2019-08-07T22:59:58Z");
    }

    [Fact]
    public void DecodeLine_GatehouseLine_TimesTheNextMessage()
    {
        var (messages, _) = AisFixtures.DecodeText("$PGHP,1,2010,6,11,11,46,12,470,219,,2190064,1,5D*57\n" + PositionReport + "\n" + PositionReport);

        messages[0].GetProperty("received").GetString().ShouldBe("2010-06-11T11:46:12.47Z");
        messages[1].TryGetProperty("received", out _).ShouldBeFalse("a $PGHP time applies to the one message after it");
    }

    [Fact]
    public void DecodeLine_NoTimeInInput_NoTimeInOutput()
    {
        var (messages, _) = AisFixtures.DecodeText(PositionReport);

        messages.Single().TryGetProperty("received", out _).ShouldBeFalse();
    }

    [Fact]
    public void DecodeLine_TagBlockWithWrongChecksum_KeepsSentenceAndReports()
    {
        var (messages, errors) = AisFixtures.DecodeText("\\g:1-1-9999,c:1565218798*53\\" + PositionReport);

        messages.Count.ShouldBe(1);
        errors.Single().Reason.ShouldBe(AisErrorReason.BadTagBlockChecksum);
    }

    [Theory]
    [InlineData("c:99999999999")]
    [InlineData("c:9223372036854775807")]
    public void DecodeLine_TagBlockTimeOutOfRange_IsReportedNotThrown(string field)
    {
        // Regression: found by fuzz/run-afl.sh (AFL++ with SharpFuzz) within a minute.
        var body = field;
        var sum = body.Aggregate(0, (acc, c) => acc ^ c);
        var (messages, errors) = AisFixtures.DecodeText($"\\{body}*{sum:X2}\\{PositionReport}");

        errors.Single().Reason.ShouldBe(AisErrorReason.BadTagBlock);
        messages.Single().TryGetProperty("received", out _).ShouldBeFalse();
    }

    [Fact]
    public void DecodeLine_InterleavedMultipartMessages_AreBothJoined()
    {
        const string text = """
            !AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C
            !AIVDM,2,1,2,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1F
            !AIVDM,2,2,1,A,88888888880,2*25
            !AIVDM,2,2,2,A,88888888880,2*26
            """;

        var (messages, errors) = AisFixtures.DecodeText(text);

        errors.ShouldBeEmpty();
        messages.Count.ShouldBe(2);
        messages.ShouldAllBe(m => m.GetProperty("type").GetInt32() == 5);
    }

    [Theory]
    [InlineData("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*24", AisErrorReason.BadChecksum)]
    [InlineData("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0", AisErrorReason.MissingChecksum)]
    [InlineData("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip*3F", AisErrorReason.MalformedSentence)]
    [InlineData("!AIVDM,3,4,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*24", AisErrorReason.MalformedSentence)]
    [InlineData("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05I~,0*2D", AisErrorReason.BadPayloadCharacter)]
    [InlineData("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,7*24", AisErrorReason.BadFillBits)]
    [InlineData("!AIVDM,1,1,,A,13HOI:0P0000VOHL,0*2D", AisErrorReason.BadLength)]
    [InlineData("!AIVDM,1,1,,A,,0*26", AisErrorReason.BadLength)]
    [InlineData("hello", AisErrorReason.NotAis)]
    public void DecodeLine_Malformed_IsReportedWithReasonAndLine(string line, AisErrorReason reason)
    {
        var (messages, errors) = AisFixtures.DecodeText("# comment\n\n" + line);

        messages.ShouldBeEmpty();
        var error = errors.Single();
        error.Reason.ShouldBe(reason);
        error.LineNumber.ShouldBe(3);
        error.Detail.ShouldNotBeNullOrWhiteSpace();
    }
}
