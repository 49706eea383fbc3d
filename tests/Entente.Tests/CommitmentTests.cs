using System.Net;
using System.Text.Json;
using Entente.Commitments;
using Entente.Sample;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>Commitments from operative clauses, each Party's assessment, and the joint status or disagreement.</summary>
public class CommitmentTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryOperativeClauseIsACommitmentAndLoadingTheSampleAgainAddsNone(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        await using var db = EntenteDatabase.CreateContext(target);

        var operative = await db.Provisions.CountAsync(p => p.Part == Agreements.ProvisionPart.Operative, Ct);
        var again = await SampleLoader.LoadAsync(db, Ct);

        Assert.Equal(operative, await db.Commitments.CountAsync(Ct));
        Assert.True(again.ChangedNothing);
        Assert.Equal(0, again.Commitments);
        Assert.Equal(operative, await db.Commitments.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StatusBecomesJointWhenBothPartiesAgreeAndADisagreementIsShown(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var commitments = await workspace.As("ru-viewer").GetJsonAsync("/api/commitments");
        var first = commitments[0].GetProperty("id").GetInt32();
        Assert.Equal(JointStatus.Pending, commitments[0].GetProperty("status").GetProperty("state").GetString());

        Assert.Equal(HttpStatusCode.OK, (await workspace.As("ru-editor").PutJsonAsync($"/api/commitments/{first}/assessment", new { status = "in-progress", comment = "Working group formed" })).StatusCode);
        var pending = await workspace.As("az-viewer").GetJsonAsync($"/api/commitments/{first}");
        Assert.Equal(JointStatus.Pending, pending.GetProperty("status").GetProperty("state").GetString());

        Assert.Equal(HttpStatusCode.OK, (await workspace.As("az-editor").PutJsonAsync($"/api/commitments/{first}/assessment", new { status = "at-risk", evidence = new[] { "https://example.org/report.pdf" } })).StatusCode);
        var disagreement = await workspace.As("observer").GetJsonAsync($"/api/commitments/{first}");
        Assert.Equal(JointStatus.Disagreement, disagreement.GetProperty("status").GetProperty("state").GetString());
        Assert.Equal("at-risk", disagreement.GetProperty("status").GetProperty("byParty").GetProperty("AZ").GetString());

        var azVersion = disagreement.GetProperty("assessments").EnumerateArray().Single(a => a.GetProperty("party").GetString() == "AZ").GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await workspace.As("az-editor").PutJsonAsync($"/api/commitments/{first}/assessment", new { status = "in-progress", version = azVersion })).StatusCode);
        var joint = await workspace.As("ru-viewer").GetJsonAsync($"/api/commitments/{first}");
        Assert.Equal(JointStatus.Joint, joint.GetProperty("status").GetProperty("state").GetString());
        Assert.Equal("in-progress", joint.GetProperty("status").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("ru", "Статус", "Комментарий")]
    [InlineData("az", "Status", "Şərh")]
    public async Task ACommitmentsHistoryReadsFieldByFieldInTheReadersLanguage(string language, string status, string comment)
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var id = (await workspace.As("ru-viewer").GetJsonAsync("/api/commitments"))[0].GetProperty("id").GetInt32();
        var editor = workspace.As("ru-editor");
        Assert.Equal(HttpStatusCode.OK, (await editor.PutJsonAsync($"/api/commitments/{id}/assessment", new { status = "in-progress", comment = "Working group formed" })).StatusCode);
        var version = (await editor.GetJsonAsync($"/api/commitments/{id}")).GetProperty("assessments")[0].GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await editor.PutJsonAsync($"/api/commitments/{id}/assessment", new { status = "achieved", comment = "Agreement signed", version })).StatusCode);

        // The other Party reads the history in its language: labels, not the stored JSON.
        var reader = workspace.As("az-viewer");
        reader.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var page = await reader.GetStringAsync($"/commitments/{id}", Ct);
        var history = page[page.IndexOf("class=\"history\"", StringComparison.Ordinal)..];

        Assert.DoesNotContain("{&quot;", history, StringComparison.Ordinal);
        Assert.Matches($"<dt>{status}</dt><dd>[^<]+ → [^<]+</dd>", history);
        Assert.Contains($"<dt>{comment}</dt><dd>Working group formed → Agreement signed</dd>", history, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task APrivateCommentBesideASharedStatusReachesOnlyItsPartyAndTheJointStatusIsTheSameForBoth(string provider)
    {
        const string Private = "Ministry X is blocking the ferry tariff";
        const string PageComment = "Call the ministry on Monday";
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var id = (await workspace.As("ru-viewer").GetJsonAsync("/api/commitments"))[0].GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await workspace.As("ru-editor").PutJsonAsync($"/api/commitments/{id}/assessment", new { status = "stalled", comment = "Talks paused" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await workspace.As("ru-editor").PostJsonAsync($"/api/commitments/{id}/private-comments", new { text = Private })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await workspace.As("az-editor").PutJsonAsync($"/api/commitments/{id}/assessment", new { status = "stalled" })).StatusCode);

        // On the page too: RU adds a second comment with the form; the shared status stays as it was.
        var browser = await PageTests.SignedInAsync(workspace, "ru-editor");
        var posted = await Support.RunningApp.PostFormAsync(browser, $"/commitments/{id}?handler=PrivateComment", ("PrivateText", PageComment));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        // Asking for "party" as an older client did is refused, and the shared assessment is unchanged.
        var ruVersion = (await workspace.As("ru-viewer").GetJsonAsync($"/api/commitments/{id}")).GetProperty("assessments").EnumerateArray()
            .Single(a => a.GetProperty("party").GetString() == "RU").GetProperty("version").GetInt64();
        var keptBack = await workspace.As("ru-editor").PutJsonAsync($"/api/commitments/{id}/assessment", new { status = "achieved", visibility = "party", version = ruVersion });
        Assert.Equal(HttpStatusCode.BadRequest, keptBack.StatusCode);
        Assert.Contains("private comment", (await keptBack.JsonAsync()).GetProperty("errors").GetProperty("visibility")[0].GetString(), StringComparison.Ordinal);

        foreach (var reader in new[] { "ru-viewer", "az-viewer", "az-administrator", "observer" })
        {
            var client = workspace.As(reader);
            var detail = await client.GetJsonAsync($"/api/commitments/{id}");
            var listed = (await client.GetJsonAsync("/api/commitments")).EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == id);
            var everything = string.Join('\n',
                detail.GetRawText(),
                await client.GetStringAsync($"/api/commitments/{id}/history", Ct),
                await client.GetStringAsync($"/commitments/{id}", Ct),
                await client.GetStringAsync("/api/search?q=ministry%20ferry%20monday", Ct),
                await client.GetStringAsync("/api/export", Ct),
                await client.GetStringAsync("/api/commitments/export.csv", Ct),
                await client.GetStringAsync("/api/reports?from=2026-01-01&to=2026-12-31&format=md", Ct));

            // Both Parties and observers read the same joint status, made of the two shared assessments.
            foreach (var status in new[] { detail.GetProperty("status"), listed.GetProperty("status") })
            {
                Assert.Equal(JointStatus.Joint, status.GetProperty("state").GetString());
                Assert.Equal("stalled", status.GetProperty("status").GetString());
            }

            Assert.Equal(2, detail.GetProperty("assessments").GetArrayLength());
            var comments = detail.GetProperty("privateComments").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ToList();
            if (reader == "ru-viewer")
            {
                Assert.Equal([PageComment, Private], comments);
                Assert.Contains(Private, everything, StringComparison.Ordinal);
            }
            else
            {
                Assert.Empty(comments);
                Assert.DoesNotContain("Ministry X", everything, StringComparison.Ordinal);
                Assert.DoesNotContain(PageComment, everything, StringComparison.Ordinal);
            }
        }

        // AZ cannot add to RU's notes, and an empty comment is refused in the reader's terms.
        var empty = await workspace.As("az-editor").PostJsonAsync($"/api/commitments/{id}/private-comments", new { text = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await workspace.As("observer").PostJsonAsync($"/api/commitments/{id}/private-comments", new { text = "x" })).StatusCode);
    }

    [Fact]
    public async Task AnAssessmentWithBadFieldsIsRefusedFieldByField()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var id = (await workspace.As("ru-viewer").GetJsonAsync("/api/commitments"))[0].GetProperty("id").GetInt32();

        var response = await workspace.As("ru-editor").PutJsonAsync($"/api/commitments/{id}/assessment", new { status = "finished", evidence = new[] { "file:///etc/passwd" }, comment = new string('x', 5000) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains("not-started", errors.GetProperty("status")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, errors.GetProperty("evidence").ValueKind);
        Assert.Contains("4000", errors.GetProperty("comment")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACommitmentNamesItsBodiesAndCountsTheOverdueItemsServingIt()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var first = (await workspace.As("ru-viewer").GetJsonAsync("/api/commitments"))[0];
        var id = first.GetProperty("id").GetInt32();
        var detail = await workspace.As("ru-viewer").GetJsonAsync($"/api/commitments/{id}");
        var provision = detail.GetProperty("provisionId").GetInt32();
        var clause = detail.GetProperty("number").GetString();
        await workspace.As("az-editor").PostJsonAsync("/api/action-items", new { title = "Late work", dueOn = "2026-01-01", visibility = "shared", clauses = new[] { clause } });
        await workspace.As("az-editor").PostJsonAsync("/api/action-items", new { title = "Late private work", dueOn = "2026-01-01", visibility = "party", clauses = new[] { clause } });
        await using (var db = EntenteDatabase.CreateContext(workspace.Target))
        {
            // A Party names its own bodies and joint ones only (docs/access-and-audit.md).
            var bodies = await db.Bodies.Where(b => b.PartyCode == "RU" || b.PartyCode == null).OrderBy(b => b.Id).Select(b => b.Id).Take(2).ToListAsync(Ct);
            var named = await workspace.As("ru-coordinator").PutJsonAsync($"/api/commitments/{id}/bodies", new { bodyIds = bodies, version = detail.GetProperty("version").GetInt64() });
            Assert.Equal(HttpStatusCode.OK, named.StatusCode);
            Assert.Equal(2, (await named.JsonAsync()).GetProperty("bodies").GetArrayLength());
        }

        var stale = await workspace.As("ru-coordinator").PutJsonAsync($"/api/commitments/{id}/bodies", new { bodyIds = Array.Empty<int>(), version = detail.GetProperty("version").GetInt64() });
        var seenByRu = (await workspace.As("ru-viewer").GetJsonAsync("/api/commitments")).EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == id);
        var seenByAz = (await workspace.As("az-viewer").GetJsonAsync("/api/commitments")).EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == id);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(1, seenByRu.GetProperty("overdueItems").GetInt32());
        Assert.Equal(2, seenByAz.GetProperty("overdueItems").GetInt32());
        Assert.Contains("1 overdue", await workspace.As("ru-viewer").GetStringAsync("/commitments", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public void JointStatusNeedsEveryPartysAssessment()
    {
        Assessment Of(string party, AssessmentStatus status) => new() { OwnerPartyCode = party, Status = status, AssessedBy = "x" };

        Assert.Equal(JointStatus.Pending, JointStatus.Of(["RU", "AZ"], [Of("RU", AssessmentStatus.Achieved)]).State);
        Assert.Equal(JointStatus.Joint, JointStatus.Of(["RU", "AZ"], [Of("RU", AssessmentStatus.Achieved), Of("AZ", AssessmentStatus.Achieved)]).State);
        Assert.Equal(JointStatus.Disagreement, JointStatus.Of(["RU", "AZ"], [Of("RU", AssessmentStatus.Achieved), Of("AZ", AssessmentStatus.Stalled)]).State);
    }
}
