namespace Bolwerk.Identifiers;

/// <summary>
/// The country or geographical area to which ITU allocated a Maritime Identification Digit.
/// </summary>
/// <param name="Mid">The three-digit MID, 201 to 775.</param>
/// <param name="CountryCodes">ISO 3166-1 alpha-2 codes; more than one where a MID serves several territories (306).</param>
/// <param name="Name">The ITU name of the administration.</param>
public sealed record FlagState(int Mid, IReadOnlyList<string> CountryCodes, string Name)
{
    /// <summary>The first (principal) ISO 3166-1 alpha-2 code.</summary>
    public string CountryCode => CountryCodes[0];
}
