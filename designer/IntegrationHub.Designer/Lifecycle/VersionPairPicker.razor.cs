using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Lifecycle;

/// <summary>The two versions a diff page compares, with a swap button; a change navigates to the new pair's address.</summary>
public partial class VersionPairPicker
{
    /// <summary>Gets or sets the versions offered.</summary>
    [Parameter]
    [EditorRequired]
    public IReadOnlyList<VersionRow> Versions { get; set; } = [];

    /// <summary>Gets or sets the left version.</summary>
    [Parameter]
    public int From { get; set; }

    /// <summary>Gets or sets the right version.</summary>
    [Parameter]
    public int To { get; set; }

    /// <summary>Gets or sets the address of the diff page for a pair of versions (left, right).</summary>
    [Parameter]
    [EditorRequired]
    public Func<int, int, string> DiffHref { get; set; } = (_, _) => string.Empty;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private void Go(int from, int to) => Navigation.NavigateTo(DiffHref(from, to));
}
