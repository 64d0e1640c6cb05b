using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using ContentApi.Data.Keys;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContentApi.Tests.Telemetry;

/// <summary>
/// Everything the service logs at the most verbose level, over a run that used good, wrong and revoked keys and sent
/// good and bad bodies: no key, no key hash and no body ever appears in it.
/// </summary>
public sealed class LogSecretsTests(LogSecretsTests.Factory factory) : IClassFixture<LogSecretsTests.Factory>
{
    /// <summary>Every category at Trace, into a list that keeps each message, its fields, its scopes and its exception.</summary>
    public sealed class Factory : ContentApiFactory
    {
        public LogCapture Log { get; } = new();

        protected override IEnumerable<(string Key, string Value)> Settings =>
        [
            ("Logging:LogLevel:Default", "Trace"),
            ("Logging:LogLevel:Microsoft", "Trace"),
            ("Logging:LogLevel:Microsoft.AspNetCore", "Trace"),
            ("Logging:LogLevel:DbUp", "Trace"),
        ];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(Log)));
        }
    }

    [Fact]
    public async Task NoKeyKeyHashOrRequestBodyIsEverLogged()
    {
        var marker = "body-marker-" + Guid.NewGuid().ToString("N");
        var wrongKey = "cak_" + factory.WriteKey[4..16] + "_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var readKey = await ContentApiFactory.CreateKeyAsync(factory.ConnectionString, ApiKeyScopes.Read);
        var client = factory.CreateClient();
        var anonymous = factory.CreateAnonymousClient();

        var answers = new List<HttpResponseMessage>
        {
            await client.PostAsJsonAsync("/api/v1/documents", new { text = Pages.Numbered(7301) + marker, source = "测试日报" }),
            await client.PostAsync("/api/v1/documents", new StringContent("{\"text\": \"" + marker + "\", \"source\": ", Encoding.UTF8, "application/json")),
            await client.PostAsJsonAsync("/api/v1/documents", new { text = "", source = marker }),
            await client.PostAsJsonAsync("/api/v1/documents", new { text = marker, publishedOn = marker }),
            await client.PostAsync("/api/v1/documents?publishedOn=not-a-date", new StringContent(marker, Encoding.UTF8, "text/plain")),
            await client.PostAsync("/api/v1/documents", new StringContent(marker, Encoding.UTF8, "application/xml")),
            await Send(anonymous, wrongKey, bearer: true),
            await Send(anonymous, wrongKey, bearer: false),
            await Send(anonymous, readKey, bearer: true),
            await Send(anonymous, factory.WriteKey, bearer: false),
        };
        var log = factory.Log.Text();

        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.BadRequest);
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Unauthorized);
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Forbidden);
        Assert.Contains("/api/v1/documents", log);
        foreach (var key in new[] { factory.WriteKey, wrongKey, readKey })
        {
            // cak_{12-character public prefix}_{secret}: the prefix may be logged, the secret never.
            var secret = key["cak_123456789012_".Length..];
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
            Assert.DoesNotContain(secret, log);
            Assert.DoesNotContain(Convert.ToHexString(hash), log, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Convert.ToBase64String(hash), log);
        }

        Assert.DoesNotContain(marker, log);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, string key, bool bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = JsonContent.Create(new { text = Pages.Numbered(7302), source = "测试日报" }) };
        if (bearer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        else
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Keeps every entry as text: the formatted message, each structured field, the scopes and the exception.</summary>
    public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
    {
        private readonly ConcurrentQueue<string> _entries = new();
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public string Text() => string.Join('\n', _entries);

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(LogCapture capture, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => capture._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var entry = new StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
                Append(entry, state);
                capture._scopes.ForEachScope((scope, text) => Append(text, scope), entry);
                entry.Append(' ').Append(exception);
                capture._entries.Enqueue(entry.ToString());
            }

            private static void Append(StringBuilder entry, object? value)
            {
                entry.Append(" | ").Append(value);
                if (value is IEnumerable<KeyValuePair<string, object?>> fields)
                {
                    foreach (var (name, field) in fields)
                    {
                        entry.Append(' ').Append(name).Append('=').Append(field);
                    }
                }
            }
        }
    }
}
