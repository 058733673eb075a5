using IntegrationHub.Contracts.Designer;

namespace IntegrationHub.Designer.Tests.Fakes;

/// <summary>
/// A small catalog (call, set, switch, foreach, parallel, wait), a syntax check that rejects unbalanced brackets, and
/// a retry schedule answered by <see cref="Schedule"/> (the real formula is the runtime's, tested with it).
/// </summary>
internal sealed class FakeFlowAuthoringService : IFlowAuthoringService
{
    public static readonly AuthoringCatalog Catalog = new(
        [
            Kind("call", Field("connection", FieldKind.Text, true, FieldReferences.Connection), Field("operation", FieldKind.Text, true), Field("input", FieldKind.Value), Field("retryPolicy", FieldKind.Text, false, FieldReferences.RetryPolicy)),
            Kind("set", Field("vars", FieldKind.ValueMap, true)),
            Kind("switch", Field("cases", FieldKind.Cases, true), Field("default", FieldKind.Steps)),
            Kind("foreach", Field("items", FieldKind.Expression, true), Field("steps", FieldKind.Steps, true)),
            Kind("parallel", Field("branches", FieldKind.Branches, true)),
            Kind("wait", Field("event", FieldKind.Text, true), Field("correlationKey", FieldKind.Expression, true), Field("timeout", FieldKind.Duration, true), Field("onTimeout", FieldKind.Steps)),
        ],
        [Kind("manual"), Kind("http", Field("path", FieldKind.Text, true))],
        ["transient", "dataQuality", "partner", "business", "platform"],
        ["order-to-canonical"],
        ["sales-order"],
        ["orders"]);

    public List<RetryPolicyDraft> Requests { get; } = [];

    public Func<RetryPolicyDraft, RetrySchedule> Schedule { get; set; } = _ => new RetrySchedule([], new Dictionary<string, string>());

    public Task<AuthoringCatalog> GetCatalogAsync(CancellationToken cancellationToken = default) => Task.FromResult(Catalog);

    public Task<ExpressionCheck> CheckExpressionAsync(string expression, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ExpressionCheck(expression.Count(c => c == '(') == expression.Count(c => c == ')') ? null : "JavaScript syntax error: unbalanced parentheses", []));

    public Task<RetrySchedule> ComputeRetryScheduleAsync(RetryPolicyDraft policy, CancellationToken cancellationToken = default)
    {
        Requests.Add(policy);
        return Task.FromResult(Schedule(policy));
    }

    private static NodeKindDescriptor Kind(string kind, params FieldDescriptor[] fields) =>
        new(kind, [new FieldDescriptor("id", FieldKind.Identifier, true, null, [], null, null), new FieldDescriptor("name", FieldKind.Text, false, null, [], null, null), .. fields]);

    private static FieldDescriptor Field(string name, FieldKind kind, bool required = false, string? references = null) =>
        new(name, kind, required, null, [], references, null);
}
