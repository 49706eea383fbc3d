using System.Net;
using System.Text;
using Entente.Access;
using Entente.Notifications;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Tests;

/// <summary>
/// Every mapped endpoint (read from the app's own endpoint table, so a new one cannot escape) × every role of
/// each Party, an observer and an anonymous caller × a write and a read token, with ids of records each caller
/// may or may not see; and the cross-Party rule for responsible bodies and jointly recorded commission sessions.
/// </summary>
public class AuthorizationMatrixTests(PostgresServer postgres)
{
    private const int UnknownId = 987654;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryEndpointAnswersEveryCallerAsItsPolicyAndTheRecordsVisibilitySay(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var records = await CreateRecordsAsync(workspace);
        var endpoints = workspace.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.True(endpoints.Count > 30, $"only {endpoints.Count} endpoints found");

        var failures = new List<string>();
        var callers = new List<(string? Name, TokenScope Scope, HttpClient Client)>();
        foreach (var name in workspace.Users.Names.ToList())
        {
            callers.Add((name, TokenScope.Write, workspace.As(name)));
            callers.Add((name, TokenScope.Read, workspace.App.WithToken(await workspace.Users.ReadTokenAsync(workspace.Target, name))));
        }

        callers.Add((null, TokenScope.Read, workspace.App.Browser()));
        var checkedRequests = 0;
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var isPage = !pattern.StartsWith("/api/", StringComparison.Ordinal) && endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is null;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var minimum = MinimumRole(endpoint);
            var needsWriteScope = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Any(AccessPolicies.NeedsWriteScope);
            var kind = KindOf(pattern);
            if (pattern.Contains("{id", StringComparison.Ordinal) && !anonymous && !records.ContainsKey(kind))
            {
                failures.Add($"{pattern}: no record kind '{kind}' in the matrix; add one to {nameof(CreateRecordsAsync)}");
                continue;
            }

            var (id, seers) = records.GetValueOrDefault(kind, (UnknownId, []));
            var path = Fill(endpoint, id);
            foreach (var method in methods)
            {
                foreach (var (caller, scope, client) in callers)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), path);
                    if (method is "POST" or "PUT")
                    {
                        request.Content = new StringContent(pattern.EndsWith("/import", StringComparison.Ordinal) ? string.Empty : "{}", Encoding.UTF8, pattern.EndsWith("/import", StringComparison.Ordinal) ? "text/csv" : "application/json");
                    }

                    using var response = await client.SendAsync(request, Ct);
                    checkedRequests++;
                    var status = (int)response.StatusCode;
                    var denied = status is 401 or 403 || (status == 302 && response.Headers.Location?.OriginalString.Contains("/account/", StringComparison.Ordinal) == true);
                    var who = caller is null ? "anonymous" : $"{caller} ({KebabCase.ToKey(scope)} token)";
                    if (status >= 500)
                    {
                        failures.Add($"{method} {path} as {who}: {status}");
                        continue;
                    }

                    if (anonymous)
                    {
                        // The page that explains a refusal answers 403 by design.
                        if (status is 401 or 403 && pattern != "/account/denied")
                        {
                            failures.Add($"{method} {path} as {who}: {status} on a public endpoint");
                        }

                        continue;
                    }

                    var user = caller is null ? null : workspace.Users.User(caller);
                    var allowed = user is not null && user.Role >= minimum && (minimum is not (UserRole.Editor or UserRole.Coordinator) || user.PartyCode is not null)
                        && (!needsWriteScope || scope == TokenScope.Write);
                    if (allowed == denied)
                    {
                        failures.Add($"{method} {path} as {who}: {status}, expected {(allowed ? "access" : "refusal")} (needs {minimum})");
                        continue;
                    }

                    if (!allowed || !pattern.Contains("{id", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var sees = seers.Contains(caller!);
                    if (!sees && status != 404)
                    {
                        failures.Add($"{method} {path} as {who}: {status}, expected 404 for a record the caller may not see");
                    }
                    else if (sees && method == "GET" && status != 200 && !isPage)
                    {
                        failures.Add($"{method} {path} as {who}: {status}, expected 200 for a record the caller may see");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedRequests} requests answered wrongly:\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EachPartyNamesOnlyItsOwnAndJointBodiesAndEitherChangesAJointlyRecordedSession(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var bodies = await BodiesByPartyAsync(workspace);
        var commitment = (await workspace.As("ru-viewer").GetJsonAsync("/api/commitments"))[0].GetProperty("id").GetInt32();
        var failures = new List<string>();

        // Coordinator (and administrator) of each Party × a body of its own, of the other Party, and a joint one.
        foreach (var caller in new[] { "ru-coordinator", "az-coordinator", "ru-administrator", "az-administrator" })
        {
            var party = workspace.Users.User(caller).PartyCode!;
            var other = party == "RU" ? "AZ" : "RU";
            foreach (var (whose, body, expected) in new[] { (party, bodies[party], HttpStatusCode.OK), ("joint", bodies["joint"], HttpStatusCode.OK), (other, bodies[other], HttpStatusCode.Forbidden) })
            {
                var version = (await workspace.As(caller).GetJsonAsync($"/api/commitments/{commitment}")).GetProperty("version").GetInt64();
                var before = await BodyIdsAsync(workspace, commitment);
                var response = await workspace.As(caller).PutJsonAsync($"/api/commitments/{commitment}/bodies", new { bodyIds = before.Append(body).ToArray(), version });
                if (response.StatusCode != expected)
                {
                    failures.Add($"{caller} adding a body of {whose}: {(int)response.StatusCode}, expected {(int)expected}");
                }

                if (expected == HttpStatusCode.Forbidden && (await BodyIdsAsync(workspace, commitment)).Count != before.Count)
                {
                    failures.Add($"{caller} adding a body of {whose}: refused, yet the bodies changed");
                }

                // Taking off what was just added: allowed for its own and joint bodies.
                if (expected == HttpStatusCode.OK)
                {
                    var next = (await response.JsonAsync()).GetProperty("version").GetInt64();
                    var removed = await workspace.As(caller).PutJsonAsync($"/api/commitments/{commitment}/bodies", new { bodyIds = before.ToArray(), version = next });
                    if (removed.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Add($"{caller} removing a body of {whose}: {(int)removed.StatusCode}, expected 200");
                    }
                }
            }
        }

        // A body RU named stays RU's: AZ can neither drop it nor replace it, but can add its own beside it.
        var ruVersion = (await workspace.As("ru-coordinator").GetJsonAsync($"/api/commitments/{commitment}")).GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await workspace.As("ru-coordinator").PutJsonAsync($"/api/commitments/{commitment}/bodies", new { bodyIds = new[] { bodies["RU"] }, version = ruVersion })).StatusCode);
        var azVersion = (await workspace.As("az-coordinator").GetJsonAsync($"/api/commitments/{commitment}")).GetProperty("version").GetInt64();
        var dropped = await workspace.As("az-coordinator").PutJsonAsync($"/api/commitments/{commitment}/bodies", new { bodyIds = new[] { bodies["AZ"] }, version = azVersion });
        var beside = await workspace.As("az-coordinator").PutJsonAsync($"/api/commitments/{commitment}/bodies", new { bodyIds = new[] { bodies["RU"], bodies["AZ"], bodies["joint"] }, version = azVersion });
        Assert.Equal(HttpStatusCode.Forbidden, dropped.StatusCode);
        Assert.Contains("belong to RU", (await dropped.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, beside.StatusCode);
        Assert.Equal(new[] { bodies["AZ"], bodies["RU"], bodies["joint"] }.Order(), await BodyIdsAsync(workspace, commitment));

        // Both Parties see who changed the bodies, joint ones included, in the commitment's history.
        foreach (var reader in new[] { "ru-viewer", "az-viewer" })
        {
            var history = (await workspace.As(reader).GetJsonAsync($"/api/commitments/{commitment}/history")).EnumerateArray().ToList();
            Assert.Contains(history, h => h.GetProperty("actor").GetString() == "az-coordinator" && h.GetProperty("after").GetString()!.Contains(bodies["joint"].ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            Assert.Contains(history, h => h.GetProperty("actor").GetString() == "ru-coordinator");
        }

        // A commission session is recorded jointly: RU records it, AZ's coordinator corrects it, both see the change.
        var created = await workspace.As("ru-coordinator").PostJsonAsync("/api/commission/sessions", new
        {
            number = 17,
            heldOn = "2026-10-20",
            place = "Moscow",
            coChairs = new[] { new { party = "RU", name = "Co-chair R" }, new { party = "AZ", name = "Co-chair A" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var session = await created.JsonAsync();
        var sessionId = session.GetProperty("id").GetInt32();
        var sessionVersion = (await workspace.As("az-coordinator").GetJsonAsync($"/api/commission/sessions/{sessionId}")).GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await workspace.As("az-coordinator").PutJsonAsync($"/api/commission/sessions/{sessionId}", new { place = "Baku", version = sessionVersion })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await workspace.As("az-editor").PutJsonAsync($"/api/commission/sessions/{sessionId}", new { place = "Ganja", version = sessionVersion + 1 })).StatusCode);
        foreach (var reader in new[] { "ru-viewer", "az-viewer", "observer" })
        {
            var history = (await workspace.As(reader).GetJsonAsync($"/api/commission/sessions/{sessionId}/history")).EnumerateArray().ToList();
            Assert.Contains(history, h => h.GetProperty("actor").GetString() == "ru-coordinator" && h.GetProperty("action").GetString() == "added");
            Assert.Contains(history, h => h.GetProperty("actor").GetString() == "az-coordinator" && h.GetProperty("after").GetString()!.Contains("Baku", StringComparison.Ordinal));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>One body id of each Party and of the joint bodies, from the sample.</summary>
    private static async Task<Dictionary<string, int>> BodiesByPartyAsync(Workspace workspace)
    {
        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        var bodies = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Bodies, Ct);
        var byParty = bodies.GroupBy(b => b.PartyCode ?? "joint").ToDictionary(g => g.Key, g => g.Min(b => b.Id));
        Assert.Equal(["AZ", "RU", "joint"], byParty.Keys.Order(StringComparer.Ordinal));
        return byParty;
    }

    private static async Task<List<int>> BodyIdsAsync(Workspace workspace, int commitment)
    {
        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Set<Commitments.CommitmentBody>().Where(b => b.CommitmentId == commitment).Select(b => b.BodyId).OrderBy(b => b), Ct);
    }

    /// <summary>One record per kind with the callers that may see it; kinds holding only shared records use an unknown id.</summary>
    internal static async Task<Dictionary<string, (int Id, HashSet<string> Seers)>> CreateRecordsAsync(Workspace workspace)
    {
        var ru = workspace.Users.Names.Where(n => n.StartsWith("ru-", StringComparison.Ordinal)).ToHashSet();
        var everyone = workspace.Users.Names.ToHashSet();
        var coordinator = workspace.As("ru-coordinator");
        var editor = workspace.As("ru-editor");

        async Task<int> Created(Task<HttpResponseMessage> post)
        {
            var response = await post;
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
            return (await response.JsonAsync()).GetProperty("id").GetInt32();
        }

        var item = await Created(editor.PostJsonAsync("/api/action-items", new { title = "RU only", visibility = "party" }));
        var consultation = await Created(coordinator.PostJsonAsync("/api/consultations", new { kind = "urgent", subject = "Named only", visibility = "restricted" }));
        var partyEvent = await Created(editor.PostJsonAsync("/api/events", new { kind = "forum", title = "RU planning", startsOn = "2027-03-01", visibility = "party" }));
        var attachment = await Created(editor.PostAsync("/api/attachments?fileName=notes.txt&visibility=party", new StringContent("RU notes", Encoding.UTF8, "text/plain"), Ct));
        var token = await Created(editor.PostJsonAsync("/api/tokens", new { name = "spare", scope = "read" }));
        var baseline = await Created(coordinator.PostJsonAsync("/api/baselines", new { name = "Matrix baseline" }));
        // A notification in RU's inbox and a subject one RU user follows.
        var notification = new Notification
        {
            OwnerPartyCode = "RU", Kind = NotificationKinds.ConflictNew, Key = "matrix", Subject = "RU only", Link = "/conflicts", ForParty = true, At = DateTimeOffset.UtcNow,
        };
        var follow = new NotificationFollow { UserId = workspace.Users.User("ru-editor").Id, Kind = "clause", Key = "1:1" };
        await using (var db = EntenteDatabase.CreateContext(workspace.Target))
        {
            db.AddRange(notification, follow);
            await db.SaveChangesAsync(Ct);
        }

        return new(StringComparer.Ordinal)
        {
            ["action-items"] = (item, ru),
            ["consultations"] = (consultation, ["ru-coordinator", "az-coordinator", "az-administrator"]),
            ["events"] = (partyEvent, ru),
            ["attachments"] = (attachment, ru),
            ["tokens"] = (token, ["ru-editor"]),
            ["baselines"] = (baseline, everyone),
            ["action-items/baselines"] = (baseline, everyone),
            ["inbox"] = (notification.Id, ru),
            ["follows"] = (follow.Id, ["ru-editor"]),
            ["commitments"] = (UnknownId, []),
            ["agreements"] = (UnknownId, []),
            ["conflicts"] = (UnknownId, []),
            ["commission/sessions"] = (UnknownId, []),
        };
    }

    private static UserRole MinimumRole(Endpoint endpoint)
    {
        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
        return policies.Count == 0 ? UserRole.Viewer : policies.Max(p => AccessPolicies.MinimumRole[p]);
    }

    /// <summary>The feature a route serves: <c>/api/commission/sessions/{id}</c> → <c>commission/sessions</c>.</summary>
    internal static string KindOf(string pattern)
    {
        var path = pattern.StartsWith("/api/", StringComparison.Ordinal) ? pattern[5..] : pattern[1..];
        var brace = path.IndexOf('{', StringComparison.Ordinal);
        return (brace < 0 ? path : path[..brace]).TrimEnd('/');
    }

    private static string Fill(RouteEndpoint endpoint, int id)
    {
        var path = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
        foreach (var parameter in endpoint.RoutePattern.Parameters)
        {
            var start = path.IndexOf("{" + parameter.Name, StringComparison.Ordinal);
            var end = path.IndexOf('}', start);
            var value = parameter.Name == "id" ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "v1";
            path = path[..start] + value + path[(end + 1)..];
        }

        return path;
    }
}
