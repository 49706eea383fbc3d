using System.Net;
using Entente.Tests.Support;
using Entente.Web;
using static Entente.Tests.Security.SecurityTestSupport;

namespace Entente.Tests.Security;

/// <summary>The security headers hold on signed-in pages, forms, API answers and errors, not only on the public pages.</summary>
public class ResponseHeaderTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryKindOfResponseCarriesAStrictPolicy()
    {
        var (app, users, _) = await StartAsync(postgres);
        await using var _app = app;
        var browser = await SignedInAsync(app, "ru-coordinator");
        var token = app.WithToken(users.Token("ru-editor"));

        var responses = new List<(string What, HttpResponseMessage Response)>
        {
            ("sign-in form", await app.Client.GetAsync("/account/login", Ct)),
            ("signed-in page", await browser.GetAsync("/consultations/new", Ct)),
            ("API list", await token.GetAsync("/api/action-items", Ct)),
            ("API 404", await token.GetAsync("/api/action-items/987654", Ct)),
            ("API 400", await token.PostAsync("/api/action-items", new StringContent("{", System.Text.Encoding.UTF8, "application/json"), Ct)),
            ("API 401", await app.Client.GetAsync("/api/action-items", Ct)),
            ("redirect to sign-in", await app.Browser().GetAsync("/action-items", Ct)),
            ("static file", await app.Client.GetAsync("/site.css", Ct)),
        };

        foreach (var (what, response) in responses)
        {
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.True(csp == SecurityHeaders.ContentSecurityPolicy, $"{what}: {csp}");
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        }

        // The policy itself: nothing from elsewhere, no inline code, no plugins, no framing, forms post only here.
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'" })
        {
            Assert.Contains(directive, SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("unsafe", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("*", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, responses[1].Response.StatusCode);
    }
}
