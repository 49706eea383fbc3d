using System.Net;
using Entente.Tests.Support;

namespace Entente.Tests;

/// <summary>The events calendar: forums, culture days, business missions and youth forums with the clauses they serve.</summary>
public class EventTests(PostgresServer postgres)
{
    [Fact]
    public async Task AnEventIsListedInDateOrderWithItsClausesAndBadDatesAreRefused()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var commitment = await workspace.As("ru-viewer").GetJsonAsync($"/api/commitments/{(await workspace.As("ru-viewer").GetJsonAsync("/api/commitments"))[0].GetProperty("id").GetInt32()}");
        var clause = commitment.GetProperty("provisionId").GetInt32();
        var editor = workspace.As("az-editor");

        var youth = await editor.PostJsonAsync("/api/events", new { kind = "youth-forum", title = "Youth forum", startsOn = "2027-09-10", endsOn = "2027-09-12", place = "Ganja", clauseIds = new[] { clause } });
        var culture = await editor.PostJsonAsync("/api/events", new { kind = "culture-days", title = "Culture days", startsOn = "2027-04-01" });
        var backwards = await editor.PostJsonAsync("/api/events", new { kind = "forum", title = "Backwards", startsOn = "2027-05-02", endsOn = "2027-05-01" });

        Assert.Equal(HttpStatusCode.Created, youth.StatusCode);
        Assert.Equal(HttpStatusCode.Created, culture.StatusCode);
        Assert.Equal("cannot be before startsOn.", (await backwards.JsonAsync()).GetProperty("errors").GetProperty("endsOn")[0].GetString());
        var events = await workspace.As("observer").GetJsonAsync("/api/events");
        Assert.Equal(["Culture days", "Youth forum"], events.EnumerateArray().Select(e => e.GetProperty("title").GetString()));
        Assert.Equal(clause, events[1].GetProperty("clauseIds")[0].GetInt32());
    }
}
