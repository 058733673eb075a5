using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Designer.Shell;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Lifecycle;

/// <summary>
/// A page that compares two versions of one document (flow, mapping), chosen in the address
/// (<c>?from=</c>, <c>?to=</c>; 0 is the draft): the history to pick from, and both documents.
/// </summary>
public abstract class VersionDiffPageBase : ComponentBase
{
    /// <summary>Gets or sets the left (older) version; 0 is the draft.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public int From { get; set; }

    /// <summary>Gets or sets the right (newer) version; 0 is the draft.</summary>
    [SupplyParameterFromQuery(Name = "to")]
    public int To { get; set; }

    /// <summary>Gets the document's versions, newest first.</summary>
    protected IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    /// <summary>Gets the left document, once loaded.</summary>
    protected JsonObject? Left { get; private set; }

    /// <summary>Gets the right document, once loaded.</summary>
    protected JsonObject? Right { get; private set; }

    /// <summary>Gets why the versions cannot be compared, if they cannot.</summary>
    protected string? Error { get; private set; }

    /// <summary>Gets the document in messages, e.g. "Mapping 'orders-in'".</summary>
    protected abstract string Described { get; }

    /// <summary>Reads the document's versions, or null when it does not exist.</summary>
    protected abstract Task<IReadOnlyList<VersionRow>?> GetVersionsAsync();

    /// <summary>Reads one version's document, or null when there is no such version.</summary>
    protected abstract Task<JsonObject?> GetContentAsync(int version);

    /// <summary>The address of this page for another pair of versions.</summary>
    protected abstract string DiffHref(int from, int to);

    /// <summary>Reads more about the two versions once both exist (for instance the hub's structural diff).</summary>
    protected virtual Task CompareAsync() => Task.CompletedTask;

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        Error = null;
        Left = Right = null;
        try
        {
            if (Versions.Count == 0)
            {
                Versions = await GetVersionsAsync() ?? [];
            }

            var left = await GetContentAsync(From);
            var right = await GetContentAsync(To);
            if (left is null || right is null)
            {
                Error = $"{Described} has no version {(left is null ? Formats.Version(From) : Formats.Version(To))}.";
                return;
            }

            await CompareAsync();
            (Left, Right) = (left, right);
        }
        catch (DesignerException e)
        {
            Error = e.Message;
        }
    }
}
