using System.CommandLine;
using System.Security.Cryptography;
using Entente.Cli;
using Entente.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Entente.Users;

/// <summary><c>entente users add</c>: creates a user of one Party (or an observer) with a role.</summary>
public static class UserCommands
{
    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var users = new Command("users", "Manage the people who use Entente.");

        var userName = new Argument<string>("user-name") { Description = "The name the user signs in with." };
        var displayName = new Option<string?>("--name") { Description = "The user's full name, as others see it." };
        var party = new Option<string?>("--party") { Description = "The Party the user works for (e.g. RU, AZ); omit for an observer." };
        var role = new Option<string>("--role")
        {
            Description = "viewer, editor, coordinator or administrator.",
            DefaultValueFactory = _ => "viewer",
        };
        role.AcceptOnlyFromAmong([.. KebabCase.KeysOf<UserRole>()]);
        var email = new Option<string?>("--email") { Description = "The user's e-mail address." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input instead of generating one." };

        var add = new Command("add", "Create a user. Without --password-stdin a random password is generated and printed once.");
        add.Arguments.Add(userName);
        add.Options.Add(displayName);
        add.Options.Add(party);
        add.Options.Add(role);
        add.Options.Add(email);
        add.Options.Add(passwordStdin);
        add.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);

            var services = new ServiceCollection();
            services.AddLogging();
            services.AddEntenteDatabase(target);
            services.AddIdentityCore<EntenteUser>().AddEntityFrameworkStores<EntenteDb>();
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EntenteDb>();
            var manager = scope.ServiceProvider.GetRequiredService<UserManager<EntenteUser>>();

            var partyCode = parseResult.GetValue(party)?.Trim().ToUpperInvariant();
            if (partyCode is not null && !await db.Parties.AnyAsync(p => p.Code == partyCode, ct))
            {
                throw new EntenteException($"There is no Party '{partyCode}' in {target.Description}; known: {string.Join(", ", await db.Parties.Select(p => p.Code).ToListAsync(ct))}.", ExitCodes.Usage);
            }

            var password = parseResult.GetValue(passwordStdin)
                ? (await Console.In.ReadLineAsync(ct))?.Trim() ?? string.Empty
                : GeneratePassword();
            var name = parseResult.GetRequiredValue(userName);
            var user = new EntenteUser
            {
                UserName = name,
                Email = parseResult.GetValue(email),
                DisplayName = parseResult.GetValue(displayName) ?? name,
                PartyCode = partyCode,
                Role = KebabCase.Parse<UserRole>(parseResult.GetRequiredValue(role)),
                CreatedAt = DateTimeOffset.UtcNow,
            };
            var created = await manager.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new EntenteException($"Cannot create user '{name}': {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }

            output.Line($"Created {KebabCase.ToKey(user.Role)} '{name}' ({partyCode ?? "observer"}).");
            if (!parseResult.GetValue(passwordStdin))
            {
                output.Line($"Password: {password}");
            }

            return ExitCodes.Success;
        });

        users.Subcommands.Add(add);
        users.Subcommands.Add(TokenCommand.Create(common, output));
        return users;
    }

    private static string GeneratePassword()
    {
        // 18 random bytes in URL-safe base64 plus fixed classes, so Identity's default rules always pass.
        var random = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
        return random + "a1A!";
    }
}
