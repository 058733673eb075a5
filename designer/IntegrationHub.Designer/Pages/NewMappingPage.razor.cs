using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>
/// Creates a mapping: id, name, source and target schema (from the hub's schemas) and an optional sample become the
/// draft of a new mapping with no rules yet, which then opens in the editor. The hub checks the document (id rules, an
/// id in use) and each error is shown at its field.
/// </summary>
public partial class NewMappingPage
{
    /// <summary>The JSON paths of the form's fields: errors there are shown at the field.</summary>
    private static readonly HashSet<string> Fields = new(["$.id", "$.name", "$.sourceSchema", "$.targetSchema", "$.sample"], StringComparer.Ordinal);

    private IReadOnlyList<SchemaTree>? _schemas;
    private string? _id;
    private string? _name;
    private string? _sourceSchema;
    private string? _targetSchema;
    private string? _sample;
    private Dictionary<string, string> _fieldErrors = [];
    private IReadOnlyList<FlowErrorDto> _otherErrors = [];
    private string? _error;
    private bool _busy;

    [Inject]
    private IMappingDesignerService Mappings { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private static List<BreadcrumbItem> Breadcrumbs => [new("Mappings", "/mappings"), new("New mapping", null, disabled: true)];

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        try
        {
            _schemas = await Mappings.ListSchemasAsync();
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
    }

    private static string SchemaText(SchemaTree schema) => schema.Title is { Length: > 0 } title ? $"{schema.Id} · {title}" : schema.Id;

    private string? FieldError(string path) => _fieldErrors.GetValueOrDefault(path);

    private JsonObject Document()
    {
        var document = new JsonObject { ["id"] = _id?.Trim() ?? string.Empty, ["name"] = _name?.Trim() ?? string.Empty };
        Add(document, "sourceSchema", _sourceSchema);
        Add(document, "targetSchema", _targetSchema);
        Add(document, "sample", _sample?.Trim());
        document["rules"] = new JsonArray();
        return document;

        static void Add(JsonObject document, string property, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                document[property] = value;
            }
        }
    }

    private async Task CreateAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            var document = Document().ToJsonString();
            var missing = await MissingAsync();
            if (missing.Count > 0)
            {
                // Not saved: the hub still checks the rest so every error shows at once.
                Show([.. missing, .. (await Mappings.ValidateAsync(document)).Errors]);
                return;
            }

            var result = await Mappings.CreateAsync(document);
            if (result.Saved is null)
            {
                Show(result.Errors);
                return;
            }

            Snackbar.Add($"Created the mapping {result.MappingId} as a draft.", Severity.Success);
            Navigation.NavigateTo($"/mappings/{Uri.EscapeDataString(result.MappingId!)}/edit");
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>What the form asks for that a mapping document may leave out: both schemas, and a sample that exists.</summary>
    private async Task<List<FlowErrorDto>> MissingAsync()
    {
        var missing = new List<FlowErrorDto>();
        if (string.IsNullOrEmpty(_sourceSchema))
        {
            missing.Add(new FlowErrorDto("designer", "$.sourceSchema", "Pick the schema of the payload the mapping reads.", "required"));
        }

        if (string.IsNullOrEmpty(_targetSchema))
        {
            missing.Add(new FlowErrorDto("designer", "$.targetSchema", "Pick the schema the output must match.", "required"));
        }

        if (_sample?.Trim() is { Length: > 0 } sample && await Mappings.GetSampleAsync(sample) is null)
        {
            missing.Add(new FlowErrorDto("designer", "$.sample", $"There is no sample '{sample}' in flows/samples.", "unknown-sample"));
        }

        return missing;
    }

    private void Show(IReadOnlyList<FlowErrorDto> errors)
    {
        // The first error of each field is shown at the field; the rest below the form.
        _fieldErrors = errors.Where(e => Fields.Contains(e.Path)).GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.First().Message, StringComparer.Ordinal);
        _otherErrors = [.. errors.Where(e => !Fields.Contains(e.Path))];
    }
}
