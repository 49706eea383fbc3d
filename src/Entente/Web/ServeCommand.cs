using System.CommandLine;
using Entente.Cli;
using Entente.Storage;

namespace Entente.Web;

/// <summary><c>entente serve</c>: prepares the database, then runs the web application until stopped.</summary>
public static class ServeCommand
{
    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';'.",
            DefaultValueFactory = _ => WebAppSettings.DefaultUrls,
        };
        var serve = new Command("serve", "Run the web application and the API.");
        serve.Options.Add(urls);
        serve.Options.Add(common.NoSample);
        serve.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            var prepared = await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: !parseResult.GetValue(common.NoSample), ct);
            if (prepared.Sample is { } sample)
            {
                output.Line($"Loaded the built-in sample into {target.Description}: {sample.Agreements} agreements, {sample.Provisions} provisions.");
            }

            if (prepared.ProfilesMessage is { } profiles)
            {
                output.Line(profiles);
            }

            await using var app = EntenteWebApp.Build(new WebAppSettings(target, parseResult.GetRequiredValue(urls)));
            try
            {
                await app.StartAsync(ct);
            }
            catch (IOException e)
            {
                throw new EntenteException($"Cannot listen on {parseResult.GetRequiredValue(urls)}: {e.Message}", inner: e);
            }

            output.Line($"Entente is serving {target.Description} at {string.Join(", ", app.Urls)} — press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: fall through to a graceful stop.
            }

            await app.StopAsync(CancellationToken.None);
            return ExitCodes.Success;
        });
        return serve;
    }
}
