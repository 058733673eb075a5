namespace IntegrationHub.Runtime.Benchmarks;

/// <summary>The benchmark's own flow files, written to a temp folder the hub imports at start-up.</summary>
internal static class BenchmarkFlows
{
    public const string AsyncFlowId = "bench-async";
    public const string HookFlowId = "bench-order";
    public const string HookPath = "bench-order";
    public const string SinkConnection = "bench-sink";

    private const string Call = """
        {
          "id": "post",
          "kind": "call",
          "name": "POST the mapped order to the sink",
          "connection": "sink",
          "operation": "request",
          "input": { "method": "POST", "path": "orders", "body": "=vars.order" }
        }
        """;

    /// <summary>Flow A: manual trigger, three steps (set = map, call = POST to the sink, set = keep the receipt), dispatched through Hangfire.</summary>
    public static string AsyncFlow => $$"""
        {
          "id": "{{AsyncFlowId}}",
          "name": "Benchmark: async 3 steps",
          "trigger": { "kind": "manual" },
          "connections": { "sink": { "connector": "http", "connection": "{{SinkConnection}}" } },
          "steps": [
            { "id": "map", "kind": "set", "vars": {{Orders.FlowMapping}} },
            {{Call}},
            { "id": "receipt", "kind": "set", "vars": { "accepted": "=steps.post.output.body.accepted", "sequence": "=steps.post.output.body.sequence" } }
          ]
        }
        """;

    /// <summary>Flow B: HTTP trigger; map (set), POST to the sink, respond with the sink's answer.</summary>
    public static string HookFlow => $$"""
        {
          "id": "{{HookFlowId}}",
          "name": "Benchmark: HTTP-triggered map and POST",
          "trigger": { "kind": "http", "path": "{{HookPath}}", "syncTimeout": "PT60S" },
          "connections": { "sink": { "connector": "http", "connection": "{{SinkConnection}}" } },
          "steps": [
            { "id": "map", "kind": "set", "vars": {{Orders.FlowMapping}} },
            {{Call}},
            { "id": "answer", "kind": "respond", "status": 200, "body": "=steps.post.output.body" }
          ]
        }
        """;

    public static string WriteFolder(string parent)
    {
        var folder = Directory.CreateDirectory(Path.Combine(parent, "flows")).FullName;
        File.WriteAllText(Path.Combine(folder, AsyncFlowId + ".flow.json"), AsyncFlow);
        File.WriteAllText(Path.Combine(folder, HookFlowId + ".flow.json"), HookFlow);
        return folder;
    }
}
