using ContentApi.Documents;
using ContentApi.Health;
using ContentApi.Infrastructure;

if (args is ["--health-probe"])
{
    return await HealthProbe.RunAsync();
}

var builder = WebApplication.CreateBuilder(args);

// The database: the configured one, or in Development a private PostgreSQL started from the local binaries.
builder.AddContentDatabase();
builder.Services.AddSingleton<DocumentIngest>();
builder.Services.AddHostedService<SampleContent>();

// Errors are RFC 9457 problem details everywhere; nothing internal reaches a client.
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DatabaseExceptionHandler>();

builder.Services.AddContentHealthChecks();
builder.Services.AddContentOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.UseContentOpenApi();
app.MapHealth();

await app.RunAsync();
return 0;

/// <summary>The entry point, public so that the integration tests' WebApplicationFactory can name it.</summary>
public partial class Program;
