using System.Text;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Edi.Model;
using IntegrationHub.Connectors.Edi.Transport;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.X12.ControlNumbers;
using IntegrationHub.X12.Events;
using IntegrationHub.X12.Json;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Parsing;
using IntegrationHub.X12.Partners;
using IntegrationHub.X12.Writing;

namespace IntegrationHub.Connectors.Edi.Internal;

/// <summary>
/// Sends one document, idempotent per idempotency key: the first call checks the document, takes the partner's next
/// control numbers, records the interchange under the key (<c>out/…</c>), uploads it (temporary name, then rename) and
/// marks it uploaded; a later call with the same key returns that interchange and never uploads it again (after a crash
/// between upload and mark, the file already in place with the same bytes counts as uploaded).
/// </summary>
internal sealed class OutboundSender(OperationContext context, EdiSettings settings, CancellationToken cancellationToken)
{
    private static readonly HashSet<string> Sendable = ["850", "855", "856", "810"];
    private readonly IConnectorStateStore _state = context.State;

    public static string RecordKey(string idempotencyKey) => "out/" + Hashing.Sha256Hex(idempotencyKey);

    public async Task<SendDocumentOutput> SendAsync(SendDocumentInput input)
    {
        var key = context.IdempotencyKey
            ?? throw new ConnectorException(ErrorCategory.Platform, "sendDocument needs an idempotency key (the runtime passes {runId}/{stepPath}) so that a retried step never sends a second interchange.", "idempotency_key_required");
        var partner = settings.Partner.ToProfile();
        var connection = settings.ToConnectionOptions();
        var recordKey = RecordKey(key);
        var documentHash = Hashing.Sha256Hex(input.Document.ToJsonString() + "\n" + input.FileName);
        var entry = await _state.GetAsync(recordKey, cancellationToken).ConfigureAwait(false);
        var replayed = entry is not null;
        var record = entry is null ? null : StateJson.Deserialize<OutboundRecord>(entry);
        if (record is not null && record.DocumentHash != documentHash)
        {
            // The same key with another document: allowed only while the first was never sent (an operator fixed the input).
            if (record.Uploaded || await SftpScope.RunAsync(connection, "checking the outbound folder", s => s.ExistsAsync(SftpSession.Combine(record.Folder, record.FileName), cancellationToken), cancellationToken).ConfigureAwait(false))
            {
                throw new ConnectorException(ErrorCategory.Platform, $"Idempotency key '{key}' already sent interchange {record.InterchangeControlNumber} ({record.FileName}) with a different document; a sent interchange is never replaced.", "idempotency_conflict");
            }

            var replacement = await GenerateAsync(input, partner, documentHash).ConfigureAwait(false);
            record = await _state.TryUpdateAsync(recordKey, StateJson.Serialize(replacement), entry!.Version, cancellationToken).ConfigureAwait(false) is not null
                ? replacement
                : throw new ConnectorException(ErrorCategory.Transient, $"The document of idempotency key '{key}' is being sent concurrently; try again.", "concurrency_conflict");
            replayed = false;
        }

        if (record is null)
        {
            var generated = await GenerateAsync(input, partner, documentHash).ConfigureAwait(false);
            var created = await _state.TryCreateAsync(recordKey, StateJson.Serialize(generated), cancellationToken).ConfigureAwait(false);
            record = StateJson.Deserialize<OutboundRecord>(created.Entry);
            replayed = !created.Created;
            if (record.DocumentHash != documentHash)
            {
                throw new ConnectorException(ErrorCategory.Platform, $"Idempotency key '{key}' is being used concurrently for a different document.", "idempotency_conflict");
            }
        }

        if (!record.Uploaded)
        {
            var bytes = Encoding.UTF8.GetBytes(record.Content);
            var pending = record;
            await SftpScope.RunAsync(connection, $"uploading {record.FileName}", async session =>
            {
                try
                {
                    await session.UploadAsync(pending.Folder, pending.FileName, bytes, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException ex) when (ex is not EndOfStreamException)
                {
                    throw new ConnectorException(ErrorCategory.Platform, ex.Message + " Choose another file name.", "remote_file_exists", ex);
                }

                Log.Uploaded(context.Logger, pending.FileName, bytes.LongLength, session.Host);
                return true;
            }, cancellationToken).ConfigureAwait(false);
            var now = context.TimeProvider.GetUtcNow();
            record = await StateJson.UpdateAsync<OutboundRecord>(_state, recordKey, r => r with { Uploaded = true, UploadedAt = r.UploadedAt ?? now }, cancellationToken).ConfigureAwait(false);
        }

        return new SendDocumentOutput
        {
            SetId = record.SetId,
            InterchangeControlNumber = record.InterchangeControlNumber,
            GroupControlNumber = record.GroupControlNumber,
            SetControlNumber = record.SetControlNumber,
            CorrelationKey = record.CorrelationKey,
            FileName = record.FileName,
            Folder = record.Folder,
            Content = record.Content,
            CreatedAt = record.CreatedAt,
            Replayed = replayed,
        };
    }

    /// <summary>Checks the document (JSON form, set type, X12 syntax against the set spec) before any control number is used.</summary>
    internal static X12TransactionSet CheckDocument(JsonObject document)
    {
        X12TransactionSet set;
        try
        {
            set = X12Json.FromJson(document);
        }
        catch (X12JsonException ex)
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"The document is not in the X12 JSON form: {ex.Message}", "invalid_document", ex);
        }

        if (!Sendable.Contains(set.Id))
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"sendDocument sends 850, 855, 856 and 810 transaction sets, not '{set.Id}'.", "unsupported_set");
        }

        return set;
    }

    private async Task<OutboundRecord> GenerateAsync(SendDocumentInput input, X12PartnerProfile partner, string documentHash)
    {
        var set = CheckDocument(input.Document);
        if (input.FileName is { } name && (name.Length == 0 || name.Contains('/', StringComparison.Ordinal) || name is "." or ".." || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"FileName '{name}' is not a valid remote file name (non-empty, no '/', not ending with .tmp).", "invalid_file_name");
        }

        // A dry run with throwaway numbers finds syntax errors before a real control number is used up.
        var preview = await BuildAsync(partner, set, new InMemoryControlNumberStore()).ConfigureAwait(false);
        var parsed = X12Parser.Parse(preview.Text, new X12ReaderOptions { ThrowOnEnvelopeErrors = false })[0].Groups[0].TransactionSets[0];
        var errors = parsed.Issues.Where(i => i.Severity == X12IssueSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"The {set.Id} document is not valid X12: {string.Join("; ", errors.Take(5).Select(e => e.ToString()))}{(errors.Count > 5 ? $"; and {errors.Count - 5} more" : string.Empty)}", "invalid_document");
        }

        var built = await BuildAsync(partner, set, new StateControlNumberStore(_state, settings.Partner.ControlNumberStart)).ConfigureAwait(false);
        var sent = built.Interchange.Groups[0].TransactionSets[0];
        var isa13 = built.Interchange.ControlNumber.Trim();
        return new OutboundRecord
        {
            DocumentHash = documentHash,
            SetId = set.Id,
            InterchangeControlNumber = isa13,
            GroupControlNumber = built.Interchange.Groups[0].ControlNumber,
            SetControlNumber = sent.ControlNumber,
            CorrelationKey = X12EventSplitter.CorrelationKey(sent),
            FileName = input.FileName ?? $"{set.Id}-{partner.Id}-{isa13}.edi",
            Folder = settings.OutboundFolder,
            Content = built.Text,
            CreatedAt = context.TimeProvider.GetUtcNow(),
        };
    }

    private async Task<(X12Interchange Interchange, string Text)> BuildAsync(X12PartnerProfile partner, X12TransactionSet set, IControlNumberStore numbers)
    {
        var generator = new X12InterchangeGenerator(numbers, context.TimeProvider);
        var interchange = await generator.CreateAsync(partner, [set], cancellationToken).ConfigureAwait(false);
        try
        {
            return (interchange, X12Writer.Format([interchange], partner.SegmentSuffix));
        }
        catch (ArgumentException ex)
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"The {set.Id} document cannot be written with the partner's delimiters: {ex.Message}", "invalid_document", ex);
        }
    }
}
