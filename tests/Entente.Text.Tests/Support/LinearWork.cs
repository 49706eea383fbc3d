namespace Entente.Text.Tests.Support;

/// <summary>
/// Checks that work grows linearly with input by what it allocates, not by how long it takes: the bytes the test's
/// thread allocates are the same on an idle machine and on one building in parallel, so the check never depends on
/// load (speed is never asserted by a timed test). Sixteen times the input must allocate well under the 256 times
/// that copying a growing part of the input at every step (substrings per position, a string rebuilt per line, a list
/// copied per item) gives. Both sizes are run once first, so one-time costs (caches, compiled expressions, static
/// tables) are not counted. What it cannot see is a quadratic loop that allocates nothing (a scan from every position
/// over the rest of the text); the benchmarks (docs/benchmarks-extraction.md) measure time, with their conditions.
/// </summary>
public static class LinearWork
{
    private const int Growth = 16;

    // Linear work gives 16 (growth of lists and builders adds a little); copying at every step gives 256.
    private const double AllowedRatio = 64;

    // Below this, the fixed costs of a call dominate whatever the curve.
    private const long SmallestMeasured = 64 * 1024;

    public static void Assert(Func<int, string> inputOfSize, Action<string> work, int smallSize = 5_000)
    {
        var (small, large) = AllocatedBytes(inputOfSize, work, smallSize);
        var ratio = (double)large / Math.Max(small, SmallestMeasured);
        Xunit.Assert.True(ratio <= AllowedRatio,
            $"{Growth} times the input allocated {ratio:F1} times as much ({small:N0} bytes, then {large:N0}); " +
            $"linear would be {Growth}, quadratic {Growth * Growth}.");
    }

    /// <summary>The bytes <paramref name="work"/> allocates on this thread for an input of the small size and one <see cref="Growth"/> times larger.</summary>
    public static (long Small, long Large) AllocatedBytes(Func<int, string> inputOfSize, Action<string> work, int smallSize)
    {
        var small = inputOfSize(smallSize);
        var large = inputOfSize(smallSize * Growth);
        work(small);
        work(large);
        return (Allocated(() => work(small)), Allocated(() => work(large)));
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
