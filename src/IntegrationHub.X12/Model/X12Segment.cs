using System.Globalization;

namespace IntegrationHub.X12.Model;

/// <summary>One segment: its id and its elements (index 0 holds element 01).</summary>
public sealed class X12Segment : X12Node
{
    /// <summary>Initializes a segment.</summary>
    /// <param name="id">Segment id (2-3 upper-case letters or digits).</param>
    /// <param name="elements">Elements; index 0 is element 01. Trailing empty elements are kept as given.</param>
    public X12Segment(string id, IReadOnlyList<X12Element> elements)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(elements);
        Id = id;
        Elements = elements;
    }

    /// <summary>Initializes a segment from simple values.</summary>
    /// <param name="id">Segment id.</param>
    /// <param name="values">Values of elements 01, 02, ...</param>
    public X12Segment(string id, params string[] values)
        : this(id, values.Select(v => v.Length == 0 ? X12Element.Empty : new X12Element(v)).ToArray())
    {
    }

    /// <summary>Gets the segment id.</summary>
    public string Id { get; }

    /// <summary>Gets the elements; index 0 is element 01.</summary>
    public IReadOnlyList<X12Element> Elements { get; }

    /// <summary>Gets the 1-based ordinal of the segment in the stream it was read from (0 when built in code).</summary>
    public long Position { get; init; }

    /// <summary>Gets the byte offset of the segment in the stream it was read from.</summary>
    public long Offset { get; init; }

    /// <summary>Gets element <paramref name="number"/> (1-based, as in <c>BEG03</c>), or <see cref="X12Element.Empty"/> when absent.</summary>
    /// <param name="number">1-based element number.</param>
    public X12Element this[int number] => number >= 1 && number <= Elements.Count ? Elements[number - 1] : X12Element.Empty;

    /// <summary>Gets the value of element <paramref name="number"/> (1-based), or an empty string.</summary>
    /// <param name="number">1-based element number.</param>
    /// <returns>The value.</returns>
    public string GetValue(int number) => this[number].Value;

    /// <summary>Gets the reference designator of element <paramref name="number"/>, e.g. <c>BEG03</c>.</summary>
    /// <param name="number">1-based element number.</param>
    /// <returns>The designator.</returns>
    public string Designator(int number) => Id + number.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>Compares id and elements (not positions), ignoring trailing empty elements.</summary>
    /// <param name="other">The other segment.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool ContentEquals(X12Segment other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Id != other.Id)
        {
            return false;
        }

        var n = Math.Max(Elements.Count, other.Elements.Count);
        for (var i = 1; i <= n; i++)
        {
            if (!this[i].Equals(other[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the segment in <c>*</c> / <c>:</c> / <c>^</c> notation (for diagnostics).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id + string.Concat(Elements.Select(e => "*" + e));
}
