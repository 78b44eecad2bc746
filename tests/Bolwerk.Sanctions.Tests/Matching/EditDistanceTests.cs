using Bolwerk.Sanctions.Matching;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bolwerk.Sanctions.Tests.Matching;

public sealed class EditDistanceTests
{
    private static readonly Gen<string> Words =
        Gen.Choose(0, 12).SelectMany(length => Gen.ArrayOf(Gen.Elements("abcdeioux".ToCharArray()), length)).Select(c => new string(c));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 6)]
    [InlineData("macron", "marcon", 2)] // one transposition
    [InlineData("sancho", "sanchez", 3)] // o→e is a vowel (1), z inserted (2)
    [InlineData("muhamad", "mohamed", 2)] // two vowels
    [InlineData("kitten", "sitting", 5)] // k→s (2), e→i (1), g (2)
    public void Distances_count_half_edits_with_vowel_for_vowel_at_half_price(string a, string b, int expected)
    {
        EditDistance.HalfEdits(a, b).ShouldBe(expected);
        EditDistance.HalfEdits(b, a).ShouldBe(expected);
    }

    [Property(MaxTest = 2000)]
    public Property The_span_routine_equals_a_plain_table_implementation() =>
        Prop.ForAll(Words.ToArbitrary(), Words.ToArbitrary(), (a, b) => EditDistance.HalfEdits(a, b) == Reference(a, b));

    [Property(MaxTest = 2000)]
    public Property The_letter_set_bound_never_exceeds_the_distance() =>
        Prop.ForAll(Words.ToArbitrary(), Words.ToArbitrary(), (a, b) =>
            LetterSet.HalfEditsAtLeast(LetterSet.Of(a), LetterSet.Of(b)) <= EditDistance.HalfEdits(a, b));

    [Fact]
    public void Long_words_beyond_the_stack_limit_are_measured_too()
    {
        var a = new string('a', 100);
        EditDistance.HalfEdits(a, a + "b").ShouldBe(2);
    }

    // Textbook optimal-string-alignment table with the same costs, written for clarity not speed.
    private static int Reference(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = 2 * i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = 2 * j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = a[i - 1] == b[j - 1] ? 0 : "aeiou".Contains(a[i - 1]) && "aeiou".Contains(b[j - 1]) ? 1 : 2;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 2, d[i, j - 1] + 2), d[i - 1, j - 1] + substitution);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 2);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
