using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace ContentApi.Tests.OpenApi;

/// <summary>
/// What a third party does with the document: generates a C# client from it with NSwag (System.Text.Json, one client
/// class named by the operation ids), compiles it together with the caller's source, which uses that
/// client, and loads the result. A document the generator misreads fails here, at compile time or at the call.
/// </summary>
internal static class GeneratedClient
{
    public const string Namespace = "ThirdParty";

    public static async Task<Assembly> BuildAsync(string openApiJson, string callerSource)
    {
        var document = await OpenApiDocument.FromJsonAsync(openApiJson);
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = "ContentApiClient",
            UseBaseUrl = false,
            GenerateClientInterfaces = false,
            GenerateOptionalParameters = true,
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
            CSharpGeneratorSettings = { Namespace = Namespace, JsonLibrary = CSharpJsonLibrary.SystemTextJson },
        };
        var clientSource = new CSharpClientGenerator(document, settings).GenerateFile();
        return Compile(clientSource, callerSource);
    }

    private static Assembly Compile(params string[] sources)
    {
        // The base library of the running framework is what the generated code may use (HttpClient, System.Text.Json);
        // leaving out ASP.NET Core's assemblies halves what the compiler reads.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "ThirdParty.ContentApiClient",
            sources.Select(source => CSharpSyntaxTree.ParseText(source)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(emitted.Success, "The generated client does not compile:\n" + string.Join("\n", errors));
        return Assembly.Load(image.ToArray());
    }
}
