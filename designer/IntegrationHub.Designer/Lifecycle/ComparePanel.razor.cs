using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Lifecycle;

/// <summary>Picks two versions of a history and links to their side-by-side diff; starts on the two newest.</summary>
public partial class ComparePanel
{
    private IReadOnlyList<VersionRow>? _shown;
    private int _from;
    private int _to;

    /// <summary>Gets or sets the versions, newest first.</summary>
    [Parameter]
    [EditorRequired]
    public IReadOnlyList<VersionRow> Versions { get; set; } = [];

    /// <summary>Gets or sets the address of the diff page for a pair of versions (older, newer).</summary>
    [Parameter]
    [EditorRequired]
    public Func<int, int, string> DiffHref { get; set; } = (_, _) => string.Empty;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_shown, Versions))
        {
            return;
        }

        _shown = Versions;
        if (Versions.Count > 1)
        {
            // The draft (0) is the newest version when there is one.
            var ordered = Versions.Select(v => v.Version).OrderBy(v => v == 0 ? int.MaxValue : v).ToList();
            _to = ordered[^1];
            _from = ordered[^2];
        }
    }
}
