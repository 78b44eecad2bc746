using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Bolwerk.Identifiers;

/// <summary>
/// An IMO ship identification number: seven digits whose last is a check digit
/// (IMO Resolution A.1117(30)).
/// </summary>
/// <remarks>
/// The check digit is the last digit of the sum of the first six digits weighted 7, 6, 5, 4, 3, 2:
/// for 9074729, 9×7 + 0×6 + 7×5 + 4×4 + 7×3 + 2×2 = 139, and 9 is the check digit. Only numbers
/// with a valid check digit are representable, so a held <see cref="ImoNumber"/> is always valid.
/// Text may carry the prefix "IMO" (any case, optional space), as lists and AIS free text often do.
/// The default value is 0000000, which is not a valid IMO number; do not use default.
/// Immutable and thread-safe.
/// </remarks>
public readonly struct ImoNumber : IEquatable<ImoNumber>, IComparable<ImoNumber>, ISpanParsable<ImoNumber>
{
    private readonly int _value;

    private ImoNumber(int value) => _value = value;

    /// <summary>The seven-digit number.</summary>
    public int Value => _value;

    /// <summary>True when <paramref name="value"/> has seven digits (1000000–9999999) and a valid check digit.</summary>
    public static bool IsValid(int value) => value is >= 1_000_000 and <= 9_999_999 && ComputeCheckDigit(value / 10) == value % 10;

    /// <summary>The check digit for the first six digits (0–999999).</summary>
    public static int ComputeCheckDigit(int firstSixDigits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstSixDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstSixDigits, 999_999);
        var sum = 0;
        for (var weight = 2; weight <= 7; weight++)
        {
            sum += firstSixDigits % 10 * weight;
            firstSixDigits /= 10;
        }

        return sum % 10;
    }

    /// <summary>Creates an IMO number from its numeric value.</summary>
    /// <exception cref="ArgumentException">Not seven digits, or the check digit is wrong.</exception>
    public static ImoNumber FromValue(int value) => IsValid(value)
        ? new ImoNumber(value)
        : throw new ArgumentException($"{value} is not a valid IMO number: {Explain(value)}", nameof(value));

    /// <summary>Returns false instead of throwing.</summary>
    public static bool TryFromValue(int value, out ImoNumber imo)
    {
        imo = IsValid(value) ? new ImoNumber(value) : default;
        return imo._value != 0;
    }

    /// <summary>Parses seven digits, optionally prefixed by "IMO".</summary>
    /// <exception cref="FormatException">Not an IMO number; the message quotes the input and says why.</exception>
    public static ImoNumber Parse(ReadOnlySpan<char> text)
    {
        if (TryParseDigits(text, out var value) && IsValid(value))
        {
            return new ImoNumber(value);
        }

        var reason = TryParseDigits(text, out value) ? Explain(value) : "expected seven digits, optionally prefixed by 'IMO'";
        throw new FormatException($"'{text}' is not an IMO number: {reason}.");
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    public static ImoNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses without throwing; false for bad syntax or a wrong check digit.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out ImoNumber imo)
    {
        imo = TryParseDigits(text, out var value) && IsValid(value) ? new ImoNumber(value) : default;
        return imo._value != 0;
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out ImoNumber)"/>
    public static bool TryParse([NotNullWhen(true)] string? text, out ImoNumber imo) => TryParse(text.AsSpan(), out imo);

    static ImoNumber ISpanParsable<ImoNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<ImoNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ImoNumber result) => TryParse(s, out result);

    static ImoNumber IParsable<ImoNumber>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<ImoNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ImoNumber result) => TryParse(s, out result);

    /// <summary>The seven digits.</summary>
    public override string ToString() => _value.ToString("D7", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(ImoNumber other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ImoNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value;

    /// <inheritdoc/>
    public int CompareTo(ImoNumber other) => _value.CompareTo(other._value);

    /// <summary>Value equality.</summary>
    public static bool operator ==(ImoNumber left, ImoNumber right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ImoNumber left, ImoNumber right) => !left.Equals(right);

    /// <summary>Numeric order.</summary>
    public static bool operator <(ImoNumber left, ImoNumber right) => left._value < right._value;

    /// <summary>Numeric order.</summary>
    public static bool operator >(ImoNumber left, ImoNumber right) => left._value > right._value;

    /// <summary>Numeric order.</summary>
    public static bool operator <=(ImoNumber left, ImoNumber right) => left._value <= right._value;

    /// <summary>Numeric order.</summary>
    public static bool operator >=(ImoNumber left, ImoNumber right) => left._value >= right._value;

    private static string Explain(int value) => value is < 1_000_000 or > 9_999_999
        ? "an IMO number has exactly seven digits"
        : $"check digit is {value % 10}, expected {ComputeCheckDigit(value / 10)}";

    private static bool TryParseDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        text = text.Trim();
        if (text.StartsWith("IMO", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..].TrimStart();
        }

        if (text.Length != 7)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
