namespace ContentApi.Infrastructure;

internal static class OpenApiSetup
{
    public static IServiceCollection AddContentOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new()
            {
                Title = "ContentApi",
                Version = "v1",
                Description = "Articles, sections and statistics extracted from Chinese local-government news pages.",
            });
        });
        return services;
    }

    /// <summary>The document at <c>/swagger/v1/swagger.json</c> and Swagger UI at <c>/swagger</c>.</summary>
    public static WebApplication UseContentOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options => options.DocumentTitle = "ContentApi");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in app.Urls)
            {
                app.Logger.LogInformation("Swagger UI: {Url}/swagger", address.TrimEnd('/'));
            }
        });
        return app;
    }
}
