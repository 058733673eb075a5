namespace IntegrationHub.X12.Model;

/// <summary>A node of a transaction set's segment tree: a <see cref="X12Segment"/> or an <see cref="X12Loop"/>.</summary>
public abstract class X12Node
{
    private protected X12Node()
    {
    }
}
