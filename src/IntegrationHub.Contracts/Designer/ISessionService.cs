namespace IntegrationHub.Contracts.Designer;

/// <summary>Who is using the designer. Sign-in and sign-out happen over plain HTTP (<c>/api/auth</c>), never here.</summary>
public interface ISessionService
{
    /// <summary>Gets the signed-in person (or <see cref="DesignerSession.Anonymous"/>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<DesignerSession> GetSessionAsync(CancellationToken cancellationToken = default);
}
