using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace IntegrationHub.Designer.Lifecycle;

/// <summary>
/// Upload → validate (every error with its JSON path) → say whether the file makes a new document or replaces an
/// existing one's draft → save as the draft and open it. Files over <see cref="MaxBytes"/> are refused before reading.
/// </summary>
public partial class DocumentImport
{
    /// <summary>The largest file accepted: the hub's limit for flow and mapping documents.</summary>
    public const long MaxBytes = 1024 * 1024;

    private string? _fileName;
    private string? _content;
    private string? _id;
    private bool _exists;
    private DocumentCheck? _check;
    private string? _error;
    private bool _busy;

    /// <summary>Gets or sets the kind of document in running text ("flow", "mapping").</summary>
    [Parameter]
    [EditorRequired]
    public string Noun { get; set; } = string.Empty;

    /// <summary>Gets or sets how the hub checks a document without saving it.</summary>
    [Parameter]
    [EditorRequired]
    public Func<string, Task<DocumentCheck>> Validate { get; set; } = _ => Task.FromResult(new DocumentCheck(false, []));

    /// <summary>Gets or sets how to tell whether a document with an id exists.</summary>
    [Parameter]
    [EditorRequired]
    public Func<string, Task<bool>> Exists { get; set; } = _ => Task.FromResult(false);

    /// <summary>Gets or sets how the document is saved as its draft; the outcome carries the id saved or the errors.</summary>
    [Parameter]
    [EditorRequired]
    public Func<string, Task<DocumentCheck>> Save { get; set; } = _ => Task.FromResult(new DocumentCheck(false, []));

    /// <summary>Gets or sets the page a saved document opens on.</summary>
    [Parameter]
    [EditorRequired]
    public Func<string, string> SavedHref { get; set; } = _ => "/";

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private async Task OnFileChosenAsync(IBrowserFile? file)
    {
        _check = null;
        _error = null;
        _id = null;
        _content = null;
        if (file is null)
        {
            return;
        }

        _fileName = file.Name;
        if (file.Size > MaxBytes)
        {
            _error = $"The file has {file.Size:N0} bytes; a {Noun} file may have at most {MaxBytes:N0} bytes (1 MiB). Nothing was read or saved.";
            return;
        }

        await RunAsync(async () =>
        {
            await using var stream = file.OpenReadStream(MaxBytes);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            _content = await reader.ReadToEndAsync();
            _check = await Validate(_content);
            _id = _check.Id ?? PeekId(_content);
            _exists = _id is not null && await Exists(_id);
        });
    }

    private async Task SaveAsync()
    {
        if (_content is null)
        {
            return;
        }

        await RunAsync(async () =>
        {
            var saved = await Save(_content);
            if (!saved.Valid || saved.Id is null)
            {
                _check = saved;
                return;
            }

            Snackbar.Add($"Saved as the draft of {saved.Id}.", Severity.Success);
            Navigation.NavigateTo(SavedHref(saved.Id));
        });
    }

    private async Task RunAsync(Func<Task> action)
    {
        _busy = true;
        try
        {
            await action();
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
        catch (IOException e)
        {
            _error = $"The file could not be read: {e.Message}";
        }
        finally
        {
            _busy = false;
        }
    }

    private static string? PeekId(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject o && o["id"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
