using System.Net;
using Entente.Consultations;
using Entente.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Tests;

/// <summary>The consultation workflow, the inbox, and deadlines with reminders and breaches on a fake clock.</summary>
public class ConsultationTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ARequestGoesFromRequestedToConcludedAndTheAskedPartySeesItInItsInbox(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var ru = workspace.As("ru-coordinator");
        var az = workspace.As("az-coordinator");
        var request = await (await ru.PostJsonAsync("/api/consultations", new { kind = "urgent", subject = "Border incident", proposedDates = new[] { "2026-11-25" } })).JsonAsync();
        var id = request.GetProperty("id").GetInt32();

        var inbox = await az.GetJsonAsync("/api/consultations?box=inbox");
        Assert.Equal(id, Assert.Single(inbox.EnumerateArray()).GetProperty("id").GetInt32());
        Assert.Empty((await ru.GetJsonAsync("/api/consultations?box=inbox")).EnumerateArray());

        var version = request.GetProperty("version").GetInt64();
        async Task<long> MoveAsync(HttpClient client, object body)
        {
            var response = await client.PostJsonAsync($"/api/consultations/{id}/transitions", body);
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
            return (await response.JsonAsync()).GetProperty("version").GetInt64();
        }

        version = await MoveAsync(az, new { to = "acknowledged", version });
        version = await MoveAsync(ru, new { to = "scheduled", scheduledOn = "2026-11-26", version });
        workspace.Clock.Now = Workspace.Start.AddDays(2);
        version = await MoveAsync(az, new { to = "held", version });
        await MoveAsync(ru, new { to = "concluded", outcome = "Joint statement issued", version });

        var concluded = await workspace.As("observer").GetJsonAsync($"/api/consultations/{id}");
        Assert.Equal("concluded", concluded.GetProperty("status").GetString());
        Assert.Empty(concluded.GetProperty("next").EnumerateArray());
    }

    [Fact]
    public async Task ARequestNamesClausesAsWrittenShowsItsDeadlinesAndOffersEachPartyOnlyItsOwnMoves()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var ru = workspace.As("ru-coordinator");
        var az = workspace.As("az-coordinator");

        var response = await ru.PostJsonAsync("/api/consultations", new { kind = "urgent", subject = "Airspace incident", clauses = new[] { "6" } });
        var request = await response.JsonAsync();
        var id = request.GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("ru-az-allied-interaction-2022#6", request.GetProperty("clauses")[0].GetString());
        Assert.Equal(await ActionItemTests.ProvisionIdAsync(workspace, "6"), request.GetProperty("clauseIds")[0].GetInt32());
        // The configured rule: urgent requests acknowledged within 24 hours and held within 72, counted from the request.
        Assert.Equal(Workspace.Start.AddHours(24), request.GetProperty("acknowledgeBy").GetDateTimeOffset());
        Assert.Equal(Workspace.Start.AddHours(72), request.GetProperty("holdBy").GetDateTimeOffset());
        Assert.Empty(request.GetProperty("next").EnumerateArray());
        Assert.Equal(["acknowledged", "declined"], (await az.GetJsonAsync($"/api/consultations/{id}")).GetProperty("next").EnumerateArray().Select(n => n.GetString()));

        workspace.Clock.Now = Workspace.Start.AddHours(5);
        var acknowledged = await az.PostJsonAsync($"/api/consultations/{id}/transitions", new { to = "acknowledged", reply = "We agree and propose Baku.", version = request.GetProperty("version").GetInt64() });
        var answer = await acknowledged.JsonAsync();
        Assert.Equal("We agree and propose Baku.", answer.GetProperty("reply").GetString());

        var scheduled = await (await ru.PostJsonAsync($"/api/consultations/{id}/transitions", new { to = "scheduled", scheduledOn = "2026-11-26", version = answer.GetProperty("version").GetInt64() })).JsonAsync();
        var early = await az.PostJsonAsync($"/api/consultations/{id}/transitions", new { to = "held", version = scheduled.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("scheduled for 2026-11-26", (await early.JsonAsync()).GetProperty("errors").GetProperty("to")[0].GetString(), StringComparison.Ordinal);

        var inbox = await workspace.As("az-coordinator").GetStringAsync("/consultations?box=inbox", Ct);
        Assert.Contains("Hold by", inbox, StringComparison.Ordinal);
        Assert.Contains("in 2 days", inbox, StringComparison.Ordinal);
        var page = await workspace.As("ru-coordinator").GetStringAsync($"/consultations/{id}", Ct);
        Assert.Contains("27 November 2026 12:00 UTC", page, StringComparison.Ordinal);
        Assert.Contains("We agree and propose Baku.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IllegalMovesAreRefusedWithTheReason()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var ru = workspace.As("ru-coordinator");
        var request = await (await ru.PostJsonAsync("/api/consultations", new { kind = "regular", subject = "Education" })).JsonAsync();
        var id = request.GetProperty("id").GetInt32();
        var version = request.GetProperty("version").GetInt64();

        var skip = await ru.PostJsonAsync($"/api/consultations/{id}/transitions", new { to = "held", version });
        var ownAck = await ru.PostJsonAsync($"/api/consultations/{id}/transitions", new { to = "acknowledged", version });
        var declineWithoutReason = await workspace.As("az-coordinator").PostJsonAsync($"/api/consultations/{id}/transitions", new { to = "declined", version });

        Assert.Equal(HttpStatusCode.BadRequest, skip.StatusCode);
        Assert.Contains("cannot become held", (await skip.JsonAsync()).GetProperty("errors").GetProperty("to")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("only the asked Party", (await ownAck.JsonAsync()).GetProperty("errors").GetProperty("to")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("is required.", (await declineWithoutReason.JsonAsync()).GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal("requested", (await ru.GetJsonAsync($"/api/consultations/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AMoveOnAStaleVersionIsAConflict()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var request = await (await workspace.As("ru-coordinator").PostJsonAsync("/api/consultations", new { kind = "regular", subject = "Energy" })).JsonAsync();
        var id = request.GetProperty("id").GetInt32();
        var version = request.GetProperty("version").GetInt64();
        await workspace.As("az-coordinator").PostJsonAsync($"/api/consultations/{id}/transitions", new { to = "acknowledged", version });

        var stale = await workspace.As("az-administrator").PostJsonAsync($"/api/consultations/{id}/transitions", new { to = "declined", reason = "Too late", version });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public void UrgentDeadlinesRemindThenMarkBreaches()
    {
        var options = new ConsultationDeadlineOptions();
        var requested = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var consultation = new Consultation { Id = 7, Kind = ConsultationKind.Urgent, Subject = "s", CounterpartPartyCode = "AZ", RequestedBy = "x", RequestedAt = requested };

        Assert.Empty(ConsultationDeadlines.Evaluate(requested.AddHours(10), [consultation], options));

        var remind = Assert.Single(ConsultationDeadlines.Evaluate(requested.AddHours(19), [consultation], options));
        Assert.Equal((DeadlineStage.Acknowledge, false), (remind.Stage, remind.IsBreach));
        consultation.LastReminderAt = requested.AddHours(19);
        Assert.Empty(ConsultationDeadlines.Evaluate(requested.AddHours(20), [consultation], options));

        var breach = Assert.Single(ConsultationDeadlines.Evaluate(requested.AddHours(25), [consultation], options));
        Assert.Equal((DeadlineStage.Acknowledge, true, requested.AddHours(24)), (breach.Stage, breach.IsBreach, breach.Deadline));
        consultation.AcknowledgeBreachedAt = requested.AddHours(25);
        consultation.Status = ConsultationStatus.Acknowledged;
        consultation.AcknowledgedAt = requested.AddHours(30);

        var holdBreach = Assert.Single(ConsultationDeadlines.Evaluate(requested.AddHours(73), [consultation], options));
        Assert.Equal((DeadlineStage.Hold, true), (holdBreach.Stage, holdBreach.IsBreach));
        consultation.Status = ConsultationStatus.Held;
        Assert.Empty(ConsultationDeadlines.Evaluate(requested.AddHours(100), [consultation], options));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheDeadlineServiceMarksAnUnacknowledgedUrgentRequestAsBreached(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var id = (await (await workspace.As("ru-coordinator").PostJsonAsync("/api/consultations", new { kind = "urgent", subject = "Threat assessment" })).JsonAsync()).GetProperty("id").GetInt32();
        var service = workspace.App.Services.GetRequiredService<ConsultationDeadlineService>();

        workspace.Clock.Now = Workspace.Start.AddHours(20);
        var reminders = await service.TickAsync(Ct);
        // The asked Party sees the reminder where it works: in its inbox.
        Assert.Contains("Reminder sent", await workspace.As("az-viewer").GetStringAsync("/consultations?box=inbox", Ct), StringComparison.Ordinal);
        workspace.Clock.Now = Workspace.Start.AddHours(25);
        var breaches = await service.TickAsync(Ct);

        Assert.False(Assert.Single(reminders).IsBreach);
        Assert.True(Assert.Single(breaches).IsBreach);
        var seen = await workspace.As("az-viewer").GetJsonAsync($"/api/consultations/{id}");
        Assert.Equal(Workspace.Start.AddHours(25), seen.GetProperty("acknowledgeBreachedAt").GetDateTimeOffset());
        Assert.Contains("Not acknowledged in time", await workspace.As("az-viewer").GetStringAsync("/consultations?box=inbox", Ct), StringComparison.Ordinal);
    }
}
