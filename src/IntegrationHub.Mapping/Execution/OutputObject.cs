using System.Text.Json.Nodes;

namespace IntegrationHub.Mapping.Execution;

/// <summary>
/// An output object under construction. Rules write into it in any order and may overwrite a property; it becomes a
/// <see cref="JsonObject"/> only once every rule has run, sized exactly. Building the JSON objects property by
/// property grows their dictionaries several times over, which was the largest single cost of a mapping run.
/// Properties keep the position of their first write, as <see cref="JsonObject"/> does. Instances are reused per
/// thread: <see cref="Build"/> hands one back.
/// </summary>
internal sealed class OutputObject
{
    private const int PoolLimit = 64;

    /// <summary>Objects with more properties than this keep an index instead of scanning.</summary>
    private const int ScanLimit = 32;

    [ThreadStatic]
    private static Stack<OutputObject>? _threadPool;

    /// <summary>The pool this builder returns to: its thread's, so no thread-static lookup is needed per object.</summary>
    private readonly Stack<OutputObject> _pool;

    private KeyValuePair<string, JsonNode?>[] _entries = new KeyValuePair<string, JsonNode?>[8];
    private OutputObject?[] _nested = new OutputObject?[8];
    private Dictionary<string, int>? _index;
    private int _count;

    /// <summary>The number of properties written so far.</summary>
    public int Count => _count;

    private OutputObject(Stack<OutputObject> pool) => _pool = pool;

    /// <summary>Gets this thread's pool of idle builders; a run fetches it once and rents from it.</summary>
    public static Stack<OutputObject> PoolOfThisThread => _threadPool ??= new Stack<OutputObject>();

    /// <summary>An empty builder, reused from <paramref name="pool"/> when one is free.</summary>
    public static OutputObject Rent(Stack<OutputObject> pool) => pool.Count > 0 ? pool.Pop() : new OutputObject(pool);

    /// <summary>The position of a property, or -1.</summary>
    public int IndexOf(string name)
    {
        if (_count > ScanLimit)
        {
            return _index!.TryGetValue(name, out var found) ? found : -1;
        }

        // Target names are one instance per compiled mapping, so a match is nearly always the same reference;
        // the length and first character rule out most other names before any text is compared.
        var entries = _entries;
        for (var i = 0; i < _count; i++)
        {
            var key = entries[i].Key;
            if (ReferenceEquals(key, name) || (key.Length == name.Length && key.Length > 0 && key[0] == name[0] && string.Equals(key, name, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The nested builder at a position, or null when the property holds a value.</summary>
    public OutputObject? NestedAt(int index) => _nested[index];

    /// <summary>The value at a position (null while it is a nested builder).</summary>
    public JsonNode? ValueAt(int index) => _entries[index].Value;

    /// <summary>Writes a property: a new one goes last, an existing one is replaced in place.</summary>
    public void Set(string name, JsonNode value)
    {
        var index = IndexOf(name);
        if (index < 0)
        {
            Append(name, value, null);
            return;
        }

        _nested[index]?.Discard();
        _nested[index] = null;
        _entries[index] = new(name, value);
    }

    /// <summary>Adds a nested object under a new property and returns its builder.</summary>
    public OutputObject AddNested(string name)
    {
        var nested = Rent(_pool);
        Append(name, null, nested);
        return nested;
    }

    /// <summary>Creates the JSON object and gives this builder (and every nested one) back to the pool.</summary>
    public JsonObject Build()
    {
        var count = _count;
        var entries = _entries;
        for (var i = 0; i < count; i++)
        {
            if (_nested[i] is { } nested)
            {
                entries[i] = new(entries[i].Key, nested.Build());
                _nested[i] = null;
            }
        }

        JsonObject result;
        if (count == 0)
        {
            result = new JsonObject();
        }
        else if (count == 1)
        {
            // The sized constructor costs more than it saves for a single property.
            result = new JsonObject { [entries[0].Key] = entries[0].Value };
        }
        else
        {
            result = new JsonObject(new ArraySegment<KeyValuePair<string, JsonNode?>>(entries, 0, count));
        }

        Reset();
        return result;
    }

    /// <summary>Gives the builder back without building (its property was overwritten by a value).</summary>
    private void Discard()
    {
        for (var i = 0; i < _count; i++)
        {
            _nested[i]?.Discard();
            _nested[i] = null;
        }

        Reset();
    }

    private void Append(string name, JsonNode? value, OutputObject? nested)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _count * 2);
            Array.Resize(ref _nested, _count * 2);
        }

        _entries[_count] = new(name, value);
        _nested[_count] = nested;
        if (_count > ScanLimit)
        {
            _index![name] = _count;
        }
        else if (_count == ScanLimit)
        {
            // Kept (cleared) when the builder is reused, so large objects pay for the dictionary once per thread.
            _index ??= new Dictionary<string, int>(ScanLimit * 4, StringComparer.Ordinal);
            for (var i = 0; i <= _count; i++)
            {
                _index[_entries[i].Key] = i;
            }
        }

        _count++;
    }

    private void Reset()
    {
        Array.Clear(_entries, 0, _count);
        _index?.Clear();
        _count = 0;
        if (_pool.Count < PoolLimit)
        {
            _pool.Push(this);
        }
    }
}
