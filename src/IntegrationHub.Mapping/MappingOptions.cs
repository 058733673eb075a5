using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Mapping;

/// <summary>Host-level limits of the expression sandbox and the mapping engine.</summary>
/// <remarks>
/// The limits protect the host from an expression, never from its data: a realistic mapping uses a few
/// hundred statements and kilobytes of memory. Per-mapping behaviour (rules, lookups) is data in the mapping document.
/// </remarks>
public sealed class MappingOptions
{
    /// <summary>The configuration section the server binds these options from.</summary>
    public const string SectionName = "Hub:Mapping";

    /// <summary>Gets or sets the wall-clock budget of one expression evaluation, or of one whole mapping run.</summary>
    /// <value>The default value is 2 seconds.</value>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets how many JavaScript statements one expression may execute.</summary>
    /// <value>The default value is 100,000.</value>
    [Range(1, int.MaxValue - 1)]
    public int MaxStatements { get; set; } = 100_000;

    /// <summary>Gets or sets how many bytes one expression may allocate.</summary>
    /// <value>The default value is 32 MiB.</value>
    [Range(1, long.MaxValue - 1)]
    public long MemoryLimit { get; set; } = 32L * 1024 * 1024;

    /// <summary>Gets or sets the maximum JavaScript call depth.</summary>
    /// <value>The default value is 64.</value>
    [Range(1, 10_000)]
    public int MaxRecursionDepth { get; set; } = 64;

    /// <summary>Gets or sets the largest array an expression may create.</summary>
    /// <value>The default value is 100,000 elements.</value>
    [Range(1, int.MaxValue)]
    public int MaxArraySize { get; set; } = 100_000;

    /// <summary>Gets or sets the longest string that <c>repeat</c>, <c>padStart</c>, <c>padEnd</c>, <c>join</c>,
    /// <c>replace</c>, <c>concat</c> and <c>JSON.stringify</c> may produce (they allocate in one step, before any limit is checked).</summary>
    /// <value>The default value is 1,048,576 characters.</value>
    [Range(1, int.MaxValue)]
    public int MaxStringLength { get; set; } = 1_048_576;

    /// <summary>Gets or sets how long one regular-expression match may run.</summary>
    /// <value>The default value is 100 milliseconds.</value>
    public TimeSpan RegexTimeout { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Gets or sets how many idle sandbox engines are kept for reuse.</summary>
    /// <value>The default value is twice the processor count.</value>
    [Range(0, 1024)]
    public int PoolSize { get; set; } = Environment.ProcessorCount * 2;

    /// <summary>Gets or sets whether <see cref="MappingEngine.Map(string, System.Text.Json.Nodes.JsonNode, CancellationToken)"/>
    /// validates the output against the mapping's target schema.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool ValidateOutput { get; set; } = true;

    /// <summary>Gets or sets the flows folder served when no <see cref="Catalog.IMappingCatalog"/> is registered.</summary>
    /// <value>The default value is "flows" (relative to the working directory).</value>
    public string FlowsDirectory { get; set; } = "flows";

    /// <summary>Throws when a value cannot work; called when the engine is built.</summary>
    internal void Check()
    {
        if (TimeLimit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeLimit), TimeLimit, "Mapping TimeLimit must be positive.");
        }

        if (RegexTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RegexTimeout), RegexTimeout, "Mapping RegexTimeout must be positive.");
        }

        Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
    }
}
