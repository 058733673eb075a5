using System.Globalization;
using System.Text;
using IntegrationHub.Connectors.Edi.Model;
using IntegrationHub.Connectors.Edi.Transport;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.X12;
using IntegrationHub.X12.Partners;

namespace IntegrationHub.Connectors.Edi.Internal;

/// <summary>
/// One poll of the partner's inbound folder, idempotent per idempotency key and per file.
/// </summary>
/// <remarks>
/// <para>A poll is a batch (<c>in/batch/{id}</c>, id = hash of the idempotency key). It claims each new file by an atomic
/// rename into <c>processing/{id}/</c>, so concurrent polls never take the same file and a crashed poll finds its files
/// again. Per file, in this order: download; if a file of the same name and content was received before, archive it as a
/// duplicate (no items); otherwise parse it, generate its acknowledgments (control numbers from the partner's sequence) and
/// record items and acknowledgments in <c>in/file/…</c>; add the file to the batch; upload each acknowledgment once; move
/// the file to the archive (or, when nothing in it could be accepted, to the error folder with a <c>.error.txt</c> reason).
/// The batch is then marked complete and its answer is rebuilt from these records, also for a retried call with the same
/// key: a retry after a crash at any point returns every item exactly once and never generates or uploads an
/// acknowledgment twice.</para>
/// <para>Files left claimed by a poll that never finished (it crashed and its run was not retried) are taken over after
/// <see cref="EdiSettings.ClaimTimeoutMinutes"/>.</para>
/// </remarks>
internal sealed class InboundReceiver(OperationContext context, EdiSettings settings, CancellationToken cancellationToken)
{
    private readonly IConnectorStateStore _state = context.State;
    private readonly X12PartnerProfile _partner = settings.Partner.ToProfile();
    private readonly HashSet<string> _adopted = new(StringComparer.Ordinal);
    private string _batchId = string.Empty;
    private string _batchKey = string.Empty;

    public static string BatchKey(string batchId) => "in/batch/" + batchId;

    public static string FileKey(string name, string sha256) => "in/file/" + Hashing.Sha256Hex(name + "\n" + sha256);

    public async Task<ReceiveInterchangesOutput> ReceiveAsync(ReceiveInterchangesInput input)
    {
        var connection = settings.ToConnectionOptions();
        var now = context.TimeProvider.GetUtcNow();
        _batchId = context.IdempotencyKey is { } key ? Hashing.Sha256Hex(key)[..32] : Guid.NewGuid().ToString("N");
        _batchKey = BatchKey(_batchId);
        var created = await _state.TryCreateAsync(_batchKey, StateJson.Serialize(new InboundBatch { Id = _batchId, StartedAt = now, UpdatedAt = now }), cancellationToken).ConfigureAwait(false);
        var batch = StateJson.Deserialize<InboundBatch>(created.Entry);
        if (batch.Complete)
        {
            return await AnswerAsync(batch, replayed: true).ConfigureAwait(false);
        }

        var limit = Math.Clamp(input.MaxFiles ?? settings.MaxFilesPerPoll, 1, 1000);
        var moreWaiting = await SftpScope.RunAsync(connection, "receiving", session => PollAsync(session, limit), cancellationToken).ConfigureAwait(false);
        batch = await StateJson.UpdateAsync<InboundBatch>(_state, _batchKey, b => b with { Complete = true, MoreWaiting = moreWaiting, UpdatedAt = context.TimeProvider.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(batch, replayed: !created.Created).ConfigureAwait(false);
    }

    private async Task<bool> PollAsync(SftpSession session, int limit)
    {
        var claimFolder = SftpSession.Combine(settings.Processing, _batchId);
        foreach (var folder in new[] { settings.Archive, settings.Error, settings.Processing, claimFolder })
        {
            await session.EnsureDirectoryAsync(folder, cancellationToken).ConfigureAwait(false);
        }

        // 1. Files this batch claimed before a crash, 2. files of abandoned polls, 3. new files.
        var work = (await session.ListFilesAsync(claimFolder, cancellationToken).ConfigureAwait(false))
            .OrderBy(f => f.LastWriteUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => (f.Name, Resumed: true)).ToList();
        await AdoptAbandonedAsync(session, claimFolder, work, limit).ConfigureAwait(false);

        var now = context.TimeProvider.GetUtcNow().UtcDateTime;
        var minimumAge = TimeSpan.FromSeconds(settings.MinimumFileAgeSeconds);
        var candidates = (await session.ListFilesAsync(settings.InboundFolder, cancellationToken).ConfigureAwait(false))
            .Where(f => Wanted(f.Name) && now - f.LastWriteUtc >= minimumAge)
            .OrderBy(f => f.LastWriteUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        var moreWaiting = false;
        foreach (var file in candidates)
        {
            if (work.Count >= limit)
            {
                moreWaiting = true;
                break;
            }

            if (work.Any(w => w.Name == file.Name))
            {
                // A claimed file of the same name is still being handled; take this one next time.
                moreWaiting = true;
                continue;
            }

            // The rename fails when another poll took the file first (source gone) or already holds that name: an atomic claim.
            if (await session.TryRenameAsync(SftpSession.Combine(settings.InboundFolder, file.Name), SftpSession.Combine(claimFolder, file.Name), cancellationToken).ConfigureAwait(false))
            {
                work.Add((file.Name, false));
            }
            else
            {
                Log.ClaimLost(context.Logger, file.Name);
            }
        }

        foreach (var (name, resumed) in work)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Log.Claimed(context.Logger, name, session.Host, _batchId, resumed);
            await HandleAsync(session, claimFolder, name).ConfigureAwait(false);
        }

        await session.TryDeleteDirectoryAsync(claimFolder, cancellationToken).ConfigureAwait(false);
        return moreWaiting;
    }

    private async Task AdoptAbandonedAsync(SftpSession session, string claimFolder, List<(string Name, bool Resumed)> work, int limit)
    {
        var now = context.TimeProvider.GetUtcNow();
        var timeout = TimeSpan.FromMinutes(settings.ClaimTimeoutMinutes);
        foreach (var folder in await session.ListDirectoriesAsync(settings.Processing, cancellationToken).ConfigureAwait(false))
        {
            if (folder.Name == _batchId || work.Count >= limit)
            {
                continue;
            }

            var other = folder.Name.Length == 32 && folder.Name.All(char.IsAsciiHexDigitLower)
                ? await StateJson.GetAsync<InboundBatch>(_state, BatchKey(folder.Name), cancellationToken).ConfigureAwait(false)
                : null;
            var lastActivity = new DateTimeOffset(DateTime.SpecifyKind(folder.LastWriteUtc, DateTimeKind.Utc));
            if (other is not null && other.UpdatedAt > lastActivity)
            {
                lastActivity = other.UpdatedAt;
            }

            if (other?.Complete != true && now - lastActivity < timeout)
            {
                continue;
            }

            var path = SftpSession.Combine(settings.Processing, folder.Name);
            foreach (var file in await session.ListFilesAsync(path, cancellationToken).ConfigureAwait(false))
            {
                if (work.Count >= limit || work.Any(w => w.Name == file.Name))
                {
                    continue;
                }

                if (await session.TryRenameAsync(SftpSession.Combine(path, file.Name), SftpSession.Combine(claimFolder, file.Name), cancellationToken).ConfigureAwait(false))
                {
                    Log.Adopted(context.Logger, file.Name, folder.Name);
                    _adopted.Add(file.Name);
                    work.Add((file.Name, true));
                }
            }

            await session.TryDeleteDirectoryAsync(path, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(SftpSession session, string claimFolder, string name)
    {
        var claimed = SftpSession.Combine(claimFolder, name);
        if (!await session.ExistsAsync(claimed, cancellationToken).ConfigureAwait(false))
        {
            // Taken over by another poll meanwhile (we were presumed dead): it owns the file now.
            return;
        }

        var content = await session.DownloadAsync(claimed, cancellationToken).ConfigureAwait(false);
        var sha = Hashing.Sha256Hex(content);
        var fileKey = FileKey(name, sha);
        var record = await StateJson.GetAsync<InboundFileRecord>(_state, fileKey, cancellationToken).ConfigureAwait(false);
        if (record is not null && record.Batch != _batchId)
        {
            var owner = await StateJson.GetAsync<InboundBatch>(_state, BatchKey(record.Batch), cancellationToken).ConfigureAwait(false);
            if (_adopted.Contains(name) && owner?.Complete != true)
            {
                // The very file an abandoned poll was handling: this poll owns it and its items now.
                record = await StateJson.UpdateAsync<InboundFileRecord>(_state, fileKey, r => r with { Batch = _batchId }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ArchiveDuplicateAsync(session, claimed, name, sha, content.LongLength, record).ConfigureAwait(false);
                return;
            }
        }

        if (record is null)
        {
            var fresh = await ReadAsync(name, sha, content).ConfigureAwait(false);
            var created = await _state.TryCreateAsync(fileKey, StateJson.Serialize(fresh), cancellationToken).ConfigureAwait(false);
            record = StateJson.Deserialize<InboundFileRecord>(created.Entry);
            if (record.Batch != _batchId)
            {
                // Another poll recorded the same name and content at the same moment (the partner sent it twice).
                await ArchiveDuplicateAsync(session, claimed, name, sha, content.LongLength, record).ConfigureAwait(false);
                return;
            }
        }

        await StateJson.UpdateAsync<InboundBatch>(_state, _batchKey, b => b.Files.Contains(fileKey)
            ? b with { UpdatedAt = context.TimeProvider.GetUtcNow() }
            : b with { Files = [.. b.Files, fileKey], UpdatedAt = context.TimeProvider.GetUtcNow() }, cancellationToken).ConfigureAwait(false);

        for (var i = 0; i < record.Acknowledgments.Count; i++)
        {
            var ack = record.Acknowledgments[i];
            if (ack.Uploaded)
            {
                continue;
            }

            var bytes = Encoding.UTF8.GetBytes(ack.Content);
            await session.UploadAsync(settings.Acknowledgments, ack.FileName, bytes, cancellationToken).ConfigureAwait(false);
            Log.Uploaded(context.Logger, ack.FileName, bytes.LongLength, session.Host);
            var index = i;
            record = await StateJson.UpdateAsync<InboundFileRecord>(_state, fileKey, r => r with
            {
                Acknowledgments = [.. r.Acknowledgments.Select((a, n) => n == index ? a with { Uploaded = true } : a)],
            }, cancellationToken).ConfigureAwait(false);
        }

        var failed = record.Outcome == EdiFileOutcome.Failed;
        var target = await MoveAsync(session, claimed, failed ? settings.Error : settings.Archive, name, failed ? record.Problems : null).ConfigureAwait(false);
        if (target is null)
        {
            return;
        }

        if (failed)
        {
            Log.Failed(context.Logger, name, target, string.Join("; ", record.Problems));
        }
        else
        {
            Log.Archived(context.Logger, name, target, record.Items.Count);
        }

        await StateJson.UpdateAsync<InboundFileRecord>(_state, fileKey, r => r with { MovedTo = target }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InboundFileRecord> ReadAsync(string name, string sha, byte[] content)
    {
        var record = new InboundFileRecord
        {
            Name = name,
            Sha256 = sha,
            Size = content.LongLength,
            Batch = _batchId,
            ReceivedAt = context.TimeProvider.GetUtcNow(),
            Outcome = EdiFileOutcome.Failed,
        };
        try
        {
            var numbers = new StateControlNumberStore(_state, settings.Partner.ControlNumberStart);
            var (items, result) = await X12Inbound.ProcessAsync(content, _partner, numbers, context.TimeProvider, name, cancellationToken).ConfigureAwait(false);
            var problems = X12Inbound.Problems(result);
            if (result.Interchanges.Count == 0)
            {
                problems.Add("the file holds no X12 interchange (it is empty or only whitespace)");
            }

            // A file goes to the error folder only when nothing in it could be accepted; partial rejections were told to the
            // partner in the acknowledgments and are listed as problems of an archived file.
            var outcome = items.Count == 0 && problems.Count > 0 ? EdiFileOutcome.Failed : EdiFileOutcome.Archived;
            return record with
            {
                Outcome = outcome,
                Problems = problems,
                Items = items,
                Acknowledgments = [.. result.Outbound.Select(a => X12Inbound.ToPending(a, _partner))],
            };
        }
        catch (X12ParseException ex)
        {
            return record with { Problems = [$"not readable as X12: {ex.Message}"] };
        }
    }

    private async Task ArchiveDuplicateAsync(SftpSession session, string claimed, string name, string sha, long size, InboundFileRecord first)
    {
        var target = await MoveAsync(session, claimed, settings.Archive, name, null, "duplicate-").ConfigureAwait(false);
        if (target is null)
        {
            return;
        }

        Log.Duplicate(context.Logger, name, target);
        var duplicate = new EdiReceivedFile
        {
            Name = name,
            Sha256 = sha,
            Size = size,
            Outcome = EdiFileOutcome.Duplicate,
            MovedTo = target,
            Problems = [string.Create(CultureInfo.InvariantCulture, $"received before at {first.ReceivedAt:O}{(first.MovedTo is null ? string.Empty : $" (archived as {first.MovedTo})")}; its items were given then")],
        };
        await StateJson.UpdateAsync<InboundBatch>(_state, _batchKey, b => b.Duplicates.Any(d => d.MovedTo == target)
            ? b
            : b with { Duplicates = [.. b.Duplicates, duplicate], UpdatedAt = context.TimeProvider.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves a claimed file to its final folder under a time-stamped name; <see langword="null"/> when another poll took it over.</summary>
    private async Task<string?> MoveAsync(SftpSession session, string claimed, string folder, string name, IReadOnlyList<string>? reasons, string prefix = "")
    {
        var stamp = context.TimeProvider.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var target = SftpSession.Combine(folder, attempt == 0 ? $"{stamp}-{prefix}{name}" : $"{stamp}-{attempt}-{prefix}{name}");
            if (reasons is not null)
            {
                var note = new StringBuilder()
                    .Append(CultureInfo.InvariantCulture, $"{context.TimeProvider.GetUtcNow():O} {name} could not be processed and was moved here.\n");
                foreach (var reason in reasons)
                {
                    note.Append("- ").Append(reason).Append('\n');
                }

                await session.WriteAsync(target + ".error.txt", Encoding.UTF8.GetBytes(note.ToString()), cancellationToken).ConfigureAwait(false);
            }

            if (await session.TryRenameAsync(claimed, target, cancellationToken).ConfigureAwait(false))
            {
                return target;
            }

            if (!await session.ExistsAsync(claimed, cancellationToken).ConfigureAwait(false))
            {
                // Another poll took the file over (we were presumed dead); drop our note if we wrote one.
                if (reasons is not null)
                {
                    await session.TryDeleteAsync(target + ".error.txt", cancellationToken).ConfigureAwait(false);
                }

                return null;
            }

            if (reasons is not null)
            {
                await session.TryDeleteAsync(target + ".error.txt", cancellationToken).ConfigureAwait(false);
            }
        }

        throw new ConnectorException(ErrorCategory.Transient, $"Could not move {claimed} into {folder}: the target names are taken; try again.", "move_failed");
    }

    private async Task<ReceiveInterchangesOutput> AnswerAsync(InboundBatch batch, bool replayed)
    {
        var items = new List<EdiTransactionSet>();
        var files = new List<EdiReceivedFile>();
        var acknowledgments = new List<EdiSentAcknowledgment>();
        foreach (var key in batch.Files)
        {
            var record = await StateJson.GetAsync<InboundFileRecord>(_state, key, cancellationToken).ConfigureAwait(false);
            if (record is null || record.Batch != batch.Id)
            {
                // Taken over by a later poll (this one was presumed dead): that poll gives its items.
                continue;
            }

            items.AddRange(record.Items);
            acknowledgments.AddRange(record.Acknowledgments.Select(a => X12Inbound.ToSent(a, record.Name)));
            files.Add(new EdiReceivedFile
            {
                Name = record.Name,
                Sha256 = record.Sha256,
                Size = record.Size,
                Outcome = record.Outcome,
                MovedTo = record.MovedTo,
                ItemCount = record.Items.Count,
                Problems = record.Problems,
            });
        }

        files.AddRange(batch.Duplicates);
        return new ReceiveInterchangesOutput { Items = items, Files = files, Acknowledgments = acknowledgments, Replayed = replayed, MoreWaiting = batch.MoreWaiting };
    }

    private bool Wanted(string name) =>
        !name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        && !name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        && !name.EndsWith(".error.txt", StringComparison.OrdinalIgnoreCase)
        && (settings.FileExtensions.Count == 0 || settings.FileExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)));
}
