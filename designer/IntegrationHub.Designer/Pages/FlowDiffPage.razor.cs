using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Designer.Flows;
using IntegrationHub.Designer.Shell;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>Two versions side by side: the hub's structural changes (steps matched by id) and the documents line by line.</summary>
public partial class FlowDiffPage
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private FlowDetail? _flow;
    private FlowDiffDto? _diff;
    private IReadOnlyList<DiffRow> _rows = [];
    private string? _error;

    /// <summary>Gets or sets the flow id.</summary>
    [Parameter]
    public string FlowId { get; set; } = string.Empty;

    /// <summary>Gets or sets the left (older) version; 0 is the draft.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public int From { get; set; }

    /// <summary>Gets or sets the right (newer) version; 0 is the draft.</summary>
    [SupplyParameterFromQuery(Name = "to")]
    public int To { get; set; }

    [Inject]
    private IFlowDesignerService Flows { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private List<BreadcrumbItem> Breadcrumbs => [new("Flows", "/flows"), new(FlowId, $"/flows/{Uri.EscapeDataString(FlowId)}"), new("Compare", null, disabled: true)];

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _error = null;
        _diff = null;
        try
        {
            _flow ??= await Flows.GetFlowAsync(FlowId);
            var left = await Flows.GetVersionAsync(FlowId, From);
            var right = await Flows.GetVersionAsync(FlowId, To);
            _diff = await Flows.DiffAsync(FlowId, From, To);
            if (left is null || right is null || _diff is null)
            {
                _error = $"Flow '{FlowId}' has no version {(left is null ? Formats.Version(From) : Formats.Version(To))}.";
                return;
            }

            _rows = LineDiff.Compare(Pretty(left.Content), Pretty(right.Content));
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
    }

    private static string Pretty(JsonObject content) => content.ToJsonString(Indented);

    private static string Short(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "—";
        return text.Length > 60 ? text[..57] + "…" : text;
    }

    private static Color ChangeColour(string kind) => kind switch
    {
        "added" => Color.Success,
        "removed" => Color.Error,
        "reordered" => Color.Info,
        _ => Color.Warning,
    };

    private void Go(int from, int to) => Navigation.NavigateTo($"/flows/{Uri.EscapeDataString(FlowId)}/diff?from={from}&to={to}");
}
