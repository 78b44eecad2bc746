using System.CommandLine;
using Bolwerk.Information.Disarm;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Fimi;

/// <summary>`bolwerk fimi disarm [ID]`: the DISARM framework — a technique and its countermeasures, or the tactics.</summary>
internal static class DisarmCommand
{
    public static Command Create()
    {
        var id = new Argument<string?>("ID") { Description = "A technique (T0049.003) or countermeasure (C00006); without it, the tactics and counts.", Arity = ArgumentArity.ZeroOrOne };
        var retired = new Option<bool>("--retired") { Description = "List the countermeasure links to technique ids the framework no longer has." };
        var command = new Command("disarm", "The DISARM red (techniques) and blue (countermeasures) frameworks as shipped (DISARM Foundation, CC BY-SA 4.0).") { id, retired };
        command.SetAction(parse =>
        {
            var framework = DisarmFramework.Default;
            if (parse.GetValue(retired))
            {
                foreach (var group in framework.RetiredLinks.GroupBy(l => l.Technique).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    Console.Out.WriteLine($"{group.Key}: not in the framework; linked from {string.Join(' ', group.Select(l => l.Counter).Order(StringComparer.Ordinal))}");
                }

                return ExitCodes.Success;
            }

            var key = parse.GetValue(id);
            if (key is null)
            {
                var table = new Table().AddColumns("tactic", "name", "techniques");
                foreach (var t in framework.Tactics.Values.OrderBy(t => t.Id, StringComparer.Ordinal))
                {
                    table.AddRow(t.Id, Markup.Escape(t.Name), framework.Techniques.Values.Count(x => x.TacticId == t.Id).ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                AnsiConsole.Write(table);
                Console.Out.WriteLine($"{framework.Techniques.Count} techniques and sub-techniques, {framework.Countermeasures.Count} countermeasures, {framework.Links.Count} links ({framework.RetiredLinks.Count} more to retired ids)");
                return ExitCodes.Success;
            }

            if (framework.Techniques.TryGetValue(key, out var technique))
            {
                Console.Out.WriteLine($"{technique.Id} {technique.Name} ({technique.TacticId} {framework.Tactics[technique.TacticId].Name})");
                Console.Out.WriteLine(technique.Description);
                Console.Out.WriteLine(technique.Url);
                foreach (var c in framework.CountermeasuresFor(technique.Id))
                {
                    Console.Out.WriteLine($"  counter {c.Id} {c.Name} [{c.ResponseType}]");
                }

                return ExitCodes.Success;
            }

            if (framework.Countermeasures.TryGetValue(key, out var counter))
            {
                Console.Out.WriteLine($"{counter.Id} {counter.Name} ({counter.Tactic}; {counter.ResponseType}; {counter.MetaTechnique})");
                Console.Out.WriteLine(counter.Summary);
                foreach (var (_, t) in framework.Links.Where(l => l.Counter == counter.Id))
                {
                    Console.Out.WriteLine($"  counters {t} {framework.Techniques[t].Name}");
                }

                return ExitCodes.Success;
            }

            Console.Error.WriteLine($"'{key}' is no DISARM technique or countermeasure of this framework (ids are DISARM's, not ATT&CK's: T0049, C00006)");
            return ExitCodes.DataError;
        });
        return command;
    }
}
