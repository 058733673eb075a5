using System.ComponentModel;
using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Http;

/// <summary>One templated REST call. Templates use <c>{{name}}</c> (or <c>{{a.b}}</c>) placeholders filled from <see cref="Parameters"/>.</summary>
public class HttpRequestInput
{
    /// <summary>Gets the HTTP method.</summary>
    [Description("HTTP method: GET, POST, PUT, PATCH or DELETE.")]
    public string Method { get; init; } = "GET";

    /// <summary>Gets the path template relative to the base URL; placeholder values are URL-escaped.</summary>
    [Description("Path relative to the base URL, for example customers/{{id}}.")]
    public string Path { get; init; } = string.Empty;

    /// <summary>Gets the query parameter templates.</summary>
    [Description("Query parameters; values may contain placeholders.")]
    public Dictionary<string, string>? Query { get; init; }

    /// <summary>Gets the header templates.</summary>
    [Description("Request headers; values may contain placeholders.")]
    public Dictionary<string, string>? Headers { get; init; }

    /// <summary>Gets the JSON body template: a string that is exactly <c>{{x}}</c> becomes the parameter's JSON value; other strings are interpolated.</summary>
    [Description("JSON body; a string that is exactly {{x}} is replaced by the parameter's JSON value.")]
    public JsonNode? Body { get; init; }

    /// <summary>Gets the values of the placeholders.</summary>
    [Description("Values of the placeholders.")]
    public JsonObject? Parameters { get; init; }
}
