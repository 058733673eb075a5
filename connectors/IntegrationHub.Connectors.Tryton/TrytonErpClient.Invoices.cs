using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;
using IntegrationHub.Connectors.Tryton.Rpc;

namespace IntegrationHub.Connectors.Tryton;

public sealed partial class TrytonErpClient
{
    /// <summary>listPostedInvoices: customer invoices posted (or since paid) and changed at or after <paramref name="since"/>, oldest change first.</summary>
    public async Task<IReadOnlyList<Invoice>> ListPostedInvoicesAsync(DateTimeOffset since, int limit = 100, CancellationToken cancellationToken = default)
    {
        var rows = await SearchReadAsync("account.invoice",
            Domain(Clause("type", "=", "out"), Clause("state", "in", new JsonArray("posted", "paid")), ChangedSince(since)),
            ["number", "party.code", "invoice_date", "state", "untaxed_amount", "total_amount", "currency.code", "sales", "lines", "write_date", "create_date"],
            cancellationToken, limit: limit, order: "write_date").ConfigureAwait(false);
        var lineIds = rows.SelectMany(r => r["lines"] is JsonArray l ? l.Select(TrytonValues.ToId) : []).ToList();
        var lines = (await ReadAsync("account.invoice.line", lineIds, ["product.code", "description", "quantity", "unit.symbol", "unit_price", "amount"], cancellationToken).ConfigureAwait(false))
            .ToDictionary(l => TrytonValues.ToId(l["id"]));
        return rows.Select(r =>
        {
            var currency = TrytonValues.ToText(TrytonValues.Path(r, "currency.code")) ?? string.Empty;
            return new Invoice(
                TrytonValues.ToId(r["id"]),
                TrytonValues.ToText(r["number"]),
                TrytonValues.ToText(TrytonValues.Path(r, "party.code")) ?? string.Empty,
                TrytonValues.ToDate(r["invoice_date"]),
                TrytonValues.ToText(r["state"]) ?? string.Empty,
                new Money(TrytonValues.ToDecimal(r["untaxed_amount"]), currency),
                new Money(TrytonValues.ToDecimal(r["total_amount"]), currency),
                r["sales"] is JsonArray s ? s.Select(TrytonValues.ToId).ToList() : [],
                ChangedAt(r),
                (r["lines"] is JsonArray l ? l.Select(TrytonValues.ToId) : []).Select(id => lines[id]).Select(x => new InvoiceLine(
                    TrytonValues.ToText(TrytonValues.Path(x, "product.code")),
                    TrytonValues.ToText(x["description"]),
                    TrytonValues.ToDecimal(x["quantity"]),
                    TrytonValues.ToText(TrytonValues.Path(x, "unit.symbol")),
                    new Money(TrytonValues.ToDecimal(x["unit_price"]), currency),
                    new Money(TrytonValues.ToDecimal(x["amount"]), currency))).ToList());
        }).ToList();
    }

    /// <summary>listChanges: records of an entity created or modified at or after <paramref name="since"/>, for polling triggers.</summary>
    public async Task<ChangeSet> ListChangesAsync(ChangeEntity entity, DateTimeOffset since, int limit = 500, CancellationToken cancellationToken = default)
    {
        var (model, key) = entity switch
        {
            ChangeEntity.Customer => ("party.party", "code"),
            ChangeEntity.Item => ("product.product", "code"),
            ChangeEntity.SalesOrder => ("sale.sale", "number"),
            ChangeEntity.Shipment => ("stock.shipment.out", "number"),
            ChangeEntity.PurchaseOrder => ("purchase.purchase", "number"),
            ChangeEntity.SupplierShipment => ("stock.shipment.in", "number"),
            ChangeEntity.Invoice => ("account.invoice", "number"),
            _ => throw new TrytonException(ErrorCategory.DataQuality, $"Unknown change entity '{entity}'.", "InvalidEntity"),
        };
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        // Sorted here, not by Tryton: a record never written has no write_date, so SQL order would misplace it.
        var rows = await SearchReadAsync(model, Domain(ChangedSince(since)), [key, "write_date", "create_date"], cancellationToken).ConfigureAwait(false);
        var changes = rows.Select(r => new Change(TrytonValues.ToId(r["id"]), TrytonValues.ToText(r[key]), ChangedAt(r)))
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).Take(limit).ToList();
        return new ChangeSet(entity, since, changes.Count == 0 ? since : changes[^1].ChangedAt, changes);
    }

    private static JsonArray ChangedSince(DateTimeOffset since) =>
        new("OR", Clause("write_date", ">=", TrytonValues.DateTime(since)), Clause("create_date", ">=", TrytonValues.DateTime(since)));

    private static DateTimeOffset ChangedAt(JsonObject row) =>
        TrytonValues.ToDateTime(row["write_date"]) ?? TrytonValues.ToDateTime(row["create_date"])
        ?? throw new TrytonException("Tryton returned a record without create_date.");
}
