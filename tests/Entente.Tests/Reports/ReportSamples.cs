using Entente.Reports;

namespace Entente.Tests.Reports;

/// <summary>A small partnership with known numbers, for the report's pure tests.</summary>
internal static class ReportSamples
{
    public static readonly DateTimeOffset Generated = new(2026, 6, 30, 9, 0, 0, TimeSpan.Zero);

    public static ReportData Data() => new()
    {
        PartnershipName = "Ruritania–Freedonia",
        Parties = ["RU", "AZ"],
        ViewLabel = "the view of Party RU",
        From = new DateOnly(2026, 1, 1),
        To = new DateOnly(2026, 6, 30),
        Today = new DateOnly(2026, 6, 30),
        GeneratedAt = Generated,
        Session = new ReportSession(2, new DateOnly(2026, 6, 30), "Baku", ["A. Co-chair (RU)", "B. Co-chair (AZ)"], ["Transport", "Education"], ["1. Open the new route."]),
        PreviousSession = new ReportSession(1, new DateOnly(2026, 3, 1), "Moscow", [], [], []),
        Commitments =
        [
            new(1, "Declaration", "1", "Trade grows", ["trade-economy"], Statuses(("RU", "achieved"), ("AZ", "achieved"))),
            new(2, "Declaration", "2", "Rail link", ["transport-transit", "trade-economy"], Statuses(("RU", "in-progress"), ("AZ", "stalled"))),
            new(3, "Declaration", "3", "Schools | pipes", ["education"], Statuses(("RU", "in-progress"))),
        ],
        Roadmaps = [new ReportRoadmap(10, "Action Plan", 1, "Transport")],
        BaselineName = "Spring baseline",
        Items =
        [
            // Due before the end and not done: overdue.
            new(100, "Survey the route", "RU", 10, new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 1), null, "in-progress", 40),
            // Done before its date: not overdue.
            new(101, "Sign the protocol", "RU", 10, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 20), "done", 100),
            // Cancelled: never overdue.
            new(102, "Old idea", "RU", 10, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 1), null, "cancelled", 0),
            // Due after the end of the period.
            new(103, "Open the line", "RU", null, new DateOnly(2026, 12, 1), new DateOnly(2026, 9, 1), null, "planned", 0),
        ],
        Changes =
        [
            // Before the previous session: not "since" it.
            new(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero), "ru-editor", "Assessment", "7", "added", null, "{\"Status\":\"in-progress\"}", "RU assessment of Declaration, clause 1"),
            new(new DateTimeOffset(2026, 4, 2, 10, 0, 0, TimeSpan.Zero), "ru-editor", "Assessment", "7", "modified", "{\"Status\":\"in-progress\",\"Version\":1}", "{\"Status\":\"achieved\",\"Version\":2}", "RU assessment of Declaration, clause 1"),
            new(new DateTimeOffset(2026, 5, 5, 8, 30, 0, TimeSpan.Zero), "ru-editor", "ActionItem", "100", "modified", "{\"PercentDone\":10}", "{\"PercentDone\":40}", "action item #100 Survey the route"),
        ],
        Indicators =
        [
            new("trade-turnover", "Trade turnover", "USD",
            [
                new(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), 3_000_000_000m, "exact", "Customs yearbook 2024", false),
                new(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), 3_400_000_000m, "almost", "Press statement, 22 February 2026", false),
                new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 9m, "exact", "Not yet ended: left out", false),
            ]),
            new("empty", "No values yet", "count", []),
        ],
        Consultations =
        [
            new(1, "urgent", "Border incident", "RU", "AZ", "concluded", new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 2, 3, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 2, 4, 0, 0, 0, TimeSpan.Zero), "Agreed on a joint patrol", false),
            new(2, "regular", "Students", "AZ", "RU", "requested", new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), null, null, null, true),
        ],
        Events =
        [
            new(1, "forum", "Interregional forum", new DateOnly(2026, 5, 10), new DateOnly(2026, 5, 11), "Kazan", "RU"),
            new(2, "culture-days", "Culture days", new DateOnly(2025, 10, 1), null, "Baku", "AZ"),
        ],
    };

    private static Dictionary<string, string> Statuses(params (string Party, string Status)[] statuses) =>
        statuses.ToDictionary(s => s.Party, s => s.Status, StringComparer.Ordinal);
}
