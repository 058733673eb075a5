using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Execution;

namespace IntegrationHub.Mapping.Tests.Execution;

public sealed class ValueConversionTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("007")]
    [InlineData("12")]
    [InlineData("4.25")]
    [InlineData("4.250")]
    [InlineData("0.5")]
    [InlineData("123456789012345678")]
    [InlineData("1234567890123456789")]
    [InlineData(" 42 ")]
    [InlineData("-3.5")]
    [InlineData("+3")]
    [InlineData("1e3")]
    [InlineData("1.")]
    [InlineData(".5")]
    public void Convert_Number_GivesWhatDecimalParseGives(string text)
    {
        var expected = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

        var converted = ValueConversion.Convert(JsonValue.Create(text), "number")!;

        Assert.Equal(JsonValue.Create(expected).ToJsonString(), converted.ToJsonString());
        Assert.Equal(expected.Scale, converted.GetValue<decimal>().Scale);
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("12a")]
    [InlineData("--1")]
    public void Convert_NotANumber_FailsTheRule(string text)
    {
        var e = Assert.Throws<MappingRuleException>(() => ValueConversion.Convert(JsonValue.Create(text), "number"));

        Assert.Contains("it is not a number", e.Message);
    }

    [Fact]
    public void Convert_BlankString_IsNullExceptAsString()
    {
        Assert.Null(ValueConversion.Convert(JsonValue.Create("  "), "number"));
        Assert.Equal("\"  \"", ValueConversion.Convert(JsonValue.Create("  "), "string")!.ToJsonString());
        Assert.Equal("\"12\"", ValueConversion.Convert(JsonValue.Create(12), "string")!.ToJsonString());
    }
}
