using System.Text;
using IntegrationHub.X12.Model;

namespace IntegrationHub.X12.Tests;

internal static class Samples
{
    public static string Dir(string kind) => Path.Combine(AppContext.BaseDirectory, "TestData", "shared", kind);

    public static string Valid(string name) => Path.Combine(Dir("valid"), name);

    public static string Invalid(string name) => Path.Combine(Dir("invalid"), name);

    public static TheoryData<string> ValidFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Dir("valid"), "*.edi").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    /// <summary>A structural dump of a transaction set tree (loops, segment ids, element values).</summary>
    public static string Dump(X12TransactionSet set)
    {
        var sb = new StringBuilder();
        sb.AppendLine(set.Header.ToString());
        Dump(set.Body, sb, 0);
        sb.AppendLine(set.Trailer?.ToString());
        return sb.ToString();
    }

    private static void Dump(X12Loop loop, StringBuilder sb, int depth)
    {
        sb.Append(' ', depth * 2).AppendLine("[" + loop.Id);
        foreach (var c in loop.Children)
        {
            if (c is X12Segment s)
            {
                sb.Append(' ', depth * 2 + 2).AppendLine(s.ToString());
            }
            else
            {
                Dump((X12Loop)c, sb, depth + 1);
            }
        }

        sb.Append(' ', depth * 2).AppendLine("]");
    }
}
