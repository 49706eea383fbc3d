using System.Net;
using System.Text;
using Entente.Audit;
using Entente.Storage;
using Entente.Tests.Support;

namespace Entente.Tests.Fuzz;

/// <summary>
/// Walks the site as a signed-in administrator, finds every form a page offers, and posts each one malformed in
/// every way <see cref="FormMutations"/> knows: the answer is never a 500, a post without its antiforgery token and
/// a NUL in a field are refused, and the audit trail is whole afterwards (no write went in half).
/// </summary>
public partial class PageFormFuzzTests(PostgresServer postgres)
{
    private const string User = "ru-administrator";

    // Where the walk starts; it follows every same-site link from there.
    private static readonly string[] s_start =
    [
        "/", "/agreements", "/commitments", "/action-items", "/action-items/new", "/action-items/import", "/action-items/baselines",
        "/consultations", "/consultations/new", "/commission", "/events", "/documents", "/documents/add", "/indicators",
        "/conflicts", "/dashboard", "/reports", "/search?q=trade", "/audit", "/admin/users", "/account/tokens", "/account/security",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryPageFormRefusesMalformedInputCleanly(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        // A record of each kind, so the pages of one (with their own forms) are there to find.
        var ids = await MalformedInputTests.RecordsToAimAtAsync(workspace);
        var browser = await SignInAsync(workspace);
        var forms = await WalkAsync(browser, [
            $"/action-items/{ids["action-items"]}", $"/consultations/{ids["consultations"]}",
            $"/action-items/baselines/{ids["baselines"]}", "/conflicts/1", "/conflicts/1/resolve"]);

        // Forms about the session itself go last, so a change to it cannot cut the walk short.
        var ordered = forms.OrderBy(f => f.Action.StartsWith("/account", StringComparison.Ordinal)).ThenBy(f => f.Action, StringComparer.Ordinal).ToList();
        var failures = new List<string>();
        var sent = 0;
        foreach (var form in ordered)
        {
            // A fresh copy of the page: a current token, and proof the session still holds (signing in again if not).
            var current = await FreshAsync(workspace, browser, form);
            if (current is null)
            {
                failures.Add($"{form}: the form is no longer on its page");
                continue;
            }

            foreach (var submission in FormMutations.For(current))
            {
                using var response = await browser.PostAsync(current.Action, Content(current, submission), Ct);
                sent++;
                var status = (int)response.StatusCode;
                if (status >= 500 || (submission.MustBeRefused && status is < 400 or >= 500))
                {
                    var body = await response.Content.ReadAsStringAsync(Ct);
                    failures.Add($"POST {current.Action} with {submission.What}: {status} {body[..Math.Min(body.Length, 300)]}");
                }
            }
        }

        Assert.True(forms.Count >= 20, $"only {forms.Count} forms were found: {string.Join(", ", forms)}");
        Assert.True(sent > 500, $"only {sent} submissions were sent");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} malformed submissions were not refused cleanly:\n" + string.Join("\n", failures.Take(40)));

        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        var trail = await AuditChain.VerifyAsync(db, Ct);
        Assert.True(trail.IsIntact, trail.Problem);
    }

    private static async Task<List<PageForm>> WalkAsync(HttpClient browser, IEnumerable<string> records)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var visitsOfShape = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>(s_start.Concat(records));
        var forms = new List<PageForm>();
        while (queue.TryDequeue(out var path) && seen.Count < 200)
        {
            if (!seen.Add(path) || path.StartsWith("/account/logout", StringComparison.Ordinal) || path.StartsWith("/api", StringComparison.Ordinal))
            {
                continue;
            }

            // Two pages of each kind (two action items, two clauses…) are enough to find the kind's forms.
            var shape = Shape(path);
            if ((visitsOfShape[shape] = visitsOfShape.GetValueOrDefault(shape) + 1) > 2)
            {
                continue;
            }

            using var response = await browser.GetAsync(path, Ct);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync(Ct);
            forms.AddRange(PageForms.Read(path, html).Where(f => !f.Action.StartsWith("/account/logout", StringComparison.Ordinal)));
            foreach (var link in PageForms.Links(html).Where(l => !seen.Contains(l)))
            {
                queue.Enqueue(link);
            }
        }

        // One of each: the same form on many pages of one kind (each action item) is one form to fuzz.
        return [.. forms.DistinctBy(f => ShapeOf(f))];
    }

    // The form's address without record ids, and its field names.
    private static string ShapeOf(PageForm form) =>
        Shape(form.Action) + "|" + string.Join(",", form.Fields.Select(f => f.Name).Order(StringComparer.Ordinal));

    // An address with its ids (numbers, GUIDs) and query values blanked: /action-items/7 and /action-items/9 are one kind.
    private static string Shape(string path) => RecordIds().Replace(path, "#");

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-f]{8}-[0-9a-f-]{27}|[0-9]+|(?<==)[^&]*")]
    private static partial System.Text.RegularExpressions.Regex RecordIds();

    private static async Task<PageForm?> FreshAsync(Workspace workspace, HttpClient browser, PageForm form)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var response = await browser.GetAsync(form.Page, Ct);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var html = await response.Content.ReadAsStringAsync(Ct);
                return PageForms.Read(form.Page, html).FirstOrDefault(f => f.Action == form.Action);
            }

            await SignInAsync(workspace, browser);
        }

        return null;
    }

    private static HttpContent Content(PageForm form, FormSubmission submission)
    {
        if (!form.Multipart)
        {
            return new FormUrlEncodedContent(submission.Fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        }

        var multipart = new MultipartFormDataContent();
        foreach (var field in submission.Fields)
        {
            if (field.Kind == "file")
            {
                multipart.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(field.Value)), field.Name, "fuzz.txt");
            }
            else
            {
                multipart.Add(new StringContent(field.Value), field.Name);
            }
        }

        return multipart;
    }

    private static async Task<HttpClient> SignInAsync(Workspace workspace, HttpClient? browser = null)
    {
        browser ??= workspace.App.Browser();
        var signIn = await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", User), ("Password", TestUsers.Password));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }
}
