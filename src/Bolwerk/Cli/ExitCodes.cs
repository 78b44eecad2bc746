namespace Bolwerk.Host.Cli;

/// <summary>
/// Process exit codes, after BSD sysexits.h so scripts can tell a typo from a broken database.
/// Documented in docs/cli.md; never renumbered.
/// </summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 64;
    public const int DataError = 65;
    public const int NoInput = 66;
    public const int Unavailable = 69;
    public const int Internal = 70;
    public const int CannotCreate = 73;
    public const int TemporaryFailure = 75;
}
