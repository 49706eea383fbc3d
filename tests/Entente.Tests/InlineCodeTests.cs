using System.Text.RegularExpressions;
using Entente.Tests.Support;

namespace Entente.Tests;

/// <summary>
/// The Content-Security-Policy refuses inline styles and scripts; a page that carries one breaks in the browser
/// (a console error, a missing style). Pages with forms are the usual culprits.
/// </summary>
public partial class InlineCodeTests(PostgresServer postgres)
{
    private static readonly string[] s_pages =
    [
        "/", "/agreements", "/commitments", "/action-items", "/action-items/import", "/action-items/baselines",
        "/consultations", "/consultations/new", "/commission", "/events", "/account/security", "/account/tokens", "/documents/add",
    ];

    [Fact]
    public async Task NoPageCarriesInlineStylesOrScripts()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var anonymous = workspace.App.Browser();
        var signedIn = workspace.App.Browser();
        await RunningApp.PostFormAsync(signedIn, "/account/login", ("UserName", "ru-coordinator"), ("Password", TestUsers.Password));

        var offenders = new List<string>();
        foreach (var (client, path) in s_pages.Select(p => (signedIn, p)).Append((anonymous, "/account/login")))
        {
            var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
            offenders.AddRange(StyleAttribute().Matches(html).Select(m => $"{path}: {m.Value}"));
            offenders.AddRange(InlineScript().Matches(html).Select(m => $"{path}: {m.Value}"));
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [GeneratedRegex("""\sstyle\s*=\s*["'][^"']*["']""", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    // A script element without a src that is not a JSON data island.
    [GeneratedRegex("""<script(?![^>]*\ssrc=)(?![^>]*type="application/json")[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
