using BenchmarkDotNet.Running;

// Runs the benchmarks named on the command line (all by default); pass --job short for a quick run.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
