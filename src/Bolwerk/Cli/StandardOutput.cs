using Microsoft.Win32.SafeHandles;

namespace Bolwerk.Host.Cli;

/// <summary>
/// Standard output as a plain file stream, so that a closed pipe (`bolwerk ais decode big.nmea | head`)
/// surfaces as an <see cref="IOException"/> and the command can stop, as Unix tools do.
/// </summary>
/// <remarks>
/// .NET's console stream swallows EPIPE on Unix: the decode then ran through a whole archive
/// after its reader had gone (seen: a million lines decoded for `| head -1`).
/// </remarks>
internal static class StandardOutput
{
    public static Stream Open() =>
        OperatingSystem.IsWindows()
            ? Console.OpenStandardOutput()
            : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);

    /// <summary>True for the error a write to a pipe whose reader has gone raises.</summary>
    public static bool IsBrokenPipe(IOException exception) =>
        exception.HResult == 32 || exception.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);
}
