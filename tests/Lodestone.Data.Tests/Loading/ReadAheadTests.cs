using Lodestone.Data.Loading;

namespace Lodestone.Data.Tests.Loading;

/// <summary>The producer thread of a bulk import: order kept, bounded, errors and early stops carried across threads.</summary>
public sealed class ReadAheadTests
{
    [Theory]
    // Empty, fewer than a batch, exactly one batch, a partial last batch, many batches past the queue's capacity.
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(1000)]
    public void Of_AnyLength_YieldsEveryItemInOrder(int count)
    {
        // Given a sequence 0..count-1, batches of 8, two batches ahead
        var source = Enumerable.Range(0, count);

        // When it is read ahead
        var read = ReadAhead.Of(source, batchSize: 8, batches: 2).ToList();

        // Then the consumer sees the same items in the same order
        Assert.Equal(Enumerable.Range(0, count), read);
    }

    [Fact]
    public void Of_SlowConsumer_ProducerStaysAtMostTheQueuePlusTwoBatchesAhead()
    {
        // Given a producer that counts what it has produced, batches of 10, 3 batches queued at most
        var produced = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 10_000; i++)
            {
                Interlocked.Increment(ref produced);
                yield return i;
            }
        }

        // When the consumer reads one item and waits
        using var reading = ReadAhead.Of(Source(), batchSize: 10, batches: 3).GetEnumerator();
        Assert.True(reading.MoveNext());
        Thread.Sleep(200);

        // Then the producer is blocked: the batch being read, 3 queued and the one it is filling (10 + 30 + 10 items)
        Assert.InRange(Volatile.Read(ref produced), 1, 50);
    }

    [Fact]
    public void Of_SourceThrows_TheConsumerGetsTheExceptionAfterTheItemsBeforeIt()
    {
        // Given a source that fails after 5 items (as a damaged zip does while it is read)
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 5; i++)
            {
                yield return i;
            }
            throw new InvalidDataException("damaged");
        }

        // When it is read ahead
        var read = new List<int>();
        var error = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var item in ReadAhead.Of(Source(), batchSize: 2, batches: 1))
            {
                read.Add(item);
            }
        });

        // Then the items before the failure arrive, then the source's own exception
        Assert.Equal("damaged", error.Message);
        Assert.Equal([0, 1, 2, 3, 4], read);
    }

    [Fact]
    public void Of_ConsumerStopsEarly_TheProducerIsStoppedAndTheSourceDisposed()
    {
        // Given an endless source that records its disposal
        var disposed = new ManualResetEventSlim();
        IEnumerable<int> Source()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    yield return i;
                }
            }
            finally
            {
                disposed.Set();
            }
        }

        // When the consumer takes three items and stops (as a duplicate key stops the store's insert)
        var taken = ReadAhead.Of(Source(), batchSize: 4, batches: 2).Take(3).ToList();

        // Then the source was disposed on its thread before the enumeration returned
        Assert.Equal([0, 1, 2], taken);
        Assert.True(disposed.IsSet);
    }
}
