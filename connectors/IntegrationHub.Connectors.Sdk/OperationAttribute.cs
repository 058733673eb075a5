namespace IntegrationHub.Connectors.Sdk;

/// <summary>Describes a connector operation (a subclass of <see cref="ConnectorOperation{TSettings, TInput, TOutput}"/>).</summary>
/// <param name="name">The operation name, camelCase (for example <c>getCustomer</c>); flows call it by this name.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class OperationAttribute(string name) : Attribute
{
    /// <summary>Gets the operation name.</summary>
    public string Name { get; } = name;

    /// <summary>Gets or sets what the operation does, shown in the designer.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Description { get; set; }

    /// <summary>Gets or sets a value indicating whether calling the operation twice with the same idempotency key has the effect of calling it once.</summary>
    /// <remarks>Reads are idempotent; writes are idempotent only when they deduplicate by <see cref="OperationContext.IdempotencyKey"/>.</remarks>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Idempotent { get; set; }

    /// <summary>Gets or sets a value indicating whether the operation returns results page by page.</summary>
    /// <remarks>A pageable operation's input implements <see cref="IPagedInput"/> and its output <see cref="IPagedOutput"/>.</remarks>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Pageable { get; set; }
}
