namespace IntegrationHub.X12.Model;

/// <summary>The separators of an interchange, as declared by its ISA segment.</summary>
/// <param name="Element">Element separator (ISA character 4).</param>
/// <param name="Component">Component (sub-element) separator (ISA16).</param>
/// <param name="Repetition">Repetition separator (ISA11 from version 00402 on, when it is a special character); <see langword="null"/> when the interchange has none.</param>
/// <param name="Segment">Segment terminator (the character after ISA16).</param>
public sealed record X12Delimiters(char Element, char Component, char? Repetition, char Segment)
{
    /// <summary>The usual delimiters: <c>*</c> element, <c>:</c> component, <c>^</c> repetition, <c>~</c> segment.</summary>
    public static X12Delimiters Default { get; } = new('*', ':', '^', '~');

    /// <summary>Checks that the delimiters are distinct single-byte, non-alphanumeric characters.</summary>
    /// <exception cref="ArgumentException">A delimiter is alphanumeric, a space, non-ASCII, or used twice.</exception>
    public void Validate()
    {
        Check(Element, nameof(Element));
        Check(Component, nameof(Component));
        Check(Segment, nameof(Segment));
        if (Repetition is { } r)
        {
            Check(r, nameof(Repetition));
        }

        var all = new List<char> { Element, Component, Segment };
        if (Repetition is { } rep)
        {
            all.Add(rep);
        }

        if (all.Distinct().Count() != all.Count)
        {
            throw new ArgumentException($"X12 delimiters must be distinct: element '{Element}', component '{Component}', repetition '{Repetition}', segment '{Segment}'.");
        }
    }

    private static void Check(char c, string name)
    {
        if (c > 0x7F || char.IsAsciiLetterOrDigit(c) || c == ' ')
        {
            throw new ArgumentException($"X12 {name.ToLowerInvariant()} delimiter 0x{(int)c:X2} must be a single-byte ASCII character that is neither a letter, a digit nor a space.", name);
        }
    }
}
