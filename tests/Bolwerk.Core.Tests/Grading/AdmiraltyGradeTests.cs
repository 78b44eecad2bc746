using System.Text.Json;
using Bolwerk.Grading;

namespace Bolwerk.Core.Tests.Grading;

public sealed class AdmiraltyGradeTests
{
    [Theory]
    [InlineData("A1", SourceReliability.A, InformationCredibility.Confirmed)]
    [InlineData("b2", SourceReliability.B, InformationCredibility.ProbablyTrue)]
    [InlineData("F6", SourceReliability.F, InformationCredibility.CannotBeJudged)]
    public void Parse_LetterAndDigit_ReadsBothScales(string text, SourceReliability reliability, InformationCredibility credibility)
    {
        var grade = AdmiraltyGrade.Parse(text);

        grade.Reliability.ShouldBe(reliability);
        grade.Credibility.ShouldBe(credibility);
        grade.ToString().ShouldBe(text.ToUpperInvariant());
    }

    [Theory]
    [InlineData("G1")]
    [InlineData("A7")]
    [InlineData("A0")]
    [InlineData("AB")]
    [InlineData("A12")]
    public void TryParse_OutOfScale_ReturnsFalse(string text) => AdmiraltyGrade.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Default_IsCannotBeJudged() => default(AdmiraltyGrade).ToString().ShouldBe("F6");

    [Theory]
    [InlineData("A1", 90)]
    [InlineData("C3", 50)]
    [InlineData("E5", 10)]
    public void StixConfidence_FollowsStixAppendixA(string grade, int confidence) =>
        AdmiraltyGrade.Parse(grade).StixConfidence.ShouldBe(confidence);

    [Fact]
    public void Json_RoundTripsAsText()
    {
        var json = JsonSerializer.Serialize(AdmiraltyGrade.Parse("B2"));

        json.ShouldBe("\"B2\"");
        JsonSerializer.Deserialize<AdmiraltyGrade>(json).ShouldBe(AdmiraltyGrade.Parse("B2"));
    }
}
