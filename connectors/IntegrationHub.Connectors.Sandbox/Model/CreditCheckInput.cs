namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Asks whether an order amount fits the customer's credit.</summary>
/// <param name="Customer">The customer code.</param>
/// <param name="Amount">The new order amount.</param>
public sealed record CreditCheckInput(string Customer, decimal Amount);
