namespace IntegrationHub.Mapping.Execution;

/// <summary>A rule cannot produce its value (type conversion, wrong shape); becomes a <see cref="MappingError"/>.</summary>
internal sealed class MappingRuleException(string message) : Exception(message);
