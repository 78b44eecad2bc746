using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Bolwerk.Identifiers;

/// <summary>
/// A Maritime Mobile Service Identity: nine decimal digits, leading zeros significant.
/// </summary>
/// <remarks>
/// AIS carries the MMSI as a 30-bit integer, so <see cref="FromValue"/> accepts any value up to
/// 999,999,999 and restores the leading zeros (2579999 is coast station 002579999). Text must be
/// exactly nine digits. Any such value is representable; whether it follows an ITU format and an
/// allocated MID is a separate question (<see cref="Kind"/>, <see cref="IsWellFormed"/>),
/// because spoofed and misconfigured transponders are exactly what Bolwerk must see.
/// The default value is 000000000. Immutable and thread-safe.
/// </remarks>
public readonly struct Mmsi : IEquatable<Mmsi>, IComparable<Mmsi>, ISpanParsable<Mmsi>
{
    /// <summary>The largest value nine digits can hold.</summary>
    public const uint MaxValue = 999_999_999;

    private readonly uint _value;

    private Mmsi(uint value) => _value = value;

    /// <summary>The numeric value, 0 to 999,999,999.</summary>
    public uint Value => _value;

    /// <summary>The station kind its leading digits denote.</summary>
    public MmsiKind Kind => Classify(out _);

    /// <summary>The Maritime Identification Digits inside it, or null for kinds that carry none (SART, MOB, EPIRB, AMRD, unknown).</summary>
    public int? Mid => Classify(out var mid) switch
    {
        MmsiKind.Unknown or MmsiKind.SearchAndRescueTransmitter or MmsiKind.ManOverboard
            or MmsiKind.EpirbAis or MmsiKind.AutonomousMaritimeRadioDevice => null,
        _ => mid,
    };

    /// <summary>True when the MMSI follows an ITU format and, where it carries a MID, that MID is allocated.</summary>
    public bool IsWellFormed => Kind != MmsiKind.Unknown && (Mid is not { } mid || MaritimeIdentificationDigits.IsAllocated(mid));

    /// <summary>The administration its MID is allocated to, or null.</summary>
    public FlagState? FlagState =>
        Mid is { } mid && MaritimeIdentificationDigits.TryGetFlagState(mid, out var state) ? state : null;

    /// <summary>Creates an MMSI from its numeric value (as AIS transmits it).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has more than nine digits.</exception>
    public static Mmsi FromValue(uint value) => value <= MaxValue
        ? new Mmsi(value)
        : throw new ArgumentOutOfRangeException(nameof(value), value, "An MMSI has at most nine digits (0 to 999999999).");

    /// <summary>Parses exactly nine decimal digits.</summary>
    /// <exception cref="FormatException">The text is not nine digits; the message quotes it.</exception>
    public static Mmsi Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var mmsi) ? mmsi : throw new FormatException($"'{text}' is not an MMSI: expected exactly nine digits.");

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    public static Mmsi Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses exactly nine decimal digits without throwing.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Mmsi mmsi)
    {
        mmsi = default;
        if (text.Length != 9)
        {
            return false;
        }

        uint value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (uint)(c - '0');
        }

        mmsi = new Mmsi(value);
        return true;
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Mmsi)"/>
    public static bool TryParse([NotNullWhen(true)] string? text, out Mmsi mmsi) => TryParse(text.AsSpan(), out mmsi);

    static Mmsi ISpanParsable<Mmsi>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Mmsi>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Mmsi result) => TryParse(s, out result);

    static Mmsi IParsable<Mmsi>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Mmsi>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Mmsi result) => TryParse(s, out result);

    /// <summary>The nine digits, with leading zeros.</summary>
    public override string ToString() => _value.ToString("D9", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(Mmsi other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Mmsi other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)_value;

    /// <inheritdoc/>
    public int CompareTo(Mmsi other) => _value.CompareTo(other._value);

    /// <summary>Value equality.</summary>
    public static bool operator ==(Mmsi left, Mmsi right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Mmsi left, Mmsi right) => !left.Equals(right);

    /// <summary>Numeric order.</summary>
    public static bool operator <(Mmsi left, Mmsi right) => left._value < right._value;

    /// <summary>Numeric order.</summary>
    public static bool operator >(Mmsi left, Mmsi right) => left._value > right._value;

    /// <summary>Numeric order.</summary>
    public static bool operator <=(Mmsi left, Mmsi right) => left._value <= right._value;

    /// <summary>Numeric order.</summary>
    public static bool operator >=(Mmsi left, Mmsi right) => left._value >= right._value;

    // Reads the ITU-R M.585-9 formats off the digits; mid is meaningless for kinds without one.
    private MmsiKind Classify(out int mid)
    {
        var v = _value;
        var d1 = (int)(v / 100_000_000);
        var d12 = (int)(v / 10_000_000);
        var d123 = (int)(v / 1_000_000);
        mid = 0;
        switch (d1)
        {
            case >= 2 and <= 7:
                mid = d123;
                return MmsiKind.Ship;
            case 8:
                mid = (int)(v / 100_000 % 1000);
                return MmsiKind.Handheld;
            case 0 when d12 == 0:
                mid = (int)(v / 10_000 % 1000);
                return MmsiKind.CoastStation;
            case 0:
                mid = (int)(v / 100_000 % 1000);
                return MmsiKind.GroupShip;
            case 1 when d123 == 111:
                mid = (int)(v / 1000 % 1000);
                return MmsiKind.SarAircraft;
            case 9 when d12 == 98:
                mid = (int)(v / 10_000 % 1000);
                return MmsiKind.CraftAssociatedWithParentShip;
            case 9 when d12 == 99:
                mid = (int)(v / 10_000 % 1000);
                return MmsiKind.AidToNavigation;
            case 9 when d123 == 970:
                return MmsiKind.SearchAndRescueTransmitter;
            case 9 when d123 == 972:
                return MmsiKind.ManOverboard;
            case 9 when d123 == 974:
                return MmsiKind.EpirbAis;
            case 9 when d123 == 979:
                return MmsiKind.AutonomousMaritimeRadioDevice;
            default:
                return MmsiKind.Unknown;
        }
    }
}
