using System.CommandLine;
using System.Globalization;
using Bolwerk.Information.Coordination;
using Bolwerk.Information.Posts;
using Bolwerk.Information.Simulation;

namespace Bolwerk.Host.Cli.Fimi;

/// <summary>`bolwerk fimi simulate`: a synthetic corpus with planted coordinated groups, and its ground truth.</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Posts, native JSON lines.", Required = true };
        var truth = new Option<string?>("--truth") { Description = "Planted account pairs as CSV kind,account,account_y." };
        var organic = new Option<int>("--organic-posts") { DefaultValueFactory = _ => 100_000 };
        var accounts = new Option<int>("--organic-accounts") { DefaultValueFactory = _ => 10_000 };
        var groups = new Option<int>("--groups") { Description = "Planted groups per signal.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 20261129 };
        var command = new Command("simulate", "Write a synthetic corpus: organic background posts and planted groups per signal (co-share, co-link, co-reply, co-text with paraphrase noise and timing jitter); the truth file lists the planted pairs.")
        {
            output, truth, organic, accounts, groups, seed,
        };
        command.SetAction(parse =>
        {
            var corpus = PostSimulator.Generate(new SimulationOptions
            {
                OrganicPosts = parse.GetValue(organic), OrganicAccounts = Math.Max(1, parse.GetValue(accounts)), GroupsPerKind = parse.GetValue(groups), Seed = parse.GetValue(seed),
            });
            using (var writer = new StreamWriter(parse.GetValue(output)!))
            {
                PostJsonWriter.Write(writer, corpus.Posts);
            }

            if (parse.GetValue(truth) is { } truthFile)
            {
                using var writer = new StreamWriter(truthFile);
                writer.WriteLine("kind,account,account_y");
                foreach (var (kind, pairs) in corpus.Planted)
                {
                    foreach (var (a, b) in pairs.Order())
                    {
                        writer.WriteLine($"{kind.Name()},{a},{b}");
                    }
                }
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus.Posts.Count} posts, {corpus.Planted.Sum(p => p.Value.Count)} planted pairs"));
            return ExitCodes.Success;
        });
        return command;
    }
}
