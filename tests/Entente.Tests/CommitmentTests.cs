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

    [Fact]
    public async Task AnAssessmentKeptToItsPartyIsNotSeenByTheOtherAndLeavesTheStatusPending()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var id = (await workspace.As("ru-viewer").GetJsonAsync("/api/commitments"))[0].GetProperty("id").GetInt32();
        await workspace.As("ru-editor").PutJsonAsync($"/api/commitments/{id}/assessment", new { status = "stalled", comment = "Ministry X is blocking", visibility = "party" });
        await workspace.As("az-editor").PutJsonAsync($"/api/commitments/{id}/assessment", new { status = "stalled" });

        var seenByAz = await workspace.As("az-viewer").GetJsonAsync($"/api/commitments/{id}");
        var history = await (await workspace.As("az-viewer").GetAsync($"/api/commitments/{id}/history", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal("AZ", Assert.Single(seenByAz.GetProperty("assessments").EnumerateArray()).GetProperty("party").GetString());
        Assert.Equal(JointStatus.Pending, seenByAz.GetProperty("status").GetProperty("state").GetString());
        Assert.DoesNotContain("Ministry X", history, StringComparison.Ordinal);
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
