using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Connections;

/// <summary>
/// The fields of a <see cref="ConnectionForm"/>, one editor per setting. Secret fields are password inputs that start
/// empty: they show whether a value is stored, and take a new value or a request to clear it, never the stored value.
/// </summary>
public partial class SettingsForm
{
    /// <summary>Gets or sets the form being edited.</summary>
    [Parameter]
    [EditorRequired]
    public ConnectionForm Form { get; set; } = default!;

    /// <summary>Gets or sets whether the person may only look (not an administrator).</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    private static string SecretLabel(SettingField field) => $"{field.Label} (secret)";

    private static string SecretPlaceholder(SettingField field) =>
        field.ClearSecret ? "will be cleared when you save" : field.SecretSet ? "•••••••• stored; type to replace" : "not set";

    private static string SecretHelp(SettingField field) =>
        $"{field.Description} {(field.SecretSet ? "Stored encrypted; it is never shown again." : "Stored encrypted and never shown again.")}".Trim();

    private static void SetSecret(SettingField field, string? value)
    {
        field.NewSecret = value;
        if (!string.IsNullOrEmpty(value))
        {
            field.ClearSecret = false;
        }
    }

    private static void ClearSecret(SettingField field)
    {
        field.ClearSecret = true;
        field.NewSecret = null;
    }

    private static void SetFlag(SettingField field, bool value)
    {
        field.Flag = value;
        field.FlagSet = true;
    }
}
