using System.CommandLine;
using Entente.Access;
using Entente.Cli;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Users;

/// <summary><c>entente users token USER --name NAME [--scope write] [--days 90]</c>: a personal API token for a script, printed once.</summary>
public static class TokenCommand
{
    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var userName = new Argument<string>("user-name") { Description = "The user the token acts for." };
        var name = new Option<string>("--name") { Description = "What the token is for, e.g. \"nightly export\".", Required = true };
        var scope = new Option<string>("--scope") { Description = "read or write (write stays within the user's role).", DefaultValueFactory = _ => "read" };
        scope.AcceptOnlyFromAmong([.. KebabCase.KeysOf<TokenScope>()]);
        var days = new Option<int>("--days") { Description = "Days until the token expires (1–366).", DefaultValueFactory = _ => 90 };

        var token = new Command("token", "Create a personal API token for a user; the secret is printed once and only its hash is stored.");
        token.Arguments.Add(userName);
        token.Options.Add(name);
        token.Options.Add(scope);
        token.Options.Add(days);
        token.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
            await using var db = EntenteDatabase.CreateContext(target);
            var user = parseResult.GetRequiredValue(userName);
            var userId = await db.Users.Where(u => u.UserName == user).Select(u => u.Id).SingleOrDefaultAsync(ct)
                ?? throw new EntenteException($"There is no user '{user}' in {target.Description}.", ExitCodes.Usage);
            var (created, secret, errors, _) = await ApiTokens.CreateAsync(db, userId, new TokenInput(parseResult.GetValue(name), parseResult.GetValue(scope), parseResult.GetValue(days)), ct);
            if (created is null)
            {
                throw new EntenteException("Cannot create the token: " + string.Join(" ", errors.ToDictionary().Select(e => $"{e.Key} {string.Join(" ", e.Value)}")), ExitCodes.Usage);
            }

            output.Line(secret!);
            return ExitCodes.Success;
        });
        return token;
    }
}
