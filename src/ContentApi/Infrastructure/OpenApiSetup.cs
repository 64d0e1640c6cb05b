using ContentApi.OpenApi;
using ContentApi.Security;

namespace ContentApi.Infrastructure;

internal static class OpenApiSetup
{
    /// <summary>The OpenAPI document: Swashbuckle's generator plus the filters in <c>OpenApi/</c>, registered here only.</summary>
    public static IServiceCollection AddContentOpenApi(this IServiceCollection services)
    {
        services.AddOptions<OpenApiDocumentOptions>().BindConfiguration(OpenApiDocumentOptions.SectionName);
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new()
            {
                Title = "ContentApi",
                Version = "v1",
                Description = "Articles, sections and statistics extracted from Chinese local-government news pages.",
            });

            // The query records' and models' doc comments become the parameters' and properties' descriptions.
            options.IncludeXmlComments(typeof(OpenApiSetup).Assembly);
            options.IncludeXmlComments(typeof(Text.Parsing.ParsedPage).Assembly);
            options.SupportNonNullableReferenceTypes();

            options.OperationFilter<QueryParameterConventionsFilter>();
            options.OperationFilter<PathIdDescriptionFilter>();
            options.OperationFilter<AllowedValuesFilter>();
            options.OperationFilter<ParameterExamplesFilter>();
            options.OperationFilter<DocumentBodyFilter>();
            options.OperationFilter<CsvResponseFilter>();
            options.OperationFilter<Corrections.CorrectionsOpenApi>();
            options.OperationFilter<StatusResponsesFilter>();
            options.OperationFilter<ResponseHeadersFilter>();
            options.OperationFilter<ErrorResponsesFilter>();
            options.DocumentFilter<TagDescriptionsFilter>();
            options.SchemaFilter<RequiredPropertiesSchemaFilter>();
            options.SchemaFilter<SampleExamplesSchemaFilter>();
            ApiKeyOpenApi.AddTo(options);
        });
        return services;
    }

    /// <summary>The document at <c>/swagger/v1/swagger.json</c> and Swagger UI at <c>/swagger</c>.</summary>
    public static WebApplication UseContentOpenApi(this WebApplication app)
    {
        var deployment = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OpenApiDocumentOptions>>().Value;
        app.UseSwagger(options => options.PreSerializeFilters.Add((document, request) => DeploymentInfo.Apply(document, request, deployment)));
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
