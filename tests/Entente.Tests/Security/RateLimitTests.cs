using System.Net;
using Entente.Tests.Support;
using static Entente.Tests.Security.SecurityTestSupport;

namespace Entente.Tests.Security;

/// <summary>Sign-in attempts are limited per client and per account, API requests per user: 429, Retry-After and problem details.</summary>
public class RateLimitTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignInAttemptsAreLimitedPerClient()
    {
        // Behind a trusted proxy, so X-Forwarded-For tells the clients apart.
        var (app, _, _) = await StartAsync(postgres, ("Entente:ForwardedHeaders", "true"), ("Entente:RateLimits:SignInPerClient", "3"), ("Entente:RateLimits:SignInPerAccount", "0"));
        await using var _app = app;
        var first = app.Browser();
        first.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.5");
        var second = app.Browser();
        second.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.6");

        var answers = new List<HttpResponseMessage>();
        foreach (var account in new[] { "ru-viewer", "az-viewer", "observer", "ru-editor" })
        {
            answers.Add(await RunningApp.PostFormAsync(first, "/account/login", ("UserName", account), ("Password", "wrong")));
        }

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await AssertTooManyAsync(answers[3], "sign-in attempts");

        // Another client is not held back by the first one's attempts.
        var other = await RunningApp.PostFormAsync(second, "/account/login", ("UserName", "ru-editor"), ("Password", TestUsers.Password));
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task SignInAttemptsAreLimitedPerAccountFromWhereverTheyCome()
    {
        var (app, _, _) = await StartAsync(postgres, ("Entente:ForwardedHeaders", "true"), ("Entente:RateLimits:SignInPerClient", "0"), ("Entente:RateLimits:SignInPerAccount", "2"));
        await using var _app = app;

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            var client = app.Browser();
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{10 + i}");
            answers.Add(await RunningApp.PostFormAsync(client, "/account/login", ("UserName", "AZ-Coordinator"), ("Password", "wrong")));
        }

        Assert.Equal(HttpStatusCode.OK, answers[0].StatusCode);
        Assert.Equal(HttpStatusCode.OK, answers[1].StatusCode);
        await AssertTooManyAsync(answers[2], "sign-in attempts");

        // Other accounts are not affected.
        var otherAccount = await RunningApp.PostFormAsync(app.Browser(), "/account/login", ("UserName", "ru-coordinator"), ("Password", TestUsers.Password));
        Assert.Equal(HttpStatusCode.Redirect, otherAccount.StatusCode);
    }

    [Fact]
    public async Task RecoveryCodeAttemptsAreLimitedPerClientLikeSignIn()
    {
        var (app, _, _) = await StartAsync(postgres, ("Entente:RateLimits:SignInPerClient", "3"), ("Entente:RateLimits:SignInPerAccount", "0"));
        await using var _app = app;
        var client = app.Browser();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await client.PostAsync("/account/recovery", new FormUrlEncodedContent([KeyValuePair.Create("Code", $"guess-{i}")]), Ct));
        }

        Assert.All(answers.Take(3), a => Assert.NotEqual(HttpStatusCode.TooManyRequests, a.StatusCode));
        await AssertTooManyAsync(answers[3], "sign-in attempts");
    }

    [Fact]
    public async Task ApiRequestsAreLimitedPerUser()
    {
        var (app, users, _) = await StartAsync(postgres, ("Entente:RateLimits:ApiPerUser", "5"));
        await using var _app = app;
        var editor = app.WithToken(users.Token("ru-editor"));

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await editor.GetAsync("/api/action-items", Ct));
        }

        Assert.All(answers.Take(5), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await AssertTooManyAsync(answers[5], "requests");
        Assert.Equal(HttpStatusCode.OK, (await app.WithToken(users.Token("az-editor")).GetAsync("/api/action-items", Ct)).StatusCode);

        // Public pages and anonymous reads of the legal base are not counted against anyone.
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/livez", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheDefaultsLetOrdinaryUseThrough()
    {
        var (app, users, _) = await StartAsync(postgres);
        await using var _app = app;
        var editor = app.WithToken(users.Token("ru-editor"));

        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/api/action-items", Ct)).StatusCode);
        }

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await RunningApp.PostFormAsync(app.Browser(), "/account/login", ("UserName", "az-viewer"), ("Password", "wrong"))).StatusCode);
        }
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response, string what)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains(what, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }
}
