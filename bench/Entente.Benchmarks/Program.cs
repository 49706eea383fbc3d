using BenchmarkDotNet.Running;

// Throughput of the text pipeline's stages; docs/benchmarks.md gives the command and the figures.
BenchmarkSwitcher.FromAssembly(typeof(Entente.Benchmarks.BenchmarkInputs).Assembly).Run(args);
