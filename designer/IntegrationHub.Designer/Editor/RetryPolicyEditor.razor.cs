using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Designer.Shell;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Editor;

/// <summary>
/// One named retry policy: attempts, backoff, delays, jitter and the retried error categories, with the schedule
/// the runtime will follow (computed by the hub with the runtime's own formula) updated on every change.
/// </summary>
public partial class RetryPolicyEditor
{
    private RetrySchedule? _schedule;

    /// <summary>Gets or sets the policy object (an entry of the flow's <c>retryPolicies</c>), edited in place.</summary>
    [Parameter]
    [EditorRequired]
    public JsonObject Policy { get; set; } = default!;

    /// <summary>Gets or sets the policy's name.</summary>
    [Parameter]
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the error categories that can be chosen.</summary>
    [Parameter]
    public IReadOnlyList<string> Categories { get; set; } = ["transient", "dataQuality", "partner", "business", "platform"];

    /// <summary>Gets or sets whether editing is off.</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    /// <summary>Gets or sets what happens after a change.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private IFlowAuthoringService Authoring { get; set; } = default!;

    private int MaxAttempts => JsonFields.Integer(Policy, "maxAttempts") ?? 1;

    private string Backoff => JsonFields.Text(Policy, "backoff") ?? "exponential";

    private double? Multiplier => Policy["multiplier"] is JsonValue v && v.TryGetValue<double>(out var m) ? m : null;

    private bool Jitter => JsonFields.Boolean(Policy, "jitter") ?? true;

    private IReadOnlyList<string> RetryOn => Policy["retryOn"] is JsonArray list ? [.. list.Select(n => (string?)n).OfType<string>()] : ["transient"];

    private string Summary
    {
        get
        {
            var last = _schedule!.Delays[^1];
            return $"{MaxAttempts} attempts; the last one starts {Formats.Duration(last.Elapsed)} after the first failure"
                + (Jitter ? $" (between {Formats.Duration(TimeSpan.FromTicks(_schedule.Delays.Sum(d => d.Earliest.Ticks)))} and {Formats.Duration(TimeSpan.FromTicks(_schedule.Delays.Sum(d => d.Latest.Ticks)))} with jitter)." : ".");
        }
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync() => await RecomputeAsync();

    /// <summary>Builds what the hub needs to compute the schedule from the policy as written.</summary>
    internal RetryPolicyDraft ToDraft() => new(
        MaxAttempts,
        Backoff,
        JsonFields.Text(Policy, "initialDelay"),
        JsonFields.Text(Policy, "maxDelay"),
        Multiplier,
        Jitter,
        JsonFields.Text(Policy, "attemptTimeout"),
        RetryOn);

    private bool Has(string field) => _schedule?.Problems.ContainsKey(field) == true;

    private string? Problem(string field) => _schedule?.Problems.GetValueOrDefault(field);

    private string TickStyle(RetryDelay delay)
    {
        var total = _schedule!.Delays[^1].Elapsed.TotalMilliseconds;
        var percent = total <= 0 ? 100 : delay.Elapsed.TotalMilliseconds / total * 100;
        return $"left: {percent.ToString("0.##", CultureInfo.InvariantCulture)}%";
    }

    private async Task RecomputeAsync()
    {
        try
        {
            _schedule = await Authoring.ComputeRetryScheduleAsync(ToDraft());
        }
        catch (DesignerException e)
        {
            _schedule = new RetrySchedule([], new Dictionary<string, string> { ["maxAttempts"] = e.Message });
        }
    }

    private async Task ChangedAsync()
    {
        await RecomputeAsync();
        await OnChanged.InvokeAsync();
    }

    private async Task SetMaxAttemptsAsync(int value)
    {
        Policy["maxAttempts"] = value;
        await ChangedAsync();
    }

    private async Task SetBackoffAsync(string value)
    {
        Policy["backoff"] = value;
        if (value == "fixed")
        {
            Policy.Remove("multiplier");
        }

        await ChangedAsync();
    }

    private async Task SetMultiplierAsync(double? value)
    {
        if (value is { } m)
        {
            Policy["multiplier"] = m;
        }
        else
        {
            Policy.Remove("multiplier");
        }

        await ChangedAsync();
    }

    private async Task SetJitterAsync(bool value)
    {
        Policy["jitter"] = value;
        await ChangedAsync();
    }

    private async Task SetDurationAsync(string field, string? value)
    {
        JsonFields.SetText(Policy, field, value?.Trim(), keepEmpty: false);
        await ChangedAsync();
    }

    private async Task SetCategoryAsync(string category, bool on)
    {
        var categories = RetryOn.Where(c => c != category).ToList();
        if (on)
        {
            categories.Add(category);
        }

        Policy["retryOn"] = new JsonArray([.. Categories.Where(categories.Contains).Select(c => (JsonNode)JsonValue.Create(c)!)]);
        await ChangedAsync();
    }
}
