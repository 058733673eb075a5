using System.Text;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>Upload → validate (every error with its path) → save as the flow's draft.</summary>
public partial class FlowImportPage
{
    private const long MaxBytes = 1024 * 1024;

    private string? _fileName;
    private string? _content;
    private string? _flowId;
    private bool _exists;
    private FlowValidationReport? _report;
    private string? _error;
    private bool _busy;

    [Inject]
    private IFlowDesignerService Flows { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private static List<BreadcrumbItem> Breadcrumbs => [new("Flows", "/flows"), new("Import", null, disabled: true)];

    private async Task OnFileChosenAsync(IBrowserFile? file)
    {
        _report = null;
        _error = null;
        _flowId = null;
        if (file is null)
        {
            return;
        }

        _busy = true;
        try
        {
            if (file.Size > MaxBytes)
            {
                _error = $"The file has {file.Size} bytes; a flow file may have at most {MaxBytes}.";
                return;
            }

            _fileName = file.Name;
            await using var stream = file.OpenReadStream(MaxBytes);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            _content = await reader.ReadToEndAsync();
            _report = await Flows.ValidateAsync(_content);
            _flowId = PeekId(_content);
            _exists = _flowId is not null && await Flows.GetFlowAsync(_flowId) is not null;
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
        catch (IOException e)
        {
            _error = $"The file could not be read: {e.Message}";
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task SaveAsync()
    {
        if (_content is null)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await Flows.SaveDraftAsync(_content, expectedFlowId: null);
            if (result.Saved is null)
            {
                _report = new FlowValidationReport(false, result.Errors);
                return;
            }

            Snackbar.Add($"Saved as the draft of {result.FlowId}.", Severity.Success);
            Navigation.NavigateTo($"/flows/{Uri.EscapeDataString(result.FlowId!)}");
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

    private static string? PeekId(string json)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(json)?["id"]?.GetValue<string>();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
