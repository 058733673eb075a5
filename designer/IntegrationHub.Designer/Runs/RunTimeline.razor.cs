using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Designer.Shell;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Runs;

/// <summary>
/// Every attempt of every step of a run, in order, written so that someone who did not build the flow can follow it:
/// what ran, how long it took, what failed and why (in words and by category), with its input and output at hand.
/// </summary>
public partial class RunTimeline
{
    private IReadOnlyList<(int Number, IReadOnlyList<StepRecordDto> Steps)> _generations = [];

    /// <summary>Gets or sets every attempt of every step, all generations, in journal order.</summary>
    [Parameter]
    public IReadOnlyList<StepRecordDto> Timeline { get; set; } = [];

    /// <summary>Gets or sets the run's current generation (earlier ones were restarted and are history).</summary>
    [Parameter]
    public int CurrentGeneration { get; set; } = 1;

    /// <summary>Gets or sets the failed step's path of a failed run; its last attempt opens with its input shown.</summary>
    [Parameter]
    public string? FailedStep { get; set; }

    private IReadOnlyList<(int Number, IReadOnlyList<StepRecordDto> Steps)> Generations => _generations;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        // The current generation first: it is what the operator acts on; history follows.
        _generations = [.. Timeline
            .GroupBy(s => s.Generation)
            .OrderByDescending(g => g.Key == CurrentGeneration)
            .ThenByDescending(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyList<StepRecordDto>)[.. g]))];
    }

    private bool IsFailedAttempt(StepRecordDto step) =>
        step.Status == "failed" && step.Generation == CurrentGeneration && step.StepPath == FailedStep
        && step.Attempt == Timeline.Where(s => s.Generation == step.Generation && s.StepPath == step.StepPath).Max(s => s.Attempt);

    private static string DataTitle(StepRecordDto step) => step.Output is null ? "Input" : "Input and output";

    private static string Sentence(StepRecordDto step) => step.Status switch
    {
        "succeeded" => $"Succeeded in {Formats.Milliseconds(step.DurationMs)}.",
        "failed" => $"Failed after {Formats.Milliseconds(step.DurationMs)}: {RunVisuals.CategoryText(step.ErrorCategory).ToLowerInvariant()}.",
        "running" => "Started; no result recorded yet.",
        "waiting" => "Waiting for an event, a timer or a subflow.",
        "skipped" when step.Input is JsonObject o && o["skippedByOperator"] is JsonValue v && v.TryGetValue<bool>(out var byOperator) && byOperator => "Skipped by an operator, who supplied its output.",
        "skipped" => "Not executed: its condition was false.",
        _ => step.Status,
    };
}
