using System.Globalization;
using IntegrationHub.Mapping.Lookups;
using Jint;
using Jint.Constraints;
using Jint.Native;

namespace IntegrationHub.Mapping.Sandbox;

/// <summary>
/// One Jint engine configured as the sandbox: strict mode, no CLR access, no string compilation (eval/Function),
/// statement / memory / recursion / array / regex limits, a deadline per host operation, a frozen realm.
/// Not thread-safe: one caller at a time, through <see cref="SandboxEnginePool"/>.
/// </summary>
internal sealed class SandboxEngine : IDisposable
{
    private const int MaxCachedFunctions = 4096;

    private readonly Engine _engine;
    private readonly OperationDeadlineConstraint _deadline = new();
    private readonly Dictionary<CompiledExpression, JsValue> _functions = new(ReferenceEqualityComparer.Instance);

    public SandboxEngine(MappingOptions options, TimeProvider timeProvider)
    {
        _engine = new Engine(o =>
        {
            o.Strict = true;
            o.Culture = CultureInfo.InvariantCulture;
            o.TimeZone = TimeZoneInfo.Utc;
            o.TimeSystem = new ProviderTimeSystem(timeProvider);
            o.Host.StringCompilationAllowed = false;
            o.Interop.Enabled = false;
            o.Interop.AllowGetType = false;
            o.Interop.AllowSystemReflection = false;
            o.Constraints.MaxArraySize = (uint)options.MaxArraySize;
            o.Constraints.RegexTimeout = options.RegexTimeout;
            o.Json.MaxParseDepth = 64;
            o.MaxStatements(options.MaxStatements)
                .LimitMemory(options.MemoryLimit)
                .LimitRecursion(options.MaxRecursionDepth)
                .Constraint(_deadline);
        });

        // The prelude walks the whole realm to freeze it: that is host set-up, not an expression, so it runs
        // outside the statement budget that a small MaxStatements setting would otherwise exhaust.
        var statements = _engine.Constraints.Find<MaxStatementsConstraint>();
        var budget = statements?.MaxStatements ?? 0;
        if (statements is not null)
        {
            statements.MaxStatements = int.MaxValue - 1;
        }

        try
        {
            var helpers = new HostHelpers(_engine, this, timeProvider);
            var prelude = _engine.Evaluate(SandboxPrelude.Script);
            _engine.Call(prelude, JsValue.Undefined, [JsNumber.Create(options.MaxStringLength), helpers.CreateHostObject()]);
        }
        finally
        {
            if (statements is not null)
            {
                statements.MaxStatements = budget;
            }
        }
    }

    public Engine Engine => _engine;

    /// <summary>Resolves lookup tables for <c>lookup()</c> and <c>convertUnit()</c> during the current operation.</summary>
    public Func<string, LookupTable?>? Lookups { get; set; }

    /// <summary>Set when a limit was hit: the engine is then dropped rather than pooled.</summary>
    public bool Poisoned { get; set; }

    public LookupTable? FindLookup(string id) => Lookups?.Invoke(id);

    public void Begin(TimeSpan budget, CancellationToken ct) => _deadline.Begin(budget, ct);

    public void End()
    {
        _deadline.End();
        Lookups = null;
    }

    public void Dispose() => _engine.Dispose();

    /// <summary>Calls a compiled expression with already converted arguments.</summary>
    public JsValue Call(CompiledExpression expression, JsValue[] arguments)
    {
        if (!_functions.TryGetValue(expression, out var function))
        {
            if (_functions.Count >= MaxCachedFunctions)
            {
                _functions.Clear();
            }

            function = _engine.Evaluate(expression.Prepared);
            _functions[expression] = function;
        }

        return _engine.Call(function, JsValue.Undefined, arguments);
    }
}
