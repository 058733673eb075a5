namespace IntegrationHub.Mapping.Sandbox;

/// <summary>A rented engine; disposing gives it back to the pool.</summary>
internal sealed class SandboxLease(SandboxEnginePool pool, SandboxEngine engine) : IDisposable
{
    private bool _disposed;

    public SandboxEngine Engine => engine;

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            pool.Return(engine);
        }
    }
}
