using System.CommandLine;
using Bolwerk.Marking;
using Bolwerk.Storage.Accounts;
using Bolwerk.Storage.Infrastructure;

namespace Bolwerk.Host.Cli.Maritime;

/// <summary>Who owns the alerts a watch stores (--org) and their marking (--tlp), checked before any input is read.</summary>
internal sealed class AlertOwnership
{
    public Option<string> Organisation { get; } = new("--org") { Description = "Organisation id that owns the stored alerts (must exist: see `bolwerk users`).", Required = true };

    public Option<string> Tlp { get; } = new("--tlp") { Description = "TLP marking of the stored alerts: clear, green, amber, amber+strict or red.", DefaultValueFactory = _ => "amber" };

    public void AddTo(Command command)
    {
        command.Options.Add(Organisation);
        command.Options.Add(Tlp);
    }

    /// <summary>The owner and marking; the organisation must exist (alerts are stored as they are raised).</summary>
    public async Task<(string Owner, Tlp Marking)> ReadAsync(ParseResult parse, BolwerkDatabase database, CancellationToken cancellationToken)
    {
        var marking = TlpLabels.TryParse(parse.GetValue(Tlp), out var parsed) ? parsed : throw new ArgumentException($"--tlp '{parse.GetValue(Tlp)}' is not a TLP 2.0 label (clear, green, amber, amber+strict, red)");
        var owner = parse.GetValue(Organisation)!;
        if (!(await new AccountStore(database, TimeProvider.System).ListOrganisationsAsync(cancellationToken)).Any(o => o.Id == owner))
        {
            throw new ArgumentException($"--org '{owner}' is not an organisation in {database.DisplayName} (create it with `bolwerk users add NAME --org {owner}`)");
        }

        return (owner, marking);
    }
}
