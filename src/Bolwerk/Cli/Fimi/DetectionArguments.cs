using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bolwerk.Information.Coordination;
using Bolwerk.Host.Fimi;
using Bolwerk.Information.Posts;

namespace Bolwerk.Host.Cli.Fimi;

/// <summary>The inputs and detection parameters `fimi detect` and `fimi export` share, and the run they make.</summary>
internal sealed class DetectionArguments
{
    private readonly Argument<string[]> _inputs = new("INPUT") { Description = "Post files (.csv, .jsonl, .gz): native, QUT toolkit CSV, CooRTweet CSV; the format is recognised from the first line.", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string> _window = new("--window") { Description = "Two actions coordinate when at most this far apart (inclusive): 60s, 10s, 500ms, 5m.", DefaultValueFactory = _ => "60s" };
    private readonly Option<int> _minWeight = new("--min-weight") { Description = "An account pair enters a network when it co-shared at least this many distinct items.", DefaultValueFactory = _ => 2 };
    private readonly Option<double> _similarity = new("--similarity") { Description = "Similarity of word sets at or above which two texts are copies (co-text).", DefaultValueFactory = _ => 0.8 };
    private readonly Option<string> _measure = new("--similarity-measure") { Description = "dice (default; tolerates paraphrase) or jaccard (the QUT toolkit's and CooRTweet's).", DefaultValueFactory = _ => "dice" };
    private readonly Option<int> _minTokens = new("--min-tokens") { Description = "Texts with fewer distinct words are not compared (co-text).", DefaultValueFactory = _ => 5 };
    private readonly Option<int> _minParticipation = new("--min-participation") { Description = "CooRTweet's min_participation: shares an account needs (1: no filter).", DefaultValueFactory = _ => 1 };
    private readonly Option<string[]> _kinds = new("--kinds") { Description = "Signals to run: co-share, co-link, co-reply, co-text, multi (default all).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string> _clustering = new("--clustering") { Description = "components (every linked account in one network, as the QUT toolkit and CooRTweet) or communities (Louvain within each component: chance links no longer glue groups together).", DefaultValueFactory = _ => "components" };
    private readonly Option<double?> _significance = new("--significance") { Description = "Keep only edges chance does not explain: their p-value under activity-proportional chance (docs/fimi.md) below this level, Bonferroni-corrected (e.g. 0.01). Default: off, the peers' definition." };
    private readonly Option<bool> _strict = new("--strict") { Description = "Stop at the first row that cannot be read (default: leave it out and report it)." };

    public DetectionArguments()
    {
        _measure.AcceptOnlyFromAmong("dice", "jaccard");
        _clustering.AcceptOnlyFromAmong("components", "communities");
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(_inputs);
        foreach (var option in new Option[] { _window, _minWeight, _similarity, _measure, _minTokens, _minParticipation, _kinds, _clustering, _significance, _strict })
        {
            command.Options.Add(option);
        }
    }

    public DetectionOptions Options(ParseResult parse) => new()
    {
        Window = DurationParser.Parse(parse.GetValue(_window)!),
        MinWeight = parse.GetValue(_minWeight) is var w and >= 1 ? w : throw new ArgumentException("--min-weight must be at least 1"),
        Similarity = parse.GetValue(_similarity) is var s and > 0 and <= 1 ? s : throw new ArgumentException("--similarity must be in (0, 1]"),
        SimilarityMeasure = parse.GetValue(_measure) == "jaccard" ? SimilarityMeasure.Jaccard : SimilarityMeasure.Dice,
        MinTokens = Math.Max(1, parse.GetValue(_minTokens)),
        MinParticipation = Math.Max(1, parse.GetValue(_minParticipation)),
        Kinds = Kinds(parse.GetValue(_kinds)),
        Clustering = parse.GetValue(_clustering) == "communities" ? Clustering.Communities : Clustering.Components,
        Significance = parse.GetValue(_significance) is { } alpha ? alpha is > 0 and < 1 ? alpha : throw new ArgumentException("--significance must be in (0, 1)") : null,
    };

    /// <summary>Reads the inputs (problems and counts to standard error) and runs detection; the parameters go to standard error too.</summary>
    public (DetectionResult Result, DetectionOptions Options, int Posts, IReadOnlyList<RunInput> Inputs) Run(ParseResult parse)
    {
        var options = Options(parse);
        var posts = new List<Post>();
        var inputs = new List<RunInput>();
        var paths = parse.GetValue(_inputs) is { Length: > 0 } given ? given : throw new ArgumentException("name at least one post file (INPUT)");
        foreach (var path in paths)
        {
            var file = PostReader.Read(path, parse.GetValue(_strict));
            posts.AddRange(file.Posts);
            using (var stream = File.OpenRead(path))
            {
                inputs.Add(new RunInput(Path.GetFileName(path), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)), file.Format.ToString(), file.Posts.Count, file.Skipped.Count));
            }

            foreach (var problem in file.Skipped.Take(5))
            {
                Console.Error.WriteLine($"skipped: {problem}");
            }

            if (file.Skipped.Count > 5)
            {
                Console.Error.WriteLine($"skipped: {file.Skipped.Count - 5} more rows of {path}");
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {file.Format}, {file.Posts.Count} posts, {file.Skipped.Count} rows skipped"));
        }

        var result = CoordinationDetector.Detect(posts, options);
        Console.Error.WriteLine("parameters: " + JsonSerializer.Serialize(Parameters(options)));
        return (result, options, posts.Count, inputs);
    }

    /// <summary>Every effective parameter, printed with every result (the peers' documented defaults disagree with their code).</summary>
    public static object Parameters(DetectionOptions o) => new
    {
        windowSeconds = o.Window.TotalSeconds, windowInclusive = true, slidingWindow = true, minWeight = o.MinWeight, weight = "distinct items co-shared",
        similarity = o.Similarity, similarityMeasure = (o.SimilarityMeasure == SimilarityMeasure.Dice ? "dice" : "jaccard") + " of word sets", minTokens = o.MinTokens,
        minParticipation = o.MinParticipation, loopsRemoved = true, clustering = o.Clustering == Clustering.Communities ? "louvain communities within components" : "connected components",
        significance = o.Significance is { } a ? $"chance p < {a.ToString(CultureInfo.InvariantCulture)} / edges of the signal (Bonferroni)" : "off", kinds = o.Kinds.Order().Select(k => k.Name()),
    };

    private static HashSet<CoordinationKind> Kinds(string[]? names)
    {
        if (names is null || names.Length == 0)
        {
            return [.. Enum.GetValues<CoordinationKind>()];
        }

        var kinds = new HashSet<CoordinationKind>();
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            kinds.Add(CoordinationKinds.TryParse(name, out var kind) ? kind : throw new ArgumentException($"--kinds: '{name}' is not one of co-share, co-link, co-reply, co-text, multi"));
        }

        return kinds;
    }
}
