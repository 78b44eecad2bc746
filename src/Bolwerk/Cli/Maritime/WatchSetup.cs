using System.CommandLine;
using Bolwerk.Host.Cli.Ais;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Maritime.WatchLists;

namespace Bolwerk.Host.Cli.Maritime;

/// <summary>The options and input loop `maritime detect` and `maritime ingest` share.</summary>
internal sealed class WatchSetup
{
    public Option<string[]> Assets { get; } = new("--assets", "-a")
    {
        Description = "GeoJSON infrastructure layer (RFC 7946); repeat for more layers.",
        // One file per --assets, as the contract writes it: several tokens would swallow the INPUT files.
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> WatchList { get; } = new("--watchlist") { Description = "CSV with an 'imo' and/or 'mmsi' column (e.g. the EU Annex XLII list)." };

    public Option<string?> Thresholds { get; } = new("--thresholds") { Description = "JSON file overriding detection thresholds (see docs/detection.md)." };

    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "NMEA (with or without tag blocks; plain or .gz) or DMA CSV files, detected from content; '-' or none for standard input.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Assets);
        command.Options.Add(WatchList);
        command.Options.Add(Thresholds);
        command.Arguments.Add(Inputs);
    }

    /// <summary>Reads thresholds, layers and watch list (each failing with the file and place named).</summary>
    public (DetectionOptions Options, IReadOnlyList<InfrastructureAsset> Layers, WatchList? List, AssetProximity Proximity) Read(ParseResult parse)
    {
        var options = parse.GetValue(Thresholds) is { } path ? DetectionOptionsFile.Read(path) : new DetectionOptions();
        var layers = (parse.GetValue(Assets) ?? []).SelectMany(AssetLayerReader.Read).ToList();
        var list = parse.GetValue(WatchList) is { } listPath ? WatchListReader.Read(listPath) : null;
        return (options, layers, list, MaritimeDetectCommand.Proximity(layers, options));
    }

    /// <summary>Feeds every input to <paramref name="feed"/>: archives decoded on two threads, live feeds on one.</summary>
    public Task<long> RunAsync(ParseResult parse, WatchFeed feed, CancellationToken cancellationToken) =>
        FeedAsync(parse.GetValue(Inputs), feed, cancellationToken);

    /// <summary>Feeds every input (files, '-', tcp:// or udp://) to <paramref name="feed"/>; returns the decode errors.</summary>
    public static async Task<long> FeedAsync(string[]? inputs, WatchFeed feed, CancellationToken cancellationToken)
    {
        var errors = new ErrorCounter();
        foreach (var input in AisInputs.Normalise(inputs))
        {
            using var pipeline = AisInputs.IsLive(input) ? null : new PipelinedAisDecoder(feed, errors, null);
            IAisLineDecoder decoder = (IAisLineDecoder?)pipeline ?? new AisStreamDecoder(new AisHandlerPair(feed, errors));
            await AisInputs.DecodeAsync(input, decoder, errors, feed.OnDmaRow, () => false, cancellationToken);
            pipeline?.Drain();
        }

        return errors.Count;
    }

    private sealed class ErrorCounter : AisMessageHandler
    {
        public long Count { get; private set; }

        public override void OnError(in AisError failure) => Count++;
    }
}
