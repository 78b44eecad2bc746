using System.CommandLine;
using System.Globalization;

namespace Bolwerk.Host.Cli.Ais;

/// <summary>Arguments shared by the ais verbs.</summary>
internal static class AisOptions
{
    public static Argument<string[]> Files() => new("files")
    {
        Description = "Inputs: files (NMEA lines or DMA CSV, optionally .gz), '-' or none for standard input, tcp://host:port (connect and read), udp://address:port (listen).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string?> Types()
    {
        var option = new Option<string?>("--types") { Description = "Only these message types, e.g. 1,2,3,5." };
        option.Validators.Add(result =>
        {
            if (ParseTypes(result.GetValueOrDefault<string?>()) is null && result.GetValueOrDefault<string?>() is not null)
            {
                result.AddError($"--types must be a comma-separated list of message types 1-27, not '{result.GetValueOrDefault<string?>()}'.");
            }
        });
        return option;
    }

    public static Option<bool> Strict() => new("--strict") { Description = "Stop at the first bad line or message (exit 65) instead of counting it." };

    /// <summary>Null when <paramref name="text"/> is null or not a valid list.</summary>
    public static HashSet<int>? ParseTypes(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var set = new HashSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var type) || type is < 1 or > 27)
            {
                return null;
            }

            set.Add(type);
        }

        return set.Count > 0 ? set : null;
    }
}
