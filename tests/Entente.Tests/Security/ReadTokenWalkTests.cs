using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Entente.Access;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Users;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Tests.Security;

/// <summary>
/// Every operation of the published OpenAPI document, called with read-scope tokens of the strongest roles: none
/// that writes succeeds, and the database's audit trail (every save appends to it) and token table stay as they were.
/// </summary>
public partial class ReadTokenWalkTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoOperationOfTheApiWritesWithAReadToken()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var records = await AuthorizationMatrixTests.CreateRecordsAsync(workspace);
        await workspace.Users.AddAsync(workspace.Target, "RU", UserRole.Administrator, TokenScope.Read, "ru-admin-script");
        await workspace.Users.AddAsync(workspace.Target, "AZ", UserRole.Coordinator, TokenScope.Read, "az-coordinator-script");
        using var document = JsonDocument.Parse(await workspace.App.Client.GetStringAsync("/openapi/v1.json", Ct));
        var before = await StateAsync(workspace.Target);

        var failures = new List<string>();
        var documented = new HashSet<string>();
        var writes = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            var kind = AuthorizationMatrixTests.KindOf(path.Name);
            var id = records.TryGetValue(kind, out var record) ? record.Id : 1;
            var url = Parameter().Replace(path.Name, match => match.Groups[1].Value == "id" ? id.ToString(CultureInfo.InvariantCulture) : "v1");
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var method = operation.Name.ToUpperInvariant();
                if (method != "GET")
                {
                    documented.Add($"{method} {path.Name}");
                }

                foreach (var caller in new[] { "ru-admin-script", "az-coordinator-script" })
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), url);
                    if (method is "POST" or "PUT" or "PATCH")
                    {
                        request.Content = new StringContent("{}", Encoding.UTF8);
                        request.Content.Headers.ContentType = new MediaTypeHeaderValue(RequestMediaType(operation.Value));
                    }

                    using var response = await workspace.As(caller).SendAsync(request, Ct);
                    var status = (int)response.StatusCode;
                    if (method == "GET")
                    {
                        continue;
                    }

                    writes++;
                    if (status != 403)
                    {
                        failures.Add($"{method} {url} with {caller}'s read token: {status}, expected 403");
                    }
                    else if (caller == "ru-admin-script" && !(await response.Content.ReadAsStringAsync(Ct)).Contains("A read token cannot write", StringComparison.Ordinal))
                    {
                        // The administrator's role passes every policy, so the refusal must name the token's scope.
                        failures.Add($"{method} {url} with {caller}'s read token: 403 without the reason");
                    }
                }
            }
        }

        // The document lists every write the application maps, so the walk cannot miss one.
        var mapped = workspace.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m != "GET")
                .Select(m => $"{m} /{Parameter().Replace(e.RoutePattern.RawText!.Trim('/'), p => "{" + p.Groups[1].Value + "}")}"))
            .ToHashSet();
        Assert.NotEmpty(mapped);
        Assert.Subset(documented, mapped);
        Assert.Equal(2 * documented.Count, writes);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await StateAsync(workspace.Target));
    }

    /// <summary>The first media type the operation's request body accepts (JSON when it declares none).</summary>
    private static string RequestMediaType(JsonElement operation) =>
        operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content)
            ? content.EnumerateObject().Select(c => c.Name).FirstOrDefault() ?? "application/json"
            : "application/json";

    /// <summary>What any write would change: the audit trail's length and last hash, and every token.</summary>
    private static async Task<string> StateAsync(DatabaseTarget target)
    {
        await using var db = EntenteDatabase.CreateContext(target);
        var audit = await db.AuditEntries.IgnoreQueryFilters().OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstAsync(Ct);
        var tokens = await db.ApiTokens.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.Scope, t.ExpiresAt, t.RevokedAt }).ToListAsync(Ct);
        return JsonSerializer.Serialize(new { audit, tokens });
    }

    [GeneratedRegex(@"\{([A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
