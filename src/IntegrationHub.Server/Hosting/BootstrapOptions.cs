namespace IntegrationHub.Server.Hosting;

/// <summary>
/// Unattended first start (CI, containers, scripts). Section <c>Hub:Bootstrap</c>. Both settings apply
/// only while no user exists and are never logged.
/// </summary>
public sealed class BootstrapOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hub:Bootstrap";

    /// <summary>Gets or sets the first admin's password (env <c>Hub__Bootstrap__AdminPassword</c>).</summary>
    /// <value>The default value is null: a one-time password is generated and printed once.</value>
    public string? AdminPassword { get; set; }

    /// <summary>Gets or sets the value of an admin API key to create (env <c>Hub__Bootstrap__ApiKey</c>).</summary>
    /// <value>The default value is null: no key is created.</value>
    public string? ApiKey { get; set; }

    /// <summary>Gets or sets the first admin's user name.</summary>
    /// <value>The default value is <c>admin</c>.</value>
    public string AdminUserName { get; set; } = "admin";
}
