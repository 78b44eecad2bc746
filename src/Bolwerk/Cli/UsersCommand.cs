using System.CommandLine;
using Bolwerk.Security;
using Bolwerk.Storage.Accounts;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Infrastructure;
using Bolwerk.Storage.Migrations;
using Spectre.Console;

namespace Bolwerk.Host.Cli;

/// <summary>`bolwerk users add|list|token|revoke`: accounts and their API tokens.</summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var users = new Command("users", "User accounts and API tokens.");
        users.Subcommands.Add(Add());
        users.Subcommands.Add(List());
        users.Subcommands.Add(Token());
        users.Subcommands.Add(Revoke());
        users.Subcommands.Add(Password());
        return users;
    }

    private static Option<int?> ExpiresOption() => new("--expires-days")
    {
        Description = "Token lifetime in days; default: no expiry.",
    };

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "Login name, unique." };
        var organisation = new Option<string>("--org") { Description = "Organisation id (created if new), e.g. kustwacht.", Required = true };
        var organisationName = new Option<string?>("--org-name") { Description = "Display name for a new organisation; default: the id." };
        var role = new Option<string>("--role") { Description = "viewer, analyst, coordinator or admin.", DefaultValueFactory = _ => "viewer" };
        var expires = ExpiresOption();
        role.Validators.Add(result =>
        {
            if (!RoleNames.TryParse(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError($"--role must be viewer, analyst, coordinator or admin, not '{result.GetValueOrDefault<string>()}'.");
            }
        });

        var command = new Command("add", "Create a user and print an API token for it. The token is shown once: store it now.") { name, organisation, organisationName, role, expires };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await OpenMigratedAsync(parse, cancellationToken);
            var time = TimeProvider.System;
            var accounts = new AccountStore(database, time);
            var orgId = parse.GetValue(organisation)!;
            await accounts.EnsureOrganisationAsync(orgId, parse.GetValue(organisationName) ?? orgId, cancellationToken);
            var user = await accounts.CreateUserAsync(parse.GetValue(name)!, orgId, RoleNames.Parse(parse.GetValue(role)!), cancellationToken);
            var issued = await IssueAsync(accounts, user, parse.GetValue(expires), time, cancellationToken);
            await CliAudit.RecordAsync(new AuditLog(database), time, "user.create", "user", user.Id, $"role {user.Role.ToName()} in {orgId}", cancellationToken);
            PrintToken(user, issued);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List user accounts (never their tokens).");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await OpenMigratedAsync(parse, cancellationToken);
            var table = new Table().AddColumns("name", "organisation", "role", "created", "id");
            foreach (var user in await new AccountStore(database, TimeProvider.System).ListUsersAsync(cancellationToken))
            {
                table.AddRow(Markup.Escape(user.Name), Markup.Escape(user.OrganisationId), user.Role.ToName(), user.CreatedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture), user.Id);
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Token()
    {
        var name = new Argument<string>("name") { Description = "Login name of an existing user." };
        var expires = ExpiresOption();
        var command = new Command("token", "Issue an additional API token for an existing user.") { name, expires };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await OpenMigratedAsync(parse, cancellationToken);
            var time = TimeProvider.System;
            var accounts = new AccountStore(database, time);
            if (await ExistingUserAsync(accounts, parse.GetValue(name)!, cancellationToken) is not { } user)
            {
                return ExitCodes.DataError;
            }

            var issued = await IssueAsync(accounts, user, parse.GetValue(expires), time, cancellationToken);
            await CliAudit.RecordAsync(new AuditLog(database), time, "token.issue", "user", user.Id, issued.TokenId, cancellationToken);
            PrintToken(user, issued);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Revoke()
    {
        var tokenId = new Argument<string>("token-id") { Description = "The token id printed when it was issued (tok_…)." };
        var command = new Command("revoke", "Revoke an API token; requests with it fail from now on.") { tokenId };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await OpenMigratedAsync(parse, cancellationToken);
            var id = parse.GetValue(tokenId)!;
            if (!await new AccountStore(database, TimeProvider.System).RevokeTokenAsync(id, cancellationToken))
            {
                CliConsole.Fail($"No active token with id '{id}'.");
                return ExitCodes.DataError;
            }

            await CliAudit.RecordAsync(new AuditLog(database), TimeProvider.System, "token.revoke", "token", id, null, cancellationToken);
            AnsiConsole.MarkupLine($"revoked {Markup.Escape(id)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Password()
    {
        var name = new Argument<string>("name") { Description = "Login name of an existing user." };
        var fromStdin = new Option<bool>("--stdin") { Description = "Read the password from the first line of standard input (for scripts) instead of asking." };
        var command = new Command("password", $"Set the password a user signs in to the web pages with (at least {PasswordHashing.MinimumLength} characters; stored as a PBKDF2 hash).") { name, fromStdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await OpenMigratedAsync(parse, cancellationToken);
            var time = TimeProvider.System;
            var accounts = new AccountStore(database, time);
            if (await ExistingUserAsync(accounts, parse.GetValue(name)!, cancellationToken) is not { } user)
            {
                return ExitCodes.DataError;
            }

            var password = parse.GetValue(fromStdin)
                ? await Console.In.ReadLineAsync(cancellationToken) ?? string.Empty
                : await new TextPrompt<string>($"New password for {Markup.Escape(user.Name)}:").Secret().ShowAsync(AnsiConsole.Console, cancellationToken);
            if (PasswordHashing.Weakness(password) is { } weakness)
            {
                CliConsole.Fail(weakness);
                return ExitCodes.DataError;
            }

            await new AccountPasswords(database, accounts, time).SetAsync(user.Id, password, cancellationToken);
            await CliAudit.RecordAsync(new AuditLog(database), time, "password.set", "user", user.Id, null, cancellationToken);
            CliConsole.Error.MarkupLine($"password set for [bold]{Markup.Escape(user.Name)}[/]");
            return ExitCodes.Success;
        });
        return command;
    }

    // The user a command names, or null after saying there is none.
    private static async Task<UserAccount?> ExistingUserAsync(AccountStore accounts, string name, CancellationToken cancellationToken)
    {
        var user = await accounts.FindUserByNameAsync(name, cancellationToken);
        if (user is null)
        {
            CliConsole.Fail($"No user named '{name}'. 'bolwerk users list' shows the accounts.");
        }

        return user;
    }

    internal static async Task<BolwerkDatabase> OpenMigratedAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var database = BolwerkDatabase.Open(parse.GetValue(GlobalOptions.Database));
        await new Migrator(database, TimeProvider.System).MigrateAsync(cancellationToken);
        return database;
    }

    private static Task<IssuedToken> IssueAsync(AccountStore accounts, UserAccount user, int? expiresDays, TimeProvider time, CancellationToken cancellationToken) =>
        accounts.IssueTokenAsync(user.Id, "cli", expiresDays is { } days ? time.GetUtcNow().AddDays(days) : null, cancellationToken);

    // The token goes to stdout alone on its line so scripts can capture it; the rest to stderr.
    private static void PrintToken(UserAccount user, IssuedToken issued)
    {
        CliConsole.Error.MarkupLine($"user [bold]{Markup.Escape(user.Name)}[/] ({user.Role.ToName()}, {Markup.Escape(user.OrganisationId)}), token id {issued.TokenId}{(issued.ExpiresAt is { } e ? $", expires {e:u}" : "")}");
        CliConsole.Warn("the token below is shown once and stored only as a hash; keep it now.");
        Console.Out.WriteLine(issued.Token);
    }
}
