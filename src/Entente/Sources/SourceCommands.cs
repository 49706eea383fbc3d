using System.CommandLine;
using System.Globalization;
using Entente.Cli;
using Entente.Storage;

namespace Entente.Sources;

/// <summary><c>entente sources add|list|remove|poll</c>: the feeds and sitemaps Entente watches.</summary>
public static class SourceCommands
{
    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var sources = new Command("sources", "Watch feeds (RSS, Atom) and sitemaps: each new item's page is fetched and stored like `entente ingest`.");
        sources.Subcommands.Add(Add(common, output));
        sources.Subcommands.Add(List(common, output));
        sources.Subcommands.Add(Remove(common, output));
        sources.Subcommands.Add(Poll(common, output));
        return sources;
    }

    private static Command Add(CommonOptions common, ConsoleOutput output)
    {
        var url = new Argument<string>("URL") { Description = "The feed or sitemap address (http or https)." };
        var name = new Option<string?>("--name") { Description = "What to call the source (default: its host)." };
        var every = new Option<string>("--every") { Description = "How often to look: 30m, 1h, 1d (default 1h, at least 5m).", DefaultValueFactory = _ => "1h" };
        var command = new Command("add", "Add a source to watch; it is looked at on the next poll.") { url, name, every };
        command.SetAction(async (parseResult, ct) =>
        {
            if (!SourceRegistry.TryParseEvery(parseResult.GetValue(every), out var period))
            {
                throw new EntenteException($"--every: '{parseResult.GetValue(every)}' is not a period (30m, 1h, 1d).", ExitCodes.Usage);
            }

            await using var db = await OpenAsync(common, parseResult, ct);
            var (source, errors) = await SourceRegistry.AddAsync(db, parseResult.GetValue(url)!, parseResult.GetValue(name), period, ct);
            if (source is null)
            {
                throw new EntenteException(string.Join(" ", errors.ToDictionary().Select(e => $"{e.Key} {string.Join(" ", e.Value)}")), ExitCodes.Failure);
            }

            output.Line(string.Create(CultureInfo.InvariantCulture, $"added source {source.Id}: {source.Name} <{source.Url}>, every {SourceRegistry.FormatEvery(source.Every)}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CommonOptions common, ConsoleOutput output)
    {
        var command = new Command("list", "List sources: id, name, url, every, state, last success, items taken, last error (tab-separated).");
        command.SetAction(async (parseResult, ct) =>
        {
            await using var db = await OpenAsync(common, parseResult, ct);
            foreach (var s in await SourceRegistry.ListAsync(db, ct))
            {
                output.Line(string.Join('\t',
                    s.Id.ToString(CultureInfo.InvariantCulture), s.Name, s.Url, SourceRegistry.FormatEvery(s.Every), State(s),
                    s.LastSuccessAt?.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture) ?? "-",
                    s.ItemsTaken.ToString(CultureInfo.InvariantCulture), s.LastError ?? "-"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Remove(CommonOptions common, ConsoleOutput output)
    {
        var id = new Argument<int>("ID") { Description = "The source's id (see `entente sources list`)." };
        var command = new Command("remove", "Stop watching a source; the documents taken from it stay.") { id };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var db = await OpenAsync(common, parseResult, ct);
            var which = parseResult.GetValue(id);
            if (!await SourceRegistry.RemoveAsync(db, which, ct))
            {
                throw new EntenteException(string.Create(CultureInfo.InvariantCulture, $"there is no source {which}."), ExitCodes.Failure);
            }

            output.Line(string.Create(CultureInfo.InvariantCulture, $"removed source {which}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Poll(CommonOptions common, ConsoleOutput output)
    {
        var command = new Command("poll", "Look at every source now: one line per source; exit code 3 when any failed.");
        command.SetAction(async (parseResult, ct) =>
        {
            await using var db = await OpenAsync(common, parseResult, ct);
            using var fetcher = new PoliteFetcher(TimeProvider.System, new FetchLimits());
            var poller = new SourcePoller(db, fetcher, TimeProvider.System);
            var anyFailed = false;
            foreach (var source in await SourceRegistry.ListAsync(db, ct))
            {
                var outcome = await poller.PollAsync(source.Id, ct);
                anyFailed |= !outcome.Succeeded;
                output.Line(Describe(outcome));
            }

            return anyFailed ? ExitCodes.PartialFailure : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One progress line: <c>3  Ministry  ok  2 new, 5 seen</c> or <c>3  Ministry  failed  why</c>.</summary>
    public static string Describe(PollOutcome outcome)
    {
        var id = outcome.SourceId.ToString(CultureInfo.InvariantCulture);
        if (!outcome.Succeeded)
        {
            return string.Join('\t', id, outcome.Name, "failed", outcome.Error);
        }

        var summary = outcome.NotModified
            ? "not modified"
            : string.Create(CultureInfo.InvariantCulture, $"{outcome.Taken} new, {outcome.Seen} seen")
              + (outcome.FailedItems > 0 ? string.Create(CultureInfo.InvariantCulture, $", {outcome.FailedItems} pages failed (tried again next time)") : "")
              + (outcome.Left > 0 ? string.Create(CultureInfo.InvariantCulture, $", {outcome.Left} left for the next poll") : "");
        return string.Join('\t', id, outcome.Name, "ok", summary);
    }

    private static string State(WatchedSource s) => s.IsFailing
        ? string.Create(CultureInfo.InvariantCulture, $"failing({s.ConsecutiveFailures})")
        : s.LastSuccessAt is null ? "new" : "ok";

    private static async Task<EntenteDb> OpenAsync(CommonOptions common, ParseResult parseResult, CancellationToken ct)
    {
        var target = common.ResolveDatabase(parseResult);
        await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
        return EntenteDatabase.CreateContext(target);
    }
}
