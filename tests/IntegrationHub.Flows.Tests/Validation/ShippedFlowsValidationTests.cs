using IntegrationHub.Flows.Validation;

namespace IntegrationHub.Flows.Tests.Validation;

/// <summary>Every flow file shipped in the repository's flows folder validates against the mappings and schemas shipped beside it.</summary>
public class ShippedFlowsValidationTests
{
    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "flows", "schemas", "flow.schema.json")))
            {
                return Path.Combine(dir.FullName, "flows");
            }
        }

        throw new DirectoryNotFoundException("the repository's flows folder was not found above the test output");
    }

    private static HashSet<string> Ids(string folder, string suffix) =>
        [.. Directory.EnumerateFiles(folder, "*" + suffix).Select(f => Path.GetFileName(f)[..^suffix.Length])];

    private static string[] FlowFiles() =>
        [.. Directory.EnumerateFiles(Folder(), "*.flow.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> ShippedFlowFiles() => [.. FlowFiles()];

    [Theory]
    [MemberData(nameof(ShippedFlowFiles))]
    public void Validate_ShippedFlow_HasNoErrors(string file)
    {
        var folder = Folder();
        var context = new FlowValidationContext
        {
            File = file,
            Mappings = Ids(Path.Combine(folder, "mappings"), ".map.json"),
            Schemas = Ids(Path.Combine(folder, "schemas"), ".schema.json"),
            Flows = Ids(folder, ".flow.json"),
        };

        var result = FlowValidator.Validate(File.ReadAllText(Path.Combine(folder, file)), context);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors.Select(e => $"{e.File} {e.Path}: {e.Message}")));
    }

    [Fact]
    public void ShippedFlowFiles_IncludeTheReferenceFlows() =>
        Assert.Superset(new HashSet<string> { "availability-check.flow.json", "edi-inbound.flow.json", "order-intake.flow.json", "po-sync.flow.json", "shipment-propagation.flow.json" }, FlowFiles().ToHashSet());
}
