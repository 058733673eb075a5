using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntegrationHub.Mapping.Validation;

/// <summary>
/// Builds the Newtonsoft token NJsonSchema validates straight from a <see cref="JsonNode"/>, without writing the
/// JSON text and parsing it back. The token is the one that parsing the node's JSON text (as NJsonSchema does,
/// dates left as strings) would give: same token types (integers vs floats decided by the number's text), same
/// values, same property order.
/// </summary>
internal static class JsonTokens
{
    public static JToken From(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return JValue.CreateNull();
            case JsonObject obj:
                {
                    var result = new JObject();
                    foreach (var (name, value) in obj)
                    {
                        result.Add(name, From(value));
                    }

                    return result;
                }

            case JsonArray array:
                {
                    var result = new JArray();
                    foreach (var value in array)
                    {
                        result.Add(From(value));
                    }

                    return result;
                }
        }

        var scalar = (JsonValue)node;
        switch (scalar.GetValueKind())
        {
            case JsonValueKind.String when scalar.TryGetValue<string>(out var text):
                return new JValue(text);
            case JsonValueKind.Number:
                // Integer literals (what mappings mostly write) need no text; anything else goes by the text JSON would have.
                return scalar.TryGetValue<long>(out var integer) ? new JValue(integer)
                    : scalar.TryGetValue<int>(out var small) ? new JValue((long)small)
                    : Number(scalar.ToJsonString());
            case JsonValueKind.True:
                return new JValue(true);
            case JsonValueKind.False:
                return new JValue(false);
            case JsonValueKind.Null:
                return JValue.CreateNull();
            default:
                return Parse(scalar.ToJsonString());
        }
    }

    /// <summary>A number token as Json.NET reads the text: a float when it has a fraction or exponent, else an integer.</summary>
    private static JValue Number(string text)
    {
        if (text.AsSpan().IndexOfAny('.', 'e', 'E') < 0)
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return new JValue(integer);
            }

            if (BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big))
            {
                return new JValue(big);
            }
        }
        else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return new JValue(real);
        }

        return (JValue)Parse(text);
    }

    private static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }
}
