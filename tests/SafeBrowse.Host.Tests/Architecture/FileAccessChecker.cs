using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SafeBrowse.Host.Tests.Architecture;

/// <summary>
/// Finds where a compiled assembly reaches the file system: a reference to a file, folder, path or zip type of the
/// framework, or ML.NET's model load and save that take a path. Reading the assembly's own embedded resources and
/// streams a caller hands in stay allowed. Compiled code is read, not sources, so no alias or qualified name hides a use.
/// </summary>
internal static class FileAccessChecker
{
    private static readonly HashSet<string> FileSystemTypes = new(StringComparer.Ordinal)
    {
        "System.IO.File", "System.IO.FileInfo", "System.IO.Directory", "System.IO.DirectoryInfo", "System.IO.FileSystemInfo",
        "System.IO.FileStream", "System.IO.FileSystemWatcher", "System.IO.DriveInfo", "System.IO.Path", "System.IO.StreamReader",
        "System.IO.StreamWriter", "System.IO.Compression.ZipFile", "System.IO.Compression.ZipFileExtensions",
        "System.IO.MemoryMappedFiles.MemoryMappedFile",
    };

    private const string ModelOperations = "Microsoft.ML.ModelOperationsCatalog";

    public static IReadOnlyList<string> Violations(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var portable = new PEReader(stream);
        var reader = portable.GetMetadataReader();
        var violations = reader.TypeReferences
            .Select(handle => FullName(reader, reader.GetTypeReference(handle)))
            .Where(FileSystemTypes.Contains)
            .Select(name => $"uses {name}")
            .ToList();

        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            var name = reader.GetString(member.Name);
            if (member.Parent.Kind == HandleKind.TypeReference
                && FullName(reader, reader.GetTypeReference((TypeReferenceHandle)member.Parent)) == ModelOperations
                && name is "Load" or "Save"
                && member.GetKind() == MemberReferenceKind.Method
                && member.DecodeMethodSignature(new ParameterTypeNames(), null).ParameterTypes.Contains("System.String"))
            {
                violations.Add($"calls {ModelOperations}.{name} with a path");
            }
        }

        return violations;
    }

    private static string FullName(MetadataReader reader, TypeReference type) =>
        type.ResolutionScope.Kind == HandleKind.TypeReference
            ? $"{FullName(reader, reader.GetTypeReference((TypeReferenceHandle)type.ResolutionScope))}+{reader.GetString(type.Name)}"
            : $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";

    /// <summary>Names a signature's types just well enough to tell a string parameter from a stream.</summary>
    private sealed class ParameterTypeNames : ISignatureTypeProvider<string, object?>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode == PrimitiveTypeCode.String ? "System.String" : typeCode.ToString();

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
            reader.GetString(reader.GetTypeDefinition(handle).Name);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
            FullName(reader, reader.GetTypeReference(handle));

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => "spec";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[,]";

        public string GetByReferenceType(string elementType) => elementType + "&";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType;

        public string GetGenericMethodParameter(object? genericContext, int index) => $"!!{index}";

        public string GetGenericTypeParameter(object? genericContext, int index) => $"!{index}";

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";
    }
}
