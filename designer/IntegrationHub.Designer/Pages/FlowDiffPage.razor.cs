using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Designer.Lifecycle;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>Two versions side by side: the hub's structural changes (steps matched by id) and the documents line by line.</summary>
public partial class FlowDiffPage
{
    private FlowDiffDto? _diff;

    /// <summary>Gets or sets the flow id.</summary>
    [Parameter]
    public string FlowId { get; set; } = string.Empty;

    [Inject]
    private IFlowDesignerService Flows { get; set; } = default!;

    /// <inheritdoc />
    protected override string Described => $"Flow '{FlowId}'";

    private List<BreadcrumbItem> Breadcrumbs => [new("Flows", "/flows"), new(FlowId, $"/flows/{Uri.EscapeDataString(FlowId)}"), new("Compare", null, disabled: true)];

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<VersionRow>?> GetVersionsAsync() =>
        await Flows.GetFlowAsync(FlowId) is { } flow ? [.. flow.Versions.Select(VersionRow.From)] : null;

    /// <inheritdoc />
    protected override async Task<JsonObject?> GetContentAsync(int version) => (await Flows.GetVersionAsync(FlowId, version))?.Content;

    /// <inheritdoc />
    protected override async Task CompareAsync()
    {
        _diff = null;
        _diff = await Flows.DiffAsync(FlowId, From, To) ?? throw new DesignerException($"Flow '{FlowId}' has no version {Shell.Formats.Version(From)} or {Shell.Formats.Version(To)}.");
    }

    /// <inheritdoc />
    protected override string DiffHref(int from, int to) => $"/flows/{Uri.EscapeDataString(FlowId)}/diff?from={from}&to={to}";

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
}
