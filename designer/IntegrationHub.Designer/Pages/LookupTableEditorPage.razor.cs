using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Designer.Mappings;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>
/// Edits a lookup table: description, what a missing key does, the default, case sensitivity and the entries. Saving
/// needs the publish policy (a table has no draft) and sends the revision edited, so a concurrent change is refused.
/// </summary>
public partial class LookupTableEditorPage
{
    private JsonObject? _content;
    private int? _revision;
    private string? _description;
    private string _onMissing = "error";
    private string? _default;
    private bool _ignoreCase;
    private List<LookupEntryRow> _rows = [];
    private IReadOnlyList<FlowErrorDto> _errors = [];
    private string? _error;
    private bool _busy;

    /// <summary>Gets or sets the table id from the route.</summary>
    [Parameter]
    public string TableId { get; set; } = string.Empty;

    /// <summary>Gets or sets the signed-in session.</summary>
    [CascadingParameter]
    public DesignerSession Session { get; set; } = DesignerSession.Anonymous;

    [Inject]
    private IMappingDesignerService Mappings { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private bool CanSave => Session.Allows(HubPolicies.Publish);

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        try
        {
            var table = await Mappings.GetLookupTableAsync(TableId);
            if (table is null)
            {
                _error = $"There is no lookup table {TableId}.";
                return;
            }

            _content = table.Content.DeepClone().AsObject();
            _revision = table.Summary.Revision;
            _description = (string?)_content["description"];
            _onMissing = (string?)_content["onMissing"] ?? "error";
            _default = _content.TryGetPropertyValue("default", out var fallback) ? fallback?.ToJsonString() ?? "null" : null;
            _ignoreCase = _content["ignoreCase"] is JsonValue ignore && ignore.TryGetValue<bool>(out var flag) && flag;
            _rows = _content["entries"] is JsonObject entries
                ? [.. entries.Select(e => new LookupEntryRow { Key = e.Key, Value = e.Value?.ToJsonString() ?? "null" })]
                : [];
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
    }

    private void AddRow() => _rows.Add(new LookupEntryRow());

    private JsonObject? BuildDocument()
    {
        var keys = new HashSet<string>(_ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var entries = new JsonObject();
        foreach (var row in _rows)
        {
            if (string.IsNullOrEmpty(row.Key))
            {
                _error = "Every entry needs a key.";
                return null;
            }

            if (!keys.Add(row.Key))
            {
                _error = $"The key '{row.Key}' is there twice.";
                return null;
            }

            entries[row.Key] = RuleEditor.ParseLoose(row.Value);
        }

        var document = _content!.DeepClone().AsObject();
        document["id"] = TableId;
        SetOrRemove(document, "description", string.IsNullOrWhiteSpace(_description) ? null : JsonValue.Create(_description));
        document["onMissing"] = _onMissing;
        SetOrRemove(document, "default", string.IsNullOrWhiteSpace(_default) ? null : RuleEditor.ParseLoose(_default));
        document["ignoreCase"] = _ignoreCase;
        document["entries"] = entries;
        return document;
    }

    private static void SetOrRemove(JsonObject document, string property, JsonNode? value)
    {
        if (value is null)
        {
            document.Remove(property);
        }
        else
        {
            document[property] = value;
        }
    }

    private async Task SaveAsync()
    {
        _error = null;
        if (BuildDocument() is not { } document)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await Mappings.SaveLookupTableAsync(document.ToJsonString(), _revision);
            _errors = result.Errors;
            if (result.Saved is null)
            {
                _error = $"Not saved: the table has {result.Errors.Count} error(s).";
                return;
            }

            _content = document;
            _revision = result.Saved.Revision;
            Snackbar.Add($"Saved revision {result.Saved.Revision}.", Severity.Success);
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
}
