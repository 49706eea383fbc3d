using System.Net;
using System.Text;
using Entente.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Entente.Tests.Security.SecurityTestSupport;

namespace Entente.Tests.Security;

/// <summary>Cookies that scripts cannot read and other sites cannot ride: flags, antiforgery on every form, and on cookie-signed API writes.</summary>
public class CookieAndForgeryTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CookiesAreHttpOnlyAndSameSiteAndNotSecureOverPlainHttp()
    {
        var (app, _, _) = await StartAsync(postgres);
        await using var _app = app;
        var browser = app.Browser();

        var form = await browser.GetAsync("/account/login", Ct);
        var antiforgery = SetCookie(form, "entente-antiforgery");
        var signIn = await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", "ru-editor"), ("Password", TestUsers.Password));
        var session = SetCookie(signIn, "entente");

        Assert.Contains("httponly", antiforgery, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.Ordinal);
        Assert.DoesNotContain("secure", antiforgery, StringComparison.Ordinal);
        Assert.Contains("httponly", session, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", session, StringComparison.Ordinal);
        Assert.DoesNotContain("secure", session, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BehindATrustedTlsProxyCookiesAreSecure()
    {
        var (app, _, _) = await StartAsync(postgres, ("Entente:ForwardedHeaders", "true"));
        await using var _app = app;

        // The client talks plain HTTP to the app as the proxy does; a cookie jar would hold back Secure cookies, so
        // this client carries the antiforgery cookie by hand.
        using var proxy = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.Address };
        proxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        proxy.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        var form = await proxy.GetAsync("/account/login", Ct);
        var antiforgery = SetCookie(form, "entente-antiforgery");
        var token = System.Text.RegularExpressions.Regex.Match(await BodyAsync(form), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("UserName", "ru-editor"), KeyValuePair.Create("Password", TestUsers.Password), KeyValuePair.Create("__RequestVerificationToken", token)]),
        };
        post.Headers.Add("Cookie", form.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("entente-antiforgery=", StringComparison.Ordinal)).Split(';')[0]);
        var signIn = await proxy.SendAsync(post, Ct);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("; secure", antiforgery, StringComparison.Ordinal);
        Assert.Contains("; secure", SetCookie(signIn, "entente"), StringComparison.Ordinal);
        Assert.Contains("; httponly", SetCookie(signIn, "entente"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardedHeadersAreIgnoredUnlessConfigured()
    {
        var (app, _, _) = await StartAsync(postgres);
        await using var _app = app;
        var browser = app.Browser();
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var form = await browser.GetAsync("/account/login", Ct);

        Assert.DoesNotContain("secure", SetCookie(form, "entente-antiforgery"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardedHeadersFromAProxyThatIsNotTrustedAreIgnored()
    {
        var (app, _, _) = await StartAsync(postgres, ("Entente:ForwardedHeaders", "true"), ("Entente:KnownProxies", "192.0.2.10"));
        await using var _app = app;
        var browser = app.Browser();
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var form = await browser.GetAsync("/account/login", Ct);

        Assert.DoesNotContain("secure", SetCookie(form, "entente-antiforgery"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPageFormPostWithoutTheAntiforgeryTokenIsRefusedAndChangesNothing()
    {
        // Sign-in limits off: this test posts to the sign-in pages once per handler name.
        var (app, _, target) = await StartAsync(postgres, ("Entente:RateLimits:SignInPerClient", "0"));
        await using var _app = app;
        var browser = await SignedInAsync(app, "ru-administrator");
        var handlers = typeof(Entente.Web.EntenteWebApp).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel)))
            .SelectMany(t => t.GetMethods())
            .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
            .Select(m => m.Name["OnPost".Length..].Replace("Async", string.Empty, StringComparison.Ordinal).ToLowerInvariant())
            .ToHashSet();
        // Razor pages declare no HTTP methods; endpoints that take GET only (the language switch) have no forms.
        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods is not { } methods || methods.Contains("POST"))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => !p.StartsWith("/api", StringComparison.Ordinal) && !p.StartsWith("/openapi", StringComparison.Ordinal) && !p.EndsWith("z", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.True(pages.Count >= 20, $"only {pages.Count} pages found");
        Assert.True(handlers.Count >= 8, $"only {handlers.Count} handlers found");
        var auditBefore = await AuditCountAsync(target);

        var failures = new List<string>();
        foreach (var page in pages)
        {
            var path = page.Replace("{id:int?}", "1", StringComparison.Ordinal).Replace("{id:int}", "1", StringComparison.Ordinal)
                .Replace("{id}", "1", StringComparison.Ordinal).Replace("{number}", "1", StringComparison.Ordinal);
            foreach (var handler in handlers)
            {
                var url = handler.Length == 0 ? path : $"{path}?handler={handler}";
                var fields = new FormUrlEncodedContent([KeyValuePair.Create("Title", "forged"), KeyValuePair.Create("Name", "forged"), KeyValuePair.Create("Code", "123456")]);
                var response = await browser.PostAsync(url, fields, Ct);
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    failures.Add($"POST {url}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, "form posts accepted without the token:\n" + string.Join("\n", failures));
        Assert.Equal(auditBefore, await AuditCountAsync(target));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/action-items", Ct)).StatusCode);
    }

    [Fact]
    public async Task ACookieSignedApiWriteNeedsTheAntiforgeryHeaderWhileATokenWriteDoesNot()
    {
        var (app, users, target) = await StartAsync(postgres);
        await using var _app = app;
        var browser = await SignedInAsync(app, "ru-editor");
        var auditBefore = await AuditCountAsync(target);

        // What another site could make the browser send: a JSON body, a plain-text form, an upload.
        var json = await browser.PostAsync("/api/action-items", new StringContent("{\"title\":\"forged\"}", Encoding.UTF8, "application/json"), Ct);
        var plain = await browser.PostAsync("/api/action-items", new StringContent("{\"title\":\"forged\"}", Encoding.UTF8, "text/plain"), Ct);
        var upload = await browser.PostAsync("/api/attachments?fileName=forged.txt", new StringContent("forged", Encoding.UTF8, "text/plain"), Ct);
        var import = await browser.PostAsync("/api/action-items/import", new StringContent("title\nforged\n", Encoding.UTF8, "text/csv"), Ct);

        foreach (var refused in new[] { json, plain, upload, import })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        Assert.Contains("antiforgery", await BodyAsync(json), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(auditBefore, await AuditCountAsync(target));

        // The page's own token in the header lets the signed-in browser write.
        var token = await RunningApp.AntiforgeryTokenAsync(browser, "/action-items");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/action-items") { Content = new StringContent("{\"title\":\"from the page\"}", Encoding.UTF8, "application/json") };
        request.Headers.Add("RequestVerificationToken", token);
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(request, Ct)).StatusCode);

        // A program with an API token needs no antiforgery token, and a browser never adds that header by itself.
        Assert.Equal(HttpStatusCode.Created, (await app.WithToken(users.Token("ru-editor")).PostJsonAsync("/api/action-items", new { title = "from a script" })).StatusCode);
    }
}
