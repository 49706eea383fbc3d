using Entente.Access;
using Entente.Storage;
using Entente.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Entente.Tests.Support;

/// <summary>
/// The people of the authorisation tests: every role of each Party, an observer, each with a password and a
/// write-scoped API token. Names read as <c>ru-editor</c>, <c>az-viewer</c>, <c>observer</c>.
/// </summary>
public sealed class TestUsers
{
    public const string Password = "Correct-Horse-9-battery";

    public static readonly string[] Parties = ["RU", "AZ"];

    private readonly Dictionary<string, (EntenteUser User, string Token)> _users = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _users.Keys;

    public EntenteUser User(string name) => _users[name].User;

    public string Token(string name) => _users[name].Token;

    public static string NameOf(string? party, UserRole role) => party is null ? "observer" : $"{party.ToLowerInvariant()}-{KebabCase.ToKey(role)}";

    /// <summary>Creates every Party × role user and one observer (a viewer), each with a write token.</summary>
    public static async Task<TestUsers> CreateAsync(DatabaseTarget target)
    {
        var users = new TestUsers();
        foreach (var party in Parties)
        {
            foreach (var role in Enum.GetValues<UserRole>())
            {
                await users.AddAsync(target, party, role);
            }
        }

        await users.AddAsync(target, null, UserRole.Viewer);
        return users;
    }

    /// <summary>A second, read-scope token for the user named <paramref name="name"/>.</summary>
    public async Task<string> ReadTokenAsync(DatabaseTarget target, string name)
    {
        await using var db = EntenteDatabase.CreateContext(target);
        var (_, secret, errors, _) = await ApiTokens.CreateAsync(db, User(name).Id, new TokenInput(name + " read token", "read"), TestContext.Current.CancellationToken);
        Assert.False(errors.Any);
        return secret!;
    }

    public async Task<EntenteUser> AddAsync(DatabaseTarget target, string? party, UserRole role, TokenScope scope = TokenScope.Write, string? name = null)
    {
        name ??= NameOf(party, role);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddScoped(_ => Viewer.System());
        services.AddEntenteDatabase(target);
        services.AddIdentityCore<EntenteUser>().AddEntityFrameworkStores<EntenteDb>();
        await using var provider = services.BuildServiceProvider();
        await using var scope2 = provider.CreateAsyncScope();
        var manager = scope2.ServiceProvider.GetRequiredService<UserManager<EntenteUser>>();
        var user = new EntenteUser { UserName = name, DisplayName = name, PartyCode = party, Role = role, CreatedAt = DateTimeOffset.UtcNow };
        var created = await manager.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        var db = scope2.ServiceProvider.GetRequiredService<EntenteDb>();
        var (_, secret, errors, _) = await ApiTokens.CreateAsync(db, user.Id, new TokenInput(name + " token", KebabCase.ToKey(scope)), TestContext.Current.CancellationToken);
        Assert.False(errors.Any);
        _users[name] = (user, secret!);
        return user;
    }
}
