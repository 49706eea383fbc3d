using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Entente.Cli;

/// <summary>
/// The progress bar of a long batch on an interactive terminal (stderr, cleared at the end): done of total, documents per
/// second and the time left. Elsewhere (a pipe, CI, a single item) the batch just runs.
/// </summary>
public static class BatchProgress
{
    /// <summary>Runs <paramref name="run"/>, which calls the action it is given once per finished item.</summary>
    public static async Task RunAsync(ConsoleOutput output, string label, int total, bool show, Func<Action, Task> run)
    {
        if (!show || !output.IsInteractive || total <= 1)
        {
            await run(() => { });
            return;
        }

        await output.Error.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(label, maxValue: total);
                var clock = Stopwatch.StartNew();
                await run(() =>
                {
                    task.Increment(1);
                    var rate = task.Value / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{label} {task.Value:0}/{total} · {rate:0.0} documents/s");
                });
            });
    }
}
