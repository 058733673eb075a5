using MudBlazor;

namespace IntegrationHub.Designer.Shell;

/// <summary>How step and trigger kinds look: an icon and a few words (presentation only; fields come from the schema).</summary>
internal static class KindVisuals
{
    public static string StepIcon(string? kind) => kind switch
    {
        "call" => Icons.Material.Filled.SettingsEthernet,
        "map" => Icons.Material.Filled.Transform,
        "validate" => Icons.Material.Filled.FactCheck,
        "switch" => Icons.Material.Filled.AltRoute,
        "foreach" => Icons.Material.Filled.Loop,
        "parallel" => Icons.Material.Filled.CallSplit,
        "wait" => Icons.Material.Filled.HourglassTop,
        "delay" => Icons.Material.Filled.Timer,
        "respond" => Icons.Material.Filled.Reply,
        "publish" => Icons.Material.Filled.Campaign,
        "subflow" => Icons.Material.Filled.AccountTree,
        "set" => Icons.Material.Filled.DataObject,
        "fail" => Icons.Material.Filled.ErrorOutline,
        _ => Icons.Material.Filled.HelpOutline,
    };

    public static string StepTitle(string? kind) => kind switch
    {
        "call" => "Call a connector",
        "map" => "Map to canonical",
        "validate" => "Validate against a schema",
        "switch" => "Switch (branches)",
        "foreach" => "For each (loop)",
        "parallel" => "Parallel lanes",
        "wait" => "Wait for an event",
        "delay" => "Delay",
        "respond" => "Respond to the caller",
        "publish" => "Publish an event",
        "subflow" => "Run a subflow",
        "set" => "Set variables",
        "fail" => "Fail with a category",
        _ => kind ?? "step",
    };

    public static string TriggerIcon(string? kind) => kind switch
    {
        "http" => Icons.Material.Filled.Http,
        "schedule" => Icons.Material.Filled.Schedule,
        "event" => Icons.Material.Filled.Bolt,
        "manual" => Icons.Material.Filled.TouchApp,
        _ => Icons.Material.Filled.PlayArrow,
    };
}
