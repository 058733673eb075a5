namespace IntegrationHub.Mapping.Sandbox;

/// <summary>
/// A per-thread stack of fast-path values: helper calls evaluate their arguments into it instead of allocating an
/// array per call. Evaluation is strictly nested (a call's arguments are done before it returns), so a call takes the
/// slots above the current top and gives them back when it returns; <see cref="FastExpression.TryEvaluate(FastValue[], Func{string, Lookups.LookupTable?}, FastScratch, out FastValue)"/> restores
/// the top after a bailout.
/// </summary>
internal sealed class FastScratch
{
    [ThreadStatic]
    private static FastScratch? _current;

    private FastValue[] _items = new FastValue[16];

    /// <summary>The first free slot.</summary>
    public int Top { get; set; }

    /// <summary>The slots; re-read after evaluating anything, since a nested call may have grown them.</summary>
    public FastValue[] Items => _items;

    /// <summary>This thread's stack.</summary>
    public static FastScratch Current => _current ??= new FastScratch();

    /// <summary>Reserves <paramref name="count"/> slots and returns the first.</summary>
    public int Push(int count)
    {
        var start = Top;
        if (start + count > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(_items.Length * 2, start + count));
        }

        Top = start + count;
        return start;
    }

    /// <summary>Gives back the slots from <paramref name="start"/> up, dropping the references they hold.</summary>
    public void Pop(int start)
    {
        Array.Clear(_items, start, Top - start);
        Top = start;
    }
}
