namespace IntegrationHub.Designer.Lifecycle;

/// <summary>
/// Aligns two texts line by line (longest common subsequence) for a side-by-side view; a removal followed by an
/// addition at the same place is shown as one changed row. Flow and mapping documents are a few hundred lines, so the
/// quadratic table is cheap; beyond <see cref="MaxCells"/> the texts are shown without alignment.
/// </summary>
internal static class LineDiff
{
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffRow> Compare(string left, string right)
    {
        var a = Lines(left);
        var b = Lines(right);
        if ((long)a.Length * b.Length > MaxCells)
        {
            return [.. Enumerable.Range(0, Math.Max(a.Length, b.Length)).Select(i => new DiffRow(
                i < a.Length ? i + 1 : null, i < a.Length ? a[i] : null, i < b.Length ? i + 1 : null, i < b.Length ? b[i] : null,
                i < a.Length && i < b.Length && a[i] == b[i] ? DiffRowKind.Same : DiffRowKind.Changed))];
        }

        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var rows = new List<DiffRow>();
        var removed = new List<int>();
        var added = new List<int>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                Flush(rows, removed, added, a, b);
                rows.Add(new DiffRow(x + 1, a[x], y + 1, b[y], DiffRowKind.Same));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                added.Add(y++);
            }
            else
            {
                removed.Add(x++);
            }
        }

        Flush(rows, removed, added, a, b);
        return rows;
    }

    private static void Flush(List<DiffRow> rows, List<int> removed, List<int> added, string[] a, string[] b)
    {
        var paired = Math.Min(removed.Count, added.Count);
        for (var k = 0; k < paired; k++)
        {
            rows.Add(new DiffRow(removed[k] + 1, a[removed[k]], added[k] + 1, b[added[k]], DiffRowKind.Changed));
        }

        foreach (var i in removed.Skip(paired))
        {
            rows.Add(new DiffRow(i + 1, a[i], null, null, DiffRowKind.Removed));
        }

        foreach (var j in added.Skip(paired))
        {
            rows.Add(new DiffRow(null, null, j + 1, b[j], DiffRowKind.Added));
        }

        removed.Clear();
        added.Clear();
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
