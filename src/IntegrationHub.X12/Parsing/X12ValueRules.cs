using System.Globalization;
using IntegrationHub.X12.Specs;

namespace IntegrationHub.X12.Parsing;

/// <summary>Checks one simple element value against its rule; returns the AK403 code and a reason, or null.</summary>
internal static class X12ValueRules
{
    public static (string Code, string Message)? Check(X12ElementSpec rule, string value)
    {
        var length = rule.Type is X12DataType.Numeric or X12DataType.Decimal
            ? value.Count(char.IsAsciiDigit)
            : value.Length;
        switch (rule.Type)
        {
            case X12DataType.Numeric when !IsInteger(value):
                return ("6", "is not a whole number");
            case X12DataType.Decimal when !IsDecimal(value):
                return ("6", "is not a decimal number");
            case X12DataType.Date when !IsDate(value):
                return ("8", "is not a valid date (CCYYMMDD or YYMMDD)");
            case X12DataType.Time when !IsTime(value):
                return ("9", "is not a valid time (HHMM, HHMMSS or HHMMSSd..)");
            default:
                break;
        }

        if (length < rule.MinLength)
        {
            return ("4", $"is too short ({length} characters, minimum {rule.MinLength})");
        }

        if (length > rule.MaxLength)
        {
            return ("5", $"is too long ({length} characters, maximum {rule.MaxLength})");
        }

        return null;
    }

    private static bool IsInteger(string v)
    {
        var s = v.StartsWith('-') ? v.AsSpan(1) : v.AsSpan();
        return s.Length > 0 && !s.ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsDecimal(string v)
    {
        var s = v.StartsWith('-') ? v.AsSpan(1) : v.AsSpan();
        var dot = s.IndexOf('.');
        if (dot >= 0 && s[(dot + 1)..].Contains('.'))
        {
            return false;
        }

        var digits = s.Length - (dot >= 0 ? 1 : 0);
        return digits > 0 && (dot < 0 ? !s.ContainsAnyExceptInRange('0', '9') : !s[..dot].ContainsAnyExceptInRange('0', '9') && !s[(dot + 1)..].ContainsAnyExceptInRange('0', '9'));
    }

    private static bool IsDate(string v) =>
        (v.Length == 8 && DateOnly.TryParseExact(v, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        || (v.Length == 6 && DateOnly.TryParseExact(v, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));

    private static bool IsTime(string v)
    {
        if (v.Length is < 4 or > 8 || v.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var hh = int.Parse(v.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var mm = int.Parse(v.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var ss = v.Length >= 6 ? int.Parse(v.AsSpan(4, 2), CultureInfo.InvariantCulture) : 0;
        return v.Length != 5 && hh < 24 && mm < 60 && ss < 60;
    }
}
