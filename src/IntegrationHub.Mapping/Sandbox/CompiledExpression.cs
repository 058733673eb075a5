using Acornima.Ast;
using Jint;

namespace IntegrationHub.Mapping.Sandbox;

/// <summary>
/// One expression prepared once: the body wrapped in a strict function whose parameters are the scope names.
/// Engine-independent and thread-safe; each pooled engine instantiates the function once and caches it.
/// </summary>
internal sealed class CompiledExpression(string text, Prepared<Script> prepared, string[] parameters, bool[] used, FastExpression? fast = null)
{
    /// <summary>The expression as written, including the leading '='.</summary>
    public string Text { get; } = text;

    public Prepared<Script> Prepared { get; } = prepared;

    /// <summary>Parameter names, in call order.</summary>
    public string[] Parameters { get; } = parameters;

    /// <summary>Whether the body mentions each parameter; unmentioned ones are passed as undefined without conversion.</summary>
    public bool[] Used { get; } = used;

    /// <summary>The C# form of the expression when it is within the fast subset (see <see cref="FastExpression"/>); null otherwise.</summary>
    public FastExpression? Fast { get; } = fast;
}
