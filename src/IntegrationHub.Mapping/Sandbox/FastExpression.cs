using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Acornima;
using Acornima.Ast;
using IntegrationHub.Mapping.Lookups;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace IntegrationHub.Mapping.Sandbox;

/// <summary>
/// A value in the fast path: a JavaScript primitive (engine-free <see cref="JsValue"/>), a JSON object or array of the
/// caller's data (read in place, never converted), or an object literal's properties (only as a helper argument).
/// </summary>
internal readonly struct FastValue
{
    private FastValue(JsValue? primitive, JsonNode? node, KeyValuePair<string, FastValue>[]? literal)
    {
        Primitive = primitive;
        Node = node;
        Literal = literal;
    }

    public static FastValue Undefined { get; } = new(JsValue.Undefined, null, null);

    /// <summary>Set for primitives (undefined, null, booleans, numbers, strings).</summary>
    public JsValue? Primitive { get; }

    /// <summary>Set for JSON objects and arrays of the caller's data.</summary>
    public JsonNode? Node { get; }

    /// <summary>Set for object literals written in the expression.</summary>
    public KeyValuePair<string, FastValue>[]? Literal { get; }

    public static FastValue Of(JsValue primitive) => new(primitive, null, null);

    public static FastValue Of(KeyValuePair<string, FastValue>[] literal) => new(null, null, literal);

    /// <summary>The value the sandbox's JSON bridge would give a JSON node; false when the node is unusual (then the sandbox decides).</summary>
    public static bool TryFrom(JsonNode? node, out FastValue value)
    {
        switch (node)
        {
            case null:
                value = Of(JsValue.Null);
                return true;
            case JsonObject { Options.PropertyNameCaseInsensitive: true }:
                // Read case-insensitively in C#, case-sensitively in script.
                value = default;
                return false;
            case JsonObject or JsonArray:
                value = new FastValue(null, node, null);
                return true;
        }

        var element = (JsonValue)node;
        switch (element.GetValueKind())
        {
            case JsonValueKind.String when element.TryGetValue<string>(out var text):
                value = Of(JsString.Create(text));
                return true;
            case JsonValueKind.Number when JsonBridge.TryReadNumber(element, out var number):
                value = Of(JsNumber.Create(number));
                return true;
            case JsonValueKind.True:
                value = Of(JsBoolean.True);
                return true;
            case JsonValueKind.False:
                value = Of(JsBoolean.False);
                return true;
            case JsonValueKind.Null:
                value = Of(JsValue.Null);
                return true;
            default:
                value = default;
                return false;
        }
    }
}

/// <summary>Thrown inside the fast path when a case is outside what it reproduces exactly; the expression then runs in the sandbox.</summary>
internal sealed class FastPathBailout : Exception
{
    public static readonly FastPathBailout Instance = new();
}

/// <summary>
/// Evaluates the common shape of mapping expressions in C#, without entering the sandbox and without converting the
/// source to script values: literals, the scope's names, property reads, comparison, arithmetic, logic, conditionals,
/// object literals as helper arguments and calls to the pure helpers (<c>Number</c>, <c>String</c>, <c>lookup</c>,
/// <c>convertUnit</c>, <c>addDays</c>, <c>round</c>, <c>toNumber</c>, <c>formatNumber</c>, <c>parseDate</c>,
/// <c>coalesce</c>). It has no loops, calls no script and allocates in proportion to its text, so it needs no limits.
/// <para>
/// It reproduces JavaScript exactly for the cases it accepts, using Jint's own conversions and the helpers' shared
/// bodies (<see cref="HelperFunctions"/>); anything else — an error, an unusual value (a property inherited from
/// <c>Object.prototype</c>, member access on a primitive, an object result, a non-finite number) — makes
/// <see cref="TryEvaluate(FastValue[], Func{string, LookupTable?}, FastScratch, out FastValue)"/> return false and the caller runs the same expression in the sandbox, which gives the
/// answer or the error it always gave.
/// </para>
/// </summary>
internal sealed class FastExpression
{
    private const int MaxDepth = 32;

    /// <summary>Names found on <c>Object.prototype</c> (and so on every object): reading a missing one is not "undefined".</summary>
    private static readonly FrozenSet<string> InheritedNames = FrozenSet.ToFrozenSet(
    [
        "constructor", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
        "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "toString", "valueOf",
    ], StringComparer.Ordinal);

    private readonly Node _root;

    private FastExpression(Node root)
    {
        _root = root;
    }

    /// <summary>Builds the fast form of an expression body, or null when it uses anything outside the fast subset.</summary>
    /// <param name="body">The returned expression of the compiled wrapper function.</param>
    /// <param name="parameters">The scope names, in call order.</param>
    public static FastExpression? TryCreate(Expression body, string[] parameters)
    {
        var root = Build(body, parameters, 0);
        return root is null ? null : new FastExpression(root);
    }

    /// <summary>Evaluates; false when the sandbox must decide (the result is then meaningless).</summary>
    /// <param name="arguments">The scope values in parameter order (only those the expression reads need be set).</param>
    /// <param name="lookups">Lookup tables.</param>
    /// <param name="result">The value.</param>
    public bool TryEvaluate(FastValue[] arguments, Func<string, LookupTable?> lookups, out FastValue result) =>
        TryEvaluate(arguments, lookups, FastScratch.Current, out result);

    /// <summary>Evaluates with the caller's scratch stack (a run fetches its thread's once); false when the sandbox must decide.</summary>
    /// <param name="arguments">The scope values in parameter order.</param>
    /// <param name="lookups">Lookup tables.</param>
    /// <param name="scratch">This thread's scratch stack (<see cref="FastScratch.Current"/>).</param>
    /// <param name="result">The value.</param>
    public bool TryEvaluate(FastValue[] arguments, Func<string, LookupTable?> lookups, FastScratch scratch, out FastValue result)
    {
        var top = scratch.Top;
        try
        {
            result = _root.Evaluate(new Context(arguments, lookups, scratch));
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever went wrong (a bailout, a helper refusing its arguments, an unusual value), the sandbox
            // runs the expression and gives the answer or the error it always gave.
            scratch.Pop(top);
            result = default;
            return false;
        }
    }

    /// <summary>The JSON the sandbox would give for a fast result; false when it would fail or convert an object (the sandbox then decides).</summary>
    public static bool TryToJson(FastValue value, out JsonNode? json)
    {
        json = null;
        var primitive = value.Primitive;
        if (primitive is null)
        {
            return false;
        }

        if (primitive.IsUndefined() || primitive.IsNull())
        {
            return true;
        }

        if (primitive.IsString())
        {
            json = JsonValue.Create(primitive.AsString());
            return true;
        }

        if (primitive.IsBoolean())
        {
            json = JsonValue.Create(primitive.AsBoolean());
            return true;
        }

        if (primitive.IsNumber() && double.IsFinite(primitive.AsNumber()))
        {
            json = JsonBridge.FiniteNumber(primitive.AsNumber());
            return true;
        }

        return false;
    }

    /// <summary>JavaScript truthiness of a fast result.</summary>
    public static bool IsTruthy(FastValue value) => value.Primitive is { } primitive ? TypeConverter.ToBoolean(primitive) : true;

    private readonly record struct Context(FastValue[] Arguments, Func<string, LookupTable?> Lookups, FastScratch Scratch);

    private static Node? Build(Expression expression, string[] parameters, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        Node? Sub(Expression e) => Build(e, parameters, depth + 1);

        switch (expression)
        {
            case StringLiteral s:
                return new Constant(JsString.Create(s.Value));
            case NumericLiteral n:
                return new Constant(JsNumber.Create(n.Value));
            case BooleanLiteral b:
                return new Constant(b.Value ? JsBoolean.True : JsBoolean.False);
            case NullLiteral:
                return new Constant(JsValue.Null);
            case Identifier identifier:
                var index = Array.IndexOf(parameters, identifier.Name);
                return index >= 0 ? new Parameter(index)
                    : identifier.Name switch
                    {
                        "undefined" => new Constant(JsValue.Undefined),
                        "NaN" => new Constant(JsNumber.Create(double.NaN)),
                        "Infinity" => new Constant(JsNumber.Create(double.PositiveInfinity)),
                        _ => null,
                    };
            case ParenthesizedExpression p:
                return Sub(p.Expression);
            case MemberExpression { Optional: false } member:
                {
                    var target = Sub(member.Object);
                    if (target is null)
                    {
                        return null;
                    }

                    if (!member.Computed && member.Property is Identifier name)
                    {
                        return new Member(target, name.Name, -1);
                    }

                    if (member.Computed && member.Property is StringLiteral key)
                    {
                        return new Member(target, key.Value, -1);
                    }

                    if (member.Computed && member.Property is NumericLiteral { Value: >= 0 and <= int.MaxValue } position && position.Value == Math.Floor(position.Value))
                    {
                        return new Member(target, ((int)position.Value).ToString(CultureInfo.InvariantCulture), (int)position.Value);
                    }

                    return null;
                }

            case LogicalExpression logical:
                {
                    var left = Sub(logical.Left);
                    var right = Sub(logical.Right);
                    return left is null || right is null ? null : logical.Operator switch
                    {
                        Operator.LogicalAnd or Operator.LogicalOr or Operator.NullishCoalescing => new Logical(logical.Operator, left, right),
                        _ => null,
                    };
                }

            case BinaryExpression binary:
                {
                    var left = Sub(binary.Left);
                    var right = Sub(binary.Right);
                    return left is null || right is null ? null : binary.Operator switch
                    {
                        Operator.StrictEquality or Operator.StrictInequality or Operator.Equality or Operator.Inequality
                            or Operator.LessThan or Operator.LessThanOrEqual or Operator.GreaterThan or Operator.GreaterThanOrEqual
                            or Operator.Addition or Operator.Subtraction or Operator.Multiplication or Operator.Division or Operator.Remainder
                            => new Binary(binary.Operator, left, right),
                        _ => null,
                    };
                }

            case UnaryExpression unary:
                {
                    var argument = Sub(unary.Argument);
                    return argument is null ? null : unary.Operator switch
                    {
                        Operator.LogicalNot or Operator.UnaryNegation or Operator.UnaryPlus or Operator.TypeOf => new Unary(unary.Operator, argument),
                        _ => null,
                    };
                }

            case ConditionalExpression conditional:
                {
                    var test = Sub(conditional.Test);
                    var consequent = Sub(conditional.Consequent);
                    var alternate = Sub(conditional.Alternate);
                    return test is null || consequent is null || alternate is null ? null : new Conditional(test, consequent, alternate);
                }

            case ObjectExpression obj:
                {
                    var names = new string[obj.Properties.Count];
                    var values = new Node[obj.Properties.Count];
                    for (var i = 0; i < names.Length; i++)
                    {
                        if (obj.Properties[i] is not ObjectProperty { Computed: false, Method: false, Kind: PropertyKind.Init, Value: Expression value } property)
                        {
                            return null;
                        }

                        var key = property.Key switch
                        {
                            Identifier id => id.Name,
                            StringLiteral s => s.Value,
                            _ => null,
                        };

                        // '__proto__: x' sets the prototype rather than a property.
                        if (key is null or "__proto__" || Sub(value) is not { } built)
                        {
                            return null;
                        }

                        names[i] = key;
                        values[i] = built;
                    }

                    return new ObjectLiteral(names, values);
                }

            case CallExpression { Optional: false, Callee: Identifier callee } call when Array.IndexOf(parameters, callee.Name) < 0 && Call.Supports(callee.Name):
                {
                    var arguments = new Node[call.Arguments.Count];
                    for (var i = 0; i < arguments.Length; i++)
                    {
                        if (call.Arguments[i] is not Expression argument || argument is SpreadElement || Sub(argument) is not { } built)
                        {
                            return null;
                        }

                        arguments[i] = built;
                    }

                    return new Call(callee.Name, arguments);
                }

            default:
                return null;
        }
    }

    private static JsValue Primitive(FastValue value) => value.Primitive ?? throw FastPathBailout.Instance;

    private abstract class Node
    {
        public abstract FastValue Evaluate(Context context);
    }

    private sealed class Constant(JsValue value) : Node
    {
        private readonly FastValue _value = FastValue.Of(value);

        public override FastValue Evaluate(Context context) => _value;
    }

    private sealed class Parameter(int index) : Node
    {
        public override FastValue Evaluate(Context context) => context.Arguments[index];
    }

    private sealed class Member(Node target, string name, int index) : Node
    {
        public override FastValue Evaluate(Context context)
        {
            var value = target.Evaluate(context);
            switch (value.Node)
            {
                case JsonObject obj:
                    if (obj.TryGetPropertyValue(name, out var child))
                    {
                        return FastValue.TryFrom(child, out var read) ? read : throw FastPathBailout.Instance;
                    }

                    return InheritedNames.Contains(name) ? throw FastPathBailout.Instance : FastValue.Undefined;
                case JsonArray array:
                    if (index >= 0)
                    {
                        return index < array.Count
                            ? FastValue.TryFrom(array[index], out var item) ? item : throw FastPathBailout.Instance
                            : FastValue.Undefined;
                    }

                    return name == "length" ? FastValue.Of(JsNumber.Create(array.Count)) : throw FastPathBailout.Instance;
            }

            if (value.Primitive is { } primitive && primitive.IsString() && name == "length")
            {
                return FastValue.Of(JsNumber.Create(primitive.AsString().Length));
            }

            // Null/undefined (a TypeError), other properties of primitives, members of object literals.
            throw FastPathBailout.Instance;
        }
    }

    private sealed class Logical(Operator op, Node left, Node right) : Node
    {
        public override FastValue Evaluate(Context context)
        {
            var value = left.Evaluate(context);
            return op switch
            {
                Operator.LogicalAnd => IsTruthy(value) ? right.Evaluate(context) : value,
                Operator.LogicalOr => IsTruthy(value) ? value : right.Evaluate(context),
                _ => value.Primitive is { } p && (p.IsNull() || p.IsUndefined()) ? right.Evaluate(context) : value,
            };
        }
    }

    private sealed class Conditional(Node test, Node consequent, Node alternate) : Node
    {
        public override FastValue Evaluate(Context context) =>
            IsTruthy(test.Evaluate(context)) ? consequent.Evaluate(context) : alternate.Evaluate(context);
    }

    private sealed class Unary(Operator op, Node argument) : Node
    {
        public override FastValue Evaluate(Context context)
        {
            var value = argument.Evaluate(context);
            if (op == Operator.LogicalNot)
            {
                return FastValue.Of(IsTruthy(value) ? JsBoolean.False : JsBoolean.True);
            }

            if (op == Operator.TypeOf)
            {
                var type = value.Primitive switch
                {
                    null => "object",
                    var p when p.IsUndefined() => "undefined",
                    var p when p.IsNull() => "object",
                    var p when p.IsBoolean() => "boolean",
                    var p when p.IsNumber() => "number",
                    var p when p.IsString() => "string",
                    _ => throw FastPathBailout.Instance,
                };
                return FastValue.Of(JsString.Create(type));
            }

            var number = ToNumber(Primitive(value));
            return FastValue.Of(JsNumber.Create(op == Operator.UnaryNegation ? -number : number));
        }
    }

    private sealed class Binary(Operator op, Node left, Node right) : Node
    {
        public override FastValue Evaluate(Context context)
        {
            // Objects on either side mean identity or ToPrimitive: the sandbox decides.
            var a = Primitive(left.Evaluate(context));
            var b = Primitive(right.Evaluate(context));
            return FastValue.Of(op switch
            {
                Operator.StrictEquality => Bool(StrictEquals(a, b)),
                Operator.StrictInequality => Bool(!StrictEquals(a, b)),
                Operator.Equality => Bool(LooseEquals(a, b)),
                Operator.Inequality => Bool(!LooseEquals(a, b)),
                Operator.LessThan => Compare(a, b, (x, y) => x < y, c => c < 0),
                Operator.LessThanOrEqual => Compare(a, b, (x, y) => x <= y, c => c <= 0),
                Operator.GreaterThan => Compare(a, b, (x, y) => x > y, c => c > 0),
                Operator.GreaterThanOrEqual => Compare(a, b, (x, y) => x >= y, c => c >= 0),
                Operator.Addition => Add(a, b),
                Operator.Subtraction => JsNumber.Create(ToNumber(a) - ToNumber(b)),
                Operator.Multiplication => JsNumber.Create(ToNumber(a) * ToNumber(b)),
                Operator.Division => JsNumber.Create(ToNumber(a) / ToNumber(b)),
                _ => JsNumber.Create(ToNumber(a) % ToNumber(b)),
            });
        }

        private static JsBoolean Bool(bool value) => value ? JsBoolean.True : JsBoolean.False;

        private static bool StrictEquals(JsValue a, JsValue b)
        {
            if (a.IsNumber() && b.IsNumber())
            {
                return a.AsNumber() == b.AsNumber();
            }

            if (a.IsString() && b.IsString())
            {
                return string.Equals(a.AsString(), b.AsString(), StringComparison.Ordinal);
            }

            if (a.IsBoolean() && b.IsBoolean())
            {
                return a.AsBoolean() == b.AsBoolean();
            }

            return (a.IsNull() && b.IsNull()) || (a.IsUndefined() && b.IsUndefined());
        }

        private static bool LooseEquals(JsValue a, JsValue b)
        {
            var aNullish = a.IsNull() || a.IsUndefined();
            var bNullish = b.IsNull() || b.IsUndefined();
            if (aNullish || bNullish)
            {
                return aNullish && bNullish;
            }

            // Same types compare strictly; otherwise primitives compare as numbers (booleans and strings included).
            return a.Type == b.Type ? StrictEquals(a, b) : ToNumber(a) == ToNumber(b);
        }

        private static JsBoolean Compare(JsValue a, JsValue b, Func<double, double, bool> numbers, Func<int, bool> strings) =>
            Bool(a.IsString() && b.IsString()
                ? strings(string.CompareOrdinal(a.AsString(), b.AsString()))
                : numbers(ToNumber(a), ToNumber(b)));

        private static JsValue Add(JsValue a, JsValue b)
        {
            if (a.IsNumber() && b.IsNumber())
            {
                return JsNumber.Create(a.AsNumber() + b.AsNumber());
            }

            if (a.IsString() || b.IsString())
            {
                return JsString.Create(string.Concat(TypeConverter.ToString(a), TypeConverter.ToString(b)));
            }

            return JsNumber.Create(ToNumber(a) + ToNumber(b));
        }
    }

    private static double ToNumber(JsValue primitive) => TypeConverter.ToNumber(primitive);

    private sealed class ObjectLiteral : Node
    {
        private readonly string[] _keys;
        private readonly int[] _slots;
        private readonly Node[] _values;

        public ObjectLiteral(string[] names, Node[] values)
        {
            // Later duplicates win, as in JavaScript, and the first position is kept: settle the slots once, here.
            var keys = new List<string>(names.Length);
            _slots = new int[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                var slot = keys.IndexOf(names[i]);
                if (slot < 0)
                {
                    slot = keys.Count;
                    keys.Add(names[i]);
                }

                _slots[i] = slot;
            }

            _keys = [.. keys];
            _values = values;
        }

        public override FastValue Evaluate(Context context)
        {
            var properties = new KeyValuePair<string, FastValue>[_keys.Length];
            for (var i = 0; i < _values.Length; i++)
            {
                var slot = _slots[i];
                properties[slot] = new(_keys[slot], _values[i].Evaluate(context));
            }

            return FastValue.Of(properties);
        }
    }

    private sealed class Call(string name, Node[] arguments) : Node
    {
        public static bool Supports(string name) => name is "Number" or "String" or "lookup" or "convertUnit" or "addDays"
            or "round" or "toNumber" or "formatNumber" or "parseDate" or "coalesce";

        public override FastValue Evaluate(Context context)
        {
            var scratch = context.Scratch;
            var start = scratch.Push(arguments.Length);
            for (var i = 0; i < arguments.Length; i++)
            {
                // Items is read again for every argument: a nested call may have grown it.
                var value = arguments[i].Evaluate(context);
                scratch.Items[start + i] = value;
            }

            var result = Apply(context, new ReadOnlySpan<FastValue>(scratch.Items, start, arguments.Length));
            scratch.Pop(start);
            return result;
        }

        private FastValue Apply(Context context, ReadOnlySpan<FastValue> values)
        {
            switch (name)
            {
                case "coalesce":
                    foreach (var v in values)
                    {
                        // Objects are neither undefined, null nor ''.
                        if (v.Primitive is not { } p || !(p.IsUndefined() || p.IsNull() || (p.IsString() && p.AsString().Length == 0)))
                        {
                            return v;
                        }
                    }

                    return FastValue.Of(JsValue.Null);
                case "convertUnit":
                    {
                        var conversions = values.Length > 3 ? values[3] : FastValue.Undefined;
                        var converted = HelperFunctions.ConvertUnit(
                            context.Lookups, Arg(values, 0), Arg(values, 1), Arg(values, 2), conversions, OwnFactor);
                        return FastValue.Of(converted is { } number ? JsNumber.Create(number) : JsValue.Null);
                    }

                case "lookup":
                    {
                        var key = Arg(values, 1);
                        return HelperFunctions.Lookup(context.Lookups, Arg(values, 0), key, values.Length > 2, out var node) switch
                        {
                            LookupOutcome.Null => FastValue.Of(JsValue.Null),
                            LookupOutcome.Fallback => values[2],
                            LookupOutcome.PassThrough => FastValue.Of(key),
                            _ => FastValue.TryFrom(node, out var found) && found.Primitive is not null ? found : throw FastPathBailout.Instance,
                        };
                    }

                case "addDays":
                    {
                        var value = Arg(values, 0);
                        if (value.IsNull() || value.IsUndefined())
                        {
                            return FastValue.Of(JsValue.Null);
                        }

                        var (instant, hasTime) = HelperFunctions.ReadDate(TypeConverter.ToString(value), "addDays");
                        return FastValue.Of(JsString.Create(HelperFunctions.AddDays(instant, hasTime, Arg(values, 1))));
                    }
            }

            // Every argument must be a primitive, even the ones a helper ignores: the sandbox would convert an object.
            foreach (var value in values)
            {
                _ = Primitive(value);
            }

            return FastValue.Of(name switch
            {
                "Number" => values.Length == 0 ? JsNumber.Create(0) : JsNumber.Create(ToNumber(Arg(values, 0))),
                "String" => values.Length == 0 ? JsString.Empty : JsString.Create(TypeConverter.ToString(Arg(values, 0))),
                "round" => HelperFunctions.Round(Primitives(values)),
                "toNumber" => HelperFunctions.ToNumber(Arg(values, 0)),
                "formatNumber" => HelperFunctions.FormatNumber(Primitives(values)),
                _ => HelperFunctions.ParseDate(Arg(values, 0), Arg(values, 1)),
            });
        }

        /// <summary>Helper arguments must be primitives: objects would be converted (ToString, ToPrimitive) by the sandbox.</summary>
        private static JsValue Arg(ReadOnlySpan<FastValue> values, int index) => index < values.Length ? Primitive(values[index]) : JsValue.Undefined;

        private static JsValue[] Primitives(ReadOnlySpan<FastValue> values)
        {
            var primitives = new JsValue[values.Length];
            for (var i = 0; i < primitives.Length; i++)
            {
                primitives[i] = Primitive(values[i]);
            }

            return primitives;
        }

        /// <summary>Mirrors the sandbox's reading of convertUnit's conversions argument (object or array of {uom, factor}).</summary>
        private static JsValue? OwnFactor(FastValue conversions, string unit)
        {
            if (conversions.Literal is { } literal)
            {
                foreach (var (key, value) in literal)
                {
                    if (key == unit)
                    {
                        return value.Primitive is { } p ? (p.IsUndefined() || p.IsNull() ? null : p) : throw FastPathBailout.Instance;
                    }
                }

                return InheritedNames.Contains(unit) ? throw FastPathBailout.Instance : null;
            }

            switch (conversions.Node)
            {
                case JsonObject obj:
                    if (obj.TryGetPropertyValue(unit, out var child))
                    {
                        return FastValue.TryFrom(child, out var own) && own.Primitive is { } p
                            ? (p.IsUndefined() || p.IsNull() ? null : p)
                            : throw FastPathBailout.Instance;
                    }

                    return InheritedNames.Contains(unit) ? throw FastPathBailout.Instance : null;
                case JsonArray array:
                    foreach (var element in array)
                    {
                        if (element is JsonArray)
                        {
                            throw FastPathBailout.Instance;
                        }

                        if (element is JsonObject entry && entry.TryGetPropertyValue("uom", out var uom)
                            && FastValue.TryFrom(uom, out var uomValue) && uomValue.Primitive is { } u && u.IsString() && u.AsString() == unit)
                        {
                            if (!entry.TryGetPropertyValue("factor", out var factor))
                            {
                                return JsValue.Undefined;
                            }

                            return FastValue.TryFrom(factor, out var factorValue) && factorValue.Primitive is { } f ? f : throw FastPathBailout.Instance;
                        }
                    }

                    return null;
            }

            // Primitives: the sandbox looks at objects and arrays only.
            return null;
        }
    }
}
