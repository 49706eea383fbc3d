using System.Diagnostics;

namespace Entente.Text.Tests.Support;

/// <summary>
/// Checks that work grows linearly with input, robustly on a busy machine: each size is warmed up, timed
/// several times and the fastest run kept, since noise only ever adds time. Sixteen times the input must
/// cost well under the 256 times a quadratic algorithm would take (garbage collection and caches make even
/// linear code somewhat worse than 16 times on a busy machine). A measurement that fails is taken again, up to
/// three times: a quadratic algorithm fails every one of them, a linear one disturbed by other work does not.
/// </summary>
public static class LinearTime
{
    private const int Growth = 16;
    // Quadratic work gives 256; a linear algorithm sharing the machine with parallel builds measured up to ~105.
    private const double AllowedRatio = 160;
    private const int Runs = 3;
    private const int Attempts = 3;

    public static void Assert(Func<int, string> inputOfSize, Action<string> work, int smallSize = 5_000)
    {
        var small = inputOfSize(smallSize);
        var large = inputOfSize(smallSize * Growth);
        work(small);
        work(large);

        var smallTime = TimeSpan.Zero;
        var largeTime = TimeSpan.Zero;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            smallTime = Fastest(() => work(small));
            largeTime = Fastest(() => work(large));
            if (IsLinear(smallTime, largeTime))
            {
                return;
            }
        }

        Xunit.Assert.Fail(
            $"{small.Length} chars took {smallTime.TotalMilliseconds:F1} ms, {large.Length} chars took {largeTime.TotalMilliseconds:F1} ms " +
            $"(ratio {largeTime.TotalMilliseconds / Math.Max(smallTime.TotalMilliseconds, 0.001):F1}; linear would be {Growth}, quadratic {Growth * Growth}; " +
            $"{Attempts} attempts).");
    }

    // Below a few milliseconds timer resolution dominates; such inputs are fast whatever the curve.
    private static bool IsLinear(TimeSpan smallTime, TimeSpan largeTime) =>
        largeTime.TotalMilliseconds <= Math.Max(smallTime.TotalMilliseconds, 1) * AllowedRatio || largeTime.TotalMilliseconds < 20;

    private static TimeSpan Fastest(Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }
}
