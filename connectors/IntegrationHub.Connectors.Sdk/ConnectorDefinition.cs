using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace IntegrationHub.Connectors.Sdk;

/// <summary>A validated connector: its module, descriptor and operations by name. Created once per connector by the host or the test kit.</summary>
public sealed partial class ConnectorDefinition
{
    private readonly Dictionary<string, IConnectorOperation> _operations;

    private ConnectorDefinition(IConnectorModule module, ConnectorDescriptor descriptor, Dictionary<string, IConnectorOperation> operations)
    {
        Module = module;
        Descriptor = descriptor;
        _operations = operations;
    }

    /// <summary>Gets the connector's entry type instance.</summary>
    public IConnectorModule Module { get; }

    /// <summary>Gets the descriptor with generated schemas.</summary>
    public ConnectorDescriptor Descriptor { get; }

    /// <summary>Validates a module and builds its definition.</summary>
    /// <param name="module">The connector's entry type instance.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ConnectorDefinitionException">The connector is defined wrongly; the message says which type and why.</exception>
    public static ConnectorDefinition Create(IConnectorModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var moduleType = module.GetType();
        var attribute = moduleType.GetCustomAttribute<ConnectorAttribute>()
            ?? throw new ConnectorDefinitionException($"Connector type {moduleType.FullName} has no [Connector] attribute.");
        var where = $"Connector type {moduleType.FullName}";
        if (attribute.Name is null || !ConnectorNamePattern().IsMatch(attribute.Name))
        {
            throw new ConnectorDefinitionException($"{where}: name '{attribute.Name}' is invalid; use lower-case letters and digits, optionally separated by '.' or '-' (for example 'http' or 'erp.tryton').");
        }

        where = $"Connector '{attribute.Name}' ({moduleType.FullName})";
        if (!SemanticVersion.TryParse(attribute.Version, out _))
        {
            throw new ConnectorDefinitionException($"{where}: version '{attribute.Version}' is not a semantic version (major.minor.patch).");
        }

        if (ConnectorSdk.CheckCompatibility(attribute.RequiredSdkVersion) is { } incompatible)
        {
            throw new ConnectorDefinitionException($"{where} cannot be loaded: {incompatible}.");
        }

        var settingsType = module.SettingsType ?? throw new ConnectorDefinitionException($"{where}: SettingsType is null.");
        var secrets = FindSecrets(settingsType, where);
        var operations = new Dictionary<string, IConnectorOperation>(StringComparer.Ordinal);
        var descriptors = new List<OperationDescriptor>();
        foreach (var operation in module.CreateOperations() ?? throw new ConnectorDefinitionException($"{where}: CreateOperations returned null."))
        {
            var descriptor = DescribeOperation(operation, settingsType, where);
            if (!operations.TryAdd(descriptor.Name, operation))
            {
                throw new ConnectorDefinitionException($"{where}: operation name '{descriptor.Name}' is used by both {operations[descriptor.Name].GetType().FullName} and {operation.GetType().FullName}.");
            }

            descriptors.Add(descriptor);
        }

        if (operations.Count == 0)
        {
            throw new ConnectorDefinitionException($"{where} declares no operations.");
        }

        descriptors.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var connector = new ConnectorDescriptor(
            attribute.Name,
            attribute.Version,
            string.IsNullOrWhiteSpace(attribute.DisplayName) ? attribute.Name : attribute.DisplayName,
            attribute.Description,
            attribute.RequiredSdkVersion,
            Schema(settingsType, where, "settings"),
            secrets,
            descriptors);
        return new ConnectorDefinition(module, connector, operations);
    }

    /// <summary>Finds an operation by name.</summary>
    /// <param name="name">The operation name.</param>
    /// <param name="operation">The operation when found.</param>
    /// <returns>Whether the connector has the operation.</returns>
    public bool TryGetOperation(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IConnectorOperation? operation) =>
        _operations.TryGetValue(name, out operation);

    private static OperationDescriptor DescribeOperation(IConnectorOperation operation, Type settingsType, string where)
    {
        if (operation is null)
        {
            throw new ConnectorDefinitionException($"{where}: CreateOperations returned a null operation.");
        }

        var type = operation.GetType();
        var attribute = type.GetCustomAttribute<OperationAttribute>()
            ?? throw new ConnectorDefinitionException($"{where}: operation type {type.FullName} has no [Operation] attribute.");
        if (attribute.Name is null || !OperationNamePattern().IsMatch(attribute.Name))
        {
            throw new ConnectorDefinitionException($"{where}: operation type {type.FullName} has the invalid name '{attribute.Name}'; use camelCase letters and digits (for example 'getCustomer').");
        }

        var at = $"{where}, operation '{attribute.Name}'";
        if (!operation.SettingsType.IsAssignableFrom(settingsType))
        {
            throw new ConnectorDefinitionException($"{at}: it expects settings of type {operation.SettingsType.FullName} but the connector's settings are {settingsType.FullName}.");
        }

        if (attribute.Pageable && !typeof(IPagedInput).IsAssignableFrom(operation.InputType))
        {
            throw new ConnectorDefinitionException($"{at} is pageable, so its input type {operation.InputType.FullName} must implement IPagedInput.");
        }

        if (attribute.Pageable && !typeof(IPagedOutput).IsAssignableFrom(operation.OutputType))
        {
            throw new ConnectorDefinitionException($"{at} is pageable, so its output type {operation.OutputType.FullName} must implement IPagedOutput.");
        }

        return new OperationDescriptor(
            attribute.Name,
            attribute.Description,
            attribute.Idempotent,
            attribute.Pageable,
            Schema(operation.InputType, at, "input"),
            Schema(operation.OutputType, at, "output"));
    }

    private static System.Text.Json.Nodes.JsonObject Schema(Type type, string where, string what)
    {
        try
        {
            return ConnectorSchemaGenerator.Generate(type);
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or ArgumentException)
        {
            throw new ConnectorDefinitionException($"{where}: cannot generate the JSON Schema of the {what} type {type.FullName}: {ex.Message}", ex);
        }
    }

    private static List<string> FindSecrets(Type settingsType, string where)
    {
        JsonTypeInfo info;
        try
        {
            info = ConnectorJson.SerializerOptions.GetTypeInfo(settingsType);
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or ArgumentException)
        {
            throw new ConnectorDefinitionException($"{where}: the settings type {settingsType.FullName} cannot be serialized: {ex.Message}", ex);
        }

        if (info.Kind != JsonTypeInfoKind.Object)
        {
            throw new ConnectorDefinitionException($"{where}: the settings type {settingsType.FullName} must serialize as a JSON object.");
        }

        var secrets = new List<string>();
        foreach (var property in info.Properties)
        {
            if (!ConnectorSchemaGenerator.IsSecret(property.AttributeProvider, property.AssociatedParameter?.AttributeProvider))
            {
                RejectNestedSecrets(property.PropertyType, $"{settingsType.Name}.{property.Name}", where, []);
                continue;
            }

            if (property.PropertyType != typeof(string))
            {
                throw new ConnectorDefinitionException($"{where}: secret setting '{property.Name}' must be a string but is {property.PropertyType.Name}.");
            }

            secrets.Add(property.Name);
        }

        return secrets;
    }

    private static void RejectNestedSecrets(Type type, string path, string where, HashSet<Type> seen)
    {
        if (type.IsPrimitive || type == typeof(string) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true || !seen.Add(type))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.IsDefined(typeof(SecretAttribute), true))
            {
                throw new ConnectorDefinitionException($"{where}: [Secret] on nested setting '{path}.{property.Name}' is not supported; secret settings must be top-level string properties.");
            }

            RejectNestedSecrets(property.PropertyType, $"{path}.{property.Name}", where, seen);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ConnectorNamePattern();

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OperationNamePattern();
}
