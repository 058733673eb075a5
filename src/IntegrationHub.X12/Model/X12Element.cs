namespace IntegrationHub.X12.Model;

/// <summary>
/// One data element of a segment. Usually a simple value; a composite element has several components,
/// a repeated element several repetitions (each a list of components).
/// </summary>
public sealed class X12Element : IEquatable<X12Element>
{
    private static readonly string[] EmptyComponents = [string.Empty];
    private readonly string _value;
    private readonly string[][]? _repetitions;

    /// <summary>Initializes a simple element.</summary>
    /// <param name="value">The value (empty for an absent element).</param>
    public X12Element(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Initializes an element from repetitions of components.</summary>
    /// <param name="repetitions">At least one repetition, each with at least one component.</param>
    public X12Element(IEnumerable<IEnumerable<string>> repetitions)
    {
        ArgumentNullException.ThrowIfNull(repetitions);
        var reps = repetitions.Select(r => r.ToArray()).ToArray();
        if (reps.Length == 0 || reps.Any(r => r.Length == 0))
        {
            throw new ArgumentException("An X12 element needs at least one repetition with at least one component.", nameof(repetitions));
        }

        if (reps.Length == 1 && reps[0].Length == 1)
        {
            _value = reps[0][0];
        }
        else
        {
            _value = reps[0][0];
            _repetitions = reps;
        }
    }

    /// <summary>Gets the empty element.</summary>
    public static X12Element Empty { get; } = new(string.Empty);

    /// <summary>Gets the value: the first component of the first repetition.</summary>
    public string Value => _value;

    /// <summary>Gets the components of the first repetition.</summary>
    public IReadOnlyList<string> Components => _repetitions is null ? (_value.Length == 0 ? EmptyComponents : [_value]) : _repetitions[0];

    /// <summary>Gets all repetitions, each as its list of components.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Repetitions => _repetitions ?? [[_value]];

    /// <summary>Gets a value indicating whether the element has no data.</summary>
    public bool IsEmpty => _repetitions is null && _value.Length == 0;

    /// <summary>Gets a value indicating whether the element has more than one repetition.</summary>
    public bool IsRepeated => _repetitions is { Length: > 1 };

    /// <summary>Gets a value indicating whether any repetition has more than one component.</summary>
    public bool IsComposite => _repetitions is not null && _repetitions.Any(r => r.Length > 1);

    /// <inheritdoc />
    public bool Equals(X12Element? other)
    {
        if (other is null)
        {
            return false;
        }

        if (_repetitions is null || other._repetitions is null)
        {
            return _repetitions is null && other._repetitions is null && _value == other._value;
        }

        return _repetitions.Length == other._repetitions.Length
            && _repetitions.Zip(other._repetitions).All(p => p.First.AsSpan().SequenceEqual(p.Second));
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as X12Element);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Returns the value with components joined by ':' and repetitions by '^' (for diagnostics).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        _repetitions is null ? _value : string.Join('^', _repetitions.Select(r => string.Join(':', r)));
}
