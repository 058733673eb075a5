using IntegrationHub.Flows.Model;
using IntegrationHub.Flows.Validation;

namespace IntegrationHub.Flows.Tests.Validation;

public class FlowValidatorTests
{
    private const string ValidFlow = """
        {
          "id": "order-intake",
          "name": "Order intake",
          "trigger": { "kind": "http", "path": "orders", "idempotencyKey": "=input.orderNumber" },
          "businessKeys": { "orderNumber": "=input.orderNumber" },
          "connections": { "erp": { "connector": "sandbox" } },
          "retryPolicies": { "erp": { "maxAttempts": 5, "initialDelay": "PT2S", "maxDelay": "PT1M" } },
          "defaultRetryPolicy": "erp",
          "steps": [
            { "id": "check", "kind": "validate", "schema": "sales-order" },
            { "id": "create", "kind": "call", "connection": "erp", "operation": "createSalesOrder", "input": { "order": "=input", "note": "literal" } },
            { "id": "route", "kind": "switch", "cases": [
                { "when": "=steps.create.output.status === 'backordered'", "steps": [
                    { "id": "tellBackorder", "kind": "publish", "event": "order.backordered", "payload": "=steps.create.output" } ] } ],
              "default": [ { "id": "answer", "kind": "respond", "status": 200, "body": { "orderId": "=steps.create.output.orderId" } } ] },
            { "id": "lines", "kind": "foreach", "items": "=input.lines", "as": "line", "steps": [
                { "id": "release", "kind": "call", "connection": "erp", "operation": "releaseLine", "input": "=vars.line" } ] },
            { "id": "ack", "kind": "wait", "event": "wms.released", "correlationKey": "=steps.create.output.orderId", "timeout": "PT1H",
              "onTimeout": [ { "id": "late", "kind": "fail", "category": "business", "message": "warehouse did not release" } ] }
          ]
        }
        """;

    [Fact]
    public void Validate_ValidFlow_HasNoErrorsAndReadsModel()
    {
        var result = FlowValidator.Validate(ValidFlow, new FlowValidationContext { Schemas = new HashSet<string> { "sales-order" } });

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var flow = result.Definition!;
        Assert.Equal("order-intake", flow.Id);
        var trigger = Assert.IsType<HttpTrigger>(Assert.Single(flow.Triggers));
        Assert.Equal("orders", trigger.Path);
        Assert.Equal(TimeSpan.FromSeconds(10), trigger.SyncTimeout);
        Assert.Equal(["check", "create", "route", "tellBackorder", "answer", "lines", "release", "ack", "late"], flow.AllSteps().Select(s => s.Id));
        Assert.Equal("$.steps[2].cases[0].steps[0]", flow.FindStep("tellBackorder")!.JsonPath);
        var create = Assert.IsType<CallStep>(flow.FindStep("create"));
        Assert.Equal(5, flow.RetryPolicyFor(create).MaxAttempts);
    }

    [Fact]
    public void Validate_InvalidJson_ReportsLineAndPosition()
    {
        var result = FlowValidator.Validate("{ \"id\": \"x\",\n  \"name\": }", new FlowValidationContext { File = "bad.flow.json" });

        var error = Assert.Single(result.Errors);
        Assert.Equal(FlowValidationCodes.InvalidJson, error.Code);
        Assert.Equal("bad.flow.json", error.File);
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void Validate_SchemaErrors_ReportsEachWithPathAtItsStepKind()
    {
        var json = """
            {
              "id": "9bad",
              "name": "x",
              "trigger": { "kind": "manual" },
              "unexpected": true,
              "steps": [
                { "id": "a", "kind": "call", "operation": "op" },
                { "id": "b", "kind": "teleport" },
                { "id": "c", "kind": "delay", "duration": "5 minutes" }
              ]
            }
            """;

        var errors = FlowValidator.Validate(json).Errors;

        Assert.Contains(errors, e => e.Path == "$.id" && e.Code == FlowValidationCodes.Schema);
        Assert.Contains(errors, e => e.Path == "$.unexpected" && e.Message.Contains("not a known property"));
        Assert.Contains(errors, e => e.Path == "$.steps[0].connection" && e.Message.Contains("'connection' is required"));
        Assert.True(errors.Any(e => e.Path == "$.steps[1].kind" && e.Message.Contains("must be one of")), string.Join("\n", errors));
        Assert.Contains(errors, e => e.Path == "$.steps[2].duration" && e.Message.Contains("ISO 8601"));
    }

    [Fact]
    public void Validate_ManyProblems_ReportsEveryErrorKindTogether()
    {
        var json = """
            {
              "id": "po-sync",
              "name": "PO sync",
              "trigger": [ { "kind": "schedule", "cron": "every monday", "timeZone": "Mars/Olympus" }, { "kind": "http", "path": "po" }, { "kind": "http", "path": "po" } ],
              "connections": { "erp": { "connector": "tryton" } },
              "retryPolicies": { "slow": { "maxAttempts": 3, "initialDelay": "PT10M", "maxDelay": "PT1M" } },
              "defaultRetryPolicy": "missing",
              "steps": [
                { "id": "load", "kind": "call", "connection": "wms", "operation": "list", "retryPolicy": "nope" },
                { "id": "load", "kind": "map", "mapping": "po-to-850", "source": "=steps.load.output.items[" },
                { "id": "send", "kind": "set", "vars": { "x": "=steps.ghost.output" } },
                { "id": "child", "kind": "subflow", "flow": "po-sync" },
                { "id": "wait1", "kind": "delay" },
                { "id": "check", "kind": "validate", "schema": "unknown-schema" },
                { "id": "loop", "kind": "foreach", "items": "=input.lines", "steps": [ { "id": "r", "kind": "respond", "status": 200 } ] }
              ]
            }
            """;
        var context = new FlowValidationContext
        {
            File = "po-sync.flow.json",
            Mappings = new HashSet<string> { "purchase-order-to-x12-850" },
            Schemas = new HashSet<string> { "purchase-order" },
        };

        var errors = FlowValidator.Validate(json, context).Errors;

        Assert.All(errors, e => Assert.Equal("po-sync.flow.json", e.File));
        Assert.Contains(errors, e => e.Code == FlowValidationCodes.Trigger && e.Path == "$.trigger[0].cron");
        Assert.Contains(errors, e => e.Code == FlowValidationCodes.Trigger && e.Path == "$.trigger[0].timeZone");
        Assert.Contains(errors, e => e.Code == FlowValidationCodes.Trigger && e.Path == "$.trigger[2].path");
        Assert.Contains(errors, e => e.Code == FlowValidationCodes.RetryPolicy && e.Path == "$.retryPolicies.slow.initialDelay");
        Assert.Contains(errors, e => e.Code == FlowValidationCodes.UnknownRetryPolicy && e.Path == "$.defaultRetryPolicy");
        Assert.Contains(errors, e => e.Code == FlowValidationCodes.UnknownRetryPolicy && e.Path == "$.steps[0].retryPolicy");
        Assert.Contains(errors, e => e.Code == FlowValidationCodes.UnknownConnection && e.Path == "$.steps[0].connection" && e.Message.Contains("known: erp"));
        Assert.Contains(errors, e => e.Code == FlowValidationCodes.DuplicateStepId && e.Path == "$.steps[1].id");
        Assert.Contains(errors, e => e.Code == FlowValidationCodes.UnknownMapping && e.Path == "$.steps[1].mapping");
        Assert.Contains(errors, e => e.Code == FlowValidationCodes.ExpressionSyntax && e.Path == "$.steps[1].source");
        Assert.Contains(errors, e => e.Code == FlowValidationCodes.UnknownStep && e.Path == "$.steps[2].vars.x" && e.Message.Contains("ghost"));
        Assert.Contains(errors, e => e.Code == FlowValidationCodes.UnknownFlow && e.Path == "$.steps[3].flow");
        Assert.Contains(errors, e => e.Code == FlowValidationCodes.StepRule && e.Path == "$.steps[4]");
        Assert.Contains(errors, e => e.Code == FlowValidationCodes.UnknownSchema && e.Path == "$.steps[5].schema");
        Assert.Contains(errors, e => e.Code == FlowValidationCodes.StepRule && e.Path == "$.steps[6].steps[0]");
    }

    [Fact]
    public void Validate_RespondWithoutHttpTrigger_IsATriggerError()
    {
        var json = """
            { "id": "f", "name": "f", "trigger": { "kind": "event", "event": "order.accepted" },
              "steps": [ { "id": "r", "kind": "respond", "status": 200 } ] }
            """;

        var error = Assert.Single(FlowValidator.Validate(json).Errors);

        Assert.Equal(FlowValidationCodes.Trigger, error.Code);
        Assert.Equal("$.steps[0]", error.Path);
    }

    [Fact]
    public void Validate_LiteralStartingWithDoubleEquals_IsNotAnExpression()
    {
        var json = """
            { "id": "f", "name": "f", "trigger": { "kind": "manual" },
              "steps": [ { "id": "s", "kind": "set", "vars": { "formula": "==1+(" } } ] }
            """;

        Assert.True(FlowValidator.Validate(json).IsValid);
    }

    [Fact]
    public void Parse_InvalidFlow_ThrowsWithEveryError()
    {
        var json = """{ "id": "f", "name": "f", "trigger": { "kind": "manual" }, "steps": [ { "id": "a", "kind": "set", "vars": {} }, { "id": "a", "kind": "fail", "category": "oops", "message": "m" } ] }""";

        var ex = Assert.Throws<FlowValidationException>(() => FlowValidator.Parse(json));

        Assert.True(ex.Errors.Count >= 3, string.Join("\n", ex.Errors));
        Assert.Contains("$.steps[1].id", ex.Message);
    }
}
