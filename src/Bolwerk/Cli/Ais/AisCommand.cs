using System.CommandLine;

namespace Bolwerk.Host.Cli.Ais;

/// <summary>`bolwerk ais …`: AIS decoding verbs.</summary>
internal static class AisCommand
{
    public static Command Create()
    {
        var ais = new Command("ais", "AIS: decode NMEA 0183 (ITU-R M.1371-5 types 1-27) and summarise feeds.");
        ais.Subcommands.Add(AisDecodeCommand.Create());
        ais.Subcommands.Add(AisStatsCommand.Create());
        return ais;
    }
}
