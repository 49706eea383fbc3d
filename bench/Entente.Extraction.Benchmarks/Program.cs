using BenchmarkDotNet.Running;
using Entente.Extraction.Benchmarks;

// Two jobs in one tool: "compare" scores Entente and the peers' predictions on the gold corpus (bench/peers/run.sh calls it);
// anything else goes to BenchmarkDotNet ("--filter *", "--job short").
if (args.Length > 0 && args[0] == "compare")
{
    return PeerComparison.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
return 0;
