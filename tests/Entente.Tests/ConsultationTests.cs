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
        version = await MoveAsync(az, new { to = "held", version });
        await MoveAsync(ru, new { to = "concluded", outcome = "Joint statement issued", version });

        var concluded = await workspace.As("observer").GetJsonAsync($"/api/consultations/{id}");
        Assert.Equal("concluded", concluded.GetProperty("status").GetString());
        Assert.Empty(concluded.GetProperty("next").EnumerateArray());
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
