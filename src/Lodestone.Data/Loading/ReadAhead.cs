using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Lodestone.Data.Loading;

/// <summary>Enumerates a sequence on a thread of its own, a few batches ahead of the consumer, so parsing and writing overlap.</summary>
/// <remarks>
/// <para>A bulk import reads and parses a file on one core while the store writes on the other: wall time becomes the slower of
/// the two instead of their sum. Memory stays bounded: at most <c>batches</c> full batches wait, whatever the input's size.</para>
/// <para>The source is enumerated (and disposed) only on the producer thread, so state it shares with its caller (an issue log, a
/// tally) is written by one thread; the caller reads that state once the enumeration is over, after the producer has ended.
/// An exception of the source surfaces in the consumer, with its stack, where the source's end would have been; when the
/// consumer stops early (an exception, a break, a cancellation) the producer is stopped and waited for before this returns.</para>
/// </remarks>
internal static class ReadAhead
{
    /// <param name="source">The sequence to enumerate on the producer thread.</param>
    /// <param name="batchSize">Items handed over at once (fewer hand-offs, less locking).</param>
    /// <param name="batches">Full batches that may wait for the consumer before the producer blocks.</param>
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int batchSize = 4096, int batches = 4, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batches, 1);
        return Enumerate(source, batchSize, batches, cancellationToken);
    }

    private static IEnumerable<T> Enumerate<T>(IEnumerable<T> source, int batchSize, int batches, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new BlockingCollection<T[]>(batches);
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                Produce(source, batchSize, queue, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early (or was cancelled): nothing is waiting for the rest.
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable(cancellationToken))
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }
            producer.Wait(CancellationToken.None);
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            producer.Wait(CancellationToken.None);
        }
    }

    private static void Produce<T>(IEnumerable<T> source, int batchSize, BlockingCollection<T[]> queue, CancellationToken cancellationToken)
    {
        var batch = new T[batchSize];
        var count = 0;
        try
        {
            foreach (var item in source)
            {
                batch[count++] = item;
                if (count == batchSize)
                {
                    queue.Add(batch, cancellationToken);
                    batch = new T[batchSize];
                    count = 0;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The items read before the failure go first, as they would have without the read-ahead.
            Flush(batch, count, queue, cancellationToken);
            throw;
        }
        Flush(batch, count, queue, cancellationToken);
    }

    private static void Flush<T>(T[] batch, int count, BlockingCollection<T[]> queue, CancellationToken cancellationToken)
    {
        if (count > 0)
        {
            queue.Add(batch[..count], cancellationToken);
        }
    }
}
