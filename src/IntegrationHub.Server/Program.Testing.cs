// Lets WebApplicationFactory<Program> reach the entry point from the test projects.
#pragma warning disable CA1515 // The test host needs a public Program type.
public partial class Program;
#pragma warning restore CA1515
