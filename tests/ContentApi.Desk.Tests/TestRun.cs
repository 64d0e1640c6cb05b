// The run's teardown (the throwaway PostgreSQL deleted after the last test): see TestRunFramework.
[assembly: Xunit.TestFramework("ContentApi.Tests.Infrastructure.TestRunFramework", "ContentApi.Desk.Tests")]
