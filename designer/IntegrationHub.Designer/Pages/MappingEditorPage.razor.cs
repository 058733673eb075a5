using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Designer.Mappings;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>
/// The canonical mapping editor: the target schema as a tree with the rule per field, a source tree to pick paths,
/// the selected rule's editor, save draft and publish by role, and a live preview on a sample payload (output, errors
/// at their target field, and the per-rule trace) that runs again after every change.
/// </summary>
public partial class MappingEditorPage
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private JsonObject? _document;
    private string? _name;
    private int? _loadedVersion;
    private bool _hasDraft;
    private bool _dirty;
    private bool _busy;
    private string? _error;
    private IReadOnlyList<FlowErrorDto> _saveErrors = [];
    private string? _sourceSchemaId;
    private string? _targetSchemaId;
    private SchemaTree? _targetSchema;
    private IReadOnlyList<SchemaField> _sourceFields = [];
    private bool _sourceFromSample;
    private IReadOnlyList<MappingTargetNode> _nodes = [];
    private MappingTargetNode? _selected;
    private string _sampleText = "{}";
    private string? _sampleError;
    private MappingPreviewResult? _preview;
    private bool _previewing;
    private int _previewGeneration;

    /// <summary>Gets or sets the mapping id from the route.</summary>
    [Parameter]
    public string MappingId { get; set; } = string.Empty;

    /// <summary>Gets or sets the signed-in session.</summary>
    [CascadingParameter]
    public DesignerSession Session { get; set; } = DesignerSession.Anonymous;

    [Inject]
    private IMappingDesignerService Mappings { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private bool CanEdit => Session.Allows(HubPolicies.EditDrafts);

    private bool CanPublish => Session.Allows(HubPolicies.Publish);

    private List<BreadcrumbItem> Breadcrumbs => [new("Mappings", "/mappings"), new(_name ?? MappingId, $"/mappings/{Uri.EscapeDataString(MappingId)}"), new("Editor", null, disabled: true)];

    private IReadOnlyList<MappingErrorDto> PreviewErrors => _preview?.Errors ?? [];

    private List<RuleTraceDto> SelectedTrace => _selected?.RulePath is { } rule && _preview is { } preview ? [.. preview.Trace.Where(t => t.Rule == rule)] : [];

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _document = null;
        _error = null;
        try
        {
            var detail = await Mappings.GetMappingAsync(MappingId);
            if (detail is null)
            {
                _error = $"There is no mapping {MappingId}.";
                return;
            }

            _name = detail.Name;
            _hasDraft = detail.Versions.Any(v => v.Version == 0);
            var start = _hasDraft ? 0 : detail.Versions.FirstOrDefault(v => v.Status == FlowVersionStatus.Published)?.Version ?? (detail.Versions.Count > 0 ? detail.Versions[0].Version : null);
            var version = start is { } number ? await Mappings.GetVersionAsync(MappingId, number) : null;
            if (version is null)
            {
                _error = $"The mapping {MappingId} has no version to edit.";
                return;
            }

            _loadedVersion = version.Summary.Version;
            var document = version.Content.DeepClone().AsObject();
            _sourceSchemaId = (string?)document["sourceSchema"];
            _targetSchemaId = (string?)document["targetSchema"];
            _targetSchema = _targetSchemaId is null ? null : await Mappings.GetSchemaAsync(_targetSchemaId);
            var sample = document["sample"] is JsonValue name && name.TryGetValue<string>(out var file) ? await Mappings.GetSampleAsync(file) : null;
            _sampleText = sample?.ToJsonString(Indented) ?? "{}";
            var sourceSchema = _sourceSchemaId is null ? null : await Mappings.GetSchemaAsync(_sourceSchemaId);
            _sourceFromSample = sourceSchema is null;
            _sourceFields = sourceSchema?.Fields ?? SampleFields.From(sample);
            _document = document;
            _dirty = false;
            Rebuild();
        }
        catch (DesignerException e)
        {
            _error = e.Message;
            return;
        }

        if (CanEdit)
        {
            await PreviewAsync();
        }
    }

    private static string Short(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length > 60 ? text[..59] + "…" : text;
    }

    private void Rebuild()
    {
        var selected = _selected?.Path;
        _nodes = MappingTargetTree.Build(_targetSchema, _document!);
        _selected = selected is null ? null : MappingTargetTree.Flatten(_nodes).FirstOrDefault(n => n.Path == selected);
    }

    private void Select(MappingTargetNode node) => _selected = node;

    private void SelectPath(string targetPath, string rule)
    {
        var all = MappingTargetTree.Flatten(_nodes).ToList();
        var path = MappingPaths.ToSchemaPath(targetPath);
        _selected = all.FirstOrDefault(n => n.Path == path) ?? all.FirstOrDefault(n => n.RulePath == rule) ?? _selected;
    }

    private async Task RuleChangedAsync()
    {
        _dirty = true;
        Rebuild();
        await PreviewAsync();
    }

    private async Task PickSourceAsync(SchemaField field)
    {
        if (_selected?.Rule is not { } rule)
        {
            return;
        }

        var source = MappingPaths.ToRuleSource(_selected.Scope?.ElementPrefix, field.Path);
        if (rule["rules"] is null)
        {
            rule.Remove("expression");
            rule.Remove("value");
        }

        if (rule["forEach"] is not null)
        {
            rule["forEach"] = source;
        }
        else
        {
            rule["source"] = source;
        }

        await RuleChangedAsync();
    }

    private async Task AddRuleAsync()
    {
        if (_selected is not { NewRuleTarget: { } target, Scope: { } scope })
        {
            return;
        }

        scope.Rules.Add(new JsonObject { ["target"] = target, ["source"] = string.Empty });
        await RuleChangedAsync();
    }

    private async Task RemoveRuleAsync()
    {
        if (_selected is not { Rule: { } rule, Scope: { } scope })
        {
            return;
        }

        scope.Rules.Remove(rule);
        await RuleChangedAsync();
    }

    private async Task SampleChangedAsync(string text)
    {
        _sampleText = text;
        await PreviewAsync();
    }

    private async Task PreviewAsync()
    {
        if (_document is null || !CanEdit)
        {
            return;
        }

        JsonNode? sample;
        try
        {
            sample = JsonNode.Parse(_sampleText);
            _sampleError = null;
        }
        catch (JsonException e)
        {
            _sampleError = $"The sample is not valid JSON: {e.Message}";
            return;
        }

        var generation = ++_previewGeneration;
        _previewing = true;
        try
        {
            var result = await Mappings.PreviewAsync(new MappingPreviewRequest(sample, _document.DeepClone().AsObject()), MappingId);
            if (generation == _previewGeneration)
            {
                _preview = result;
            }
        }
        catch (DesignerException e)
        {
            _sampleError = e.Message;
        }
        finally
        {
            if (generation == _previewGeneration)
            {
                _previewing = false;
            }
        }
    }

    private async Task<bool> SaveCoreAsync()
    {
        var result = await Mappings.SaveDraftAsync(_document!.ToJsonString(), MappingId);
        _saveErrors = result.Errors;
        if (result.Saved is null)
        {
            _error = $"Not saved: the mapping has {result.Errors.Count} error(s).";
            return false;
        }

        _error = null;
        _dirty = false;
        _hasDraft = true;
        _loadedVersion = 0;
        return true;
    }

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            if (await SaveCoreAsync())
            {
                Snackbar.Add("Draft saved.", Severity.Success);
            }
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

    private async Task PublishAsync()
    {
        if (await Dialogs.ShowMessageBoxAsync("Publish the mapping?", "Map steps use the published version from their next run.", yesText: "Publish", cancelText: "Cancel") != true)
        {
            return;
        }

        _busy = true;
        try
        {
            if (_dirty && !await SaveCoreAsync())
            {
                return;
            }

            var result = await Mappings.PublishAsync(MappingId);
            _hasDraft = false;
            _loadedVersion = result.Version;
            Snackbar.Add(result.Created ? $"Published {Shell.Formats.Version(result.Version)}." : $"The draft equalled {Shell.Formats.Version(result.Version)}; no new version was needed.", Severity.Success);
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

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (_dirty && !_busy
            && await Dialogs.ShowMessageBoxAsync("Leave without saving?", "Your changes to this mapping are not saved.", yesText: "Leave", cancelText: "Stay") != true)
        {
            context.PreventNavigation();
        }
    }
}
