using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>Describes the <c>{id}</c> of a route by the resource it identifies: the path segment before it.</summary>
internal sealed class PathIdDescriptionFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p is { In: ParameterLocation.Path, Name: "id" }) is not { } id)
        {
            return;
        }

        // api/v1/articles/{id}/sections: the id of an article.
        var segments = context.ApiDescription.RelativePath!.Split('/');
        var resource = segments[Array.FindIndex(segments, s => s.StartsWith("{id", StringComparison.Ordinal)) - 1];
        id.Description = $"The id of the {resource.TrimEnd('s')}.";
    }
}
