using IntegrationHub.Contracts.Designer;

namespace IntegrationHub.Designer.Editor;

/// <summary>Checks an <c>=</c> expression with the hub's parser (the one the validator uses), for every field that takes expressions.</summary>
internal static class ExpressionSyntaxCheck
{
    /// <summary>Returns what is wrong with an expression (including its leading '='), or null when it parses.</summary>
    public static async Task<string?> CheckAsync(IFlowAuthoringService authoring, string expression)
    {
        try
        {
            var result = await authoring.CheckExpressionAsync(expression);
            return result.Error;
        }
        catch (DesignerException e)
        {
            return e.Message;
        }
    }
}
