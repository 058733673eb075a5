using IntegrationHub.X12.ControlNumbers;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Parsing;
using IntegrationHub.X12.Partners;
using IntegrationHub.X12.Writing;

namespace IntegrationHub.X12.Tests.Writing;

public sealed class X12InterchangeGeneratorTests
{
    private static readonly X12PartnerProfile Partner = new()
    {
        Id = "acme",
        InterchangeQualifier = "ZZ",
        InterchangeId = "ACME",
        LocalInterchangeQualifier = "01",
        LocalInterchangeId = "HUB",
        Version = "005010",
        Delimiters = new X12Delimiters('|', '>', '^', '~'),
        Usage = X12UsageIndicator.Test,
    };

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static X12TransactionSet Po(string number)
    {
        var body = new X12Loop("850");
        body.Children.Add(new X12Segment("BEG", "00", "SA", number, string.Empty, "20260101"));
        var line = new X12Loop("PO1Loop");
        line.Children.Add(new X12Segment("PO1", "1", "2", "EA", "9.5"));
        body.Children.Add(line);
        return new X12TransactionSet(new X12Segment("ST", "850", "9999"), body, null);
    }

    [Fact]
    public async Task CreateAsync_TwoSets_WritesValidInterchangeWithProfileDelimitersAndCounts()
    {
        var sut = new X12InterchangeGenerator(new InMemoryControlNumberStore(), new FixedTime(new DateTimeOffset(2026, 3, 4, 5, 6, 0, TimeSpan.Zero)));

        var interchange = await sut.CreateAsync(Partner, [Po("A"), Po("B")]);
        var text = X12Writer.Format([interchange]);
        var parsed = X12Parser.Parse(text)[0];

        Assert.StartsWith("ISA|00|          |00|          |01|HUB            |ZZ|ACME           |260304|0506|^|00501|000000001|0|T|>~\nGS|PO|HUB|ACME|20260304|0506|1|X|005010~\nST|850|0001~", text, StringComparison.Ordinal);
        Assert.Equal(["0001", "0002"], parsed.Groups[0].TransactionSets.Select(t => t.ControlNumber));
        Assert.Equal("4", parsed.Groups[0].TransactionSets[0].Trailer!.GetValue(1));
        Assert.Equal(Partner.Delimiters, parsed.Delimiters);
    }

    [Fact]
    public async Task CreateAsync_Repeatedly_NeverReusesControlNumbers()
    {
        var sut = new X12InterchangeGenerator(new InMemoryControlNumberStore(), TimeProvider.System);

        var numbers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var x = await sut.CreateAsync(Partner, [Po("A")]);
            numbers.Add(x.ControlNumber + "/" + x.Groups[0].ControlNumber);
        }

        Assert.Equal(["000000001/1", "000000002/2", "000000003/3", "000000004/4", "000000005/5"], numbers);
    }

    [Fact]
    public async Task CreateAsync_ValueContainingDelimiter_FailsWhenWritten()
    {
        var sut = new X12InterchangeGenerator(new InMemoryControlNumberStore(), TimeProvider.System);
        var interchange = await sut.CreateAsync(Partner, [Po("A|B")]);

        var ex = Assert.Throws<ArgumentException>(() => X12Writer.Format([interchange]));

        Assert.Contains("BEG03 value 'A|B' contains the delimiter '|'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileControlNumberStore_NewInstanceAndConcurrentCallers_ContinueWithoutReuse()
    {
        var dir = Path.Combine(Path.GetTempPath(), "hub-cn-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var first = new FileControlNumberStore(dir))
            {
                Assert.Equal(1, await first.NextAsync("p/1", X12ControlNumberKind.Interchange, default));
                Assert.Equal(2, await first.NextAsync("p/1", X12ControlNumberKind.Interchange, default));
                Assert.Equal(1, await first.NextAsync("p/1", X12ControlNumberKind.Group, default));
            }

            using var a = new FileControlNumberStore(dir);
            using var b = new FileControlNumberStore(dir);
            var all = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? a : b).NextAsync("p/1", X12ControlNumberKind.Interchange, default).AsTask()));

            Assert.Equal(Enumerable.Range(3, 40).Select(i => (long)i), all.Order());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task InMemoryStore_AtMaximum_ThrowsInsteadOfWrapping()
    {
        var store = new InMemoryControlNumberStore();
        store.Seed("p", X12ControlNumberKind.Group, X12ControlNumbers.Max);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => store.NextAsync("p", X12ControlNumberKind.Group, default).AsTask());

        Assert.Contains("exhausted", ex.Message, StringComparison.Ordinal);
    }
}
