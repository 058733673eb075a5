var builder = WebApplication.CreateBuilder(args);
builder.AddHub();

var app = builder.Build();
app.UseHub();
app.MapHubEndpoints();

await app.InitializeHubAsync();
await app.RunAsync();
