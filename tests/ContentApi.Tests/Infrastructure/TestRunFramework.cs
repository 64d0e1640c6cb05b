using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// xunit's own framework with a teardown for the whole run, which xunit v2 lacks: the run's throwaway PostgreSQL is
/// deleted after the last test, before the run reports itself finished. Neither a process-exit handler nor the
/// framework's disposal is the place for it: the test host is ended as soon as the run has finished, before a
/// cluster of a gigabyte is deleted, and each run left one behind until the disk of the CI machine was full.
/// Each test assembly names this type in its <c>TestFramework</c> attribute.
/// </summary>
public sealed class TestRunFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        // async void, as the method it overrides: the runner reports its end through the message sink.
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new AssemblyRunner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class AssemblyRunner(ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink,
        IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
    {
        protected override async Task BeforeTestAssemblyFinishedAsync()
        {
            await TestDatabaseServer.DeleteLocalClusterAsync();
            await base.BeforeTestAssemblyFinishedAsync();
        }
    }
}
