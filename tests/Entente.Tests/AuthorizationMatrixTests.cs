using System.Net;
using System.Text;
using Entente.Access;
using Entente.Tests.Support;
using Entente.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Tests;

/// <summary>
/// Every mapped endpoint (read from the app's own endpoint table, so a new one cannot escape) × every role of
/// each Party, an observer and an anonymous caller, with ids of records each caller may or may not see.
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
        var callers = workspace.Users.Names.Select(n => (string?)n).Append(null).ToList();
        var checkedRequests = 0;
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var isPage = !pattern.StartsWith("/api/", StringComparison.Ordinal) && endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is null;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var minimum = MinimumRole(endpoint);
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
                foreach (var caller in callers)
                {
                    var client = caller is null ? workspace.App.Browser() : workspace.As(caller);
                    using var request = new HttpRequestMessage(new HttpMethod(method), path);
                    if (method is "POST" or "PUT")
                    {
                        request.Content = new StringContent(pattern.EndsWith("/import", StringComparison.Ordinal) ? string.Empty : "{}", Encoding.UTF8, pattern.EndsWith("/import", StringComparison.Ordinal) ? "text/csv" : "application/json");
                    }

                    using var response = await client.SendAsync(request, Ct);
                    checkedRequests++;
                    var status = (int)response.StatusCode;
                    var denied = status is 401 or 403 || (status == 302 && response.Headers.Location?.OriginalString.Contains("/account/", StringComparison.Ordinal) == true);
                    var who = caller ?? "anonymous";
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
                    var allowed = user is not null && user.Role >= minimum && (minimum is not (UserRole.Editor or UserRole.Coordinator) || user.PartyCode is not null);
                    if (allowed == denied)
                    {
                        failures.Add($"{method} {path} as {who}: {status}, expected {(allowed ? "access" : "refusal")} (needs {minimum})");
                        continue;
                    }

                    if (!allowed || !pattern.Contains("{id", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var sees = seers.Contains(who);
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

    /// <summary>One record per kind with the callers that may see it; kinds holding only shared records use an unknown id.</summary>
    private static async Task<Dictionary<string, (int Id, HashSet<string> Seers)>> CreateRecordsAsync(Workspace workspace)
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

        return new(StringComparer.Ordinal)
        {
            ["action-items"] = (item, ru),
            ["consultations"] = (consultation, ["ru-coordinator", "az-coordinator", "az-administrator"]),
            ["events"] = (partyEvent, ru),
            ["attachments"] = (attachment, ru),
            ["tokens"] = (token, ["ru-editor"]),
            ["baselines"] = (baseline, everyone),
            ["action-items/baselines"] = (baseline, everyone),
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
    private static string KindOf(string pattern)
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
