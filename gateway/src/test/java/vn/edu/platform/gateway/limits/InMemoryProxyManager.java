package vn.edu.platform.gateway.limits;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A Bucket4j proxy manager over a map: the same compare-and-swap protocol, serialisation and
 * commands the Redis and PostgreSQL modules run, with the "remote" store in memory. Two instances
 * over one map behave like two gateway replicas sharing a store.
 */
final class InMemoryProxyManager extends AbstractCompareAndSwapBasedProxyManager<String> {

  private final ConcurrentMap<String, byte[]> store;

  InMemoryProxyManager(ConcurrentMap<String, byte[]> store) {
    super(ClientSideConfig.getDefault());
    this.store = store;
  }

  static ConcurrentMap<String, byte[]> newStore() {
    return new ConcurrentHashMap<>();
  }

  @Override
  protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
    return new CompareAndSwapOperation() {
      @Override
      public Optional<byte[]> getStateData(Optional<Long> timeout) {
        return Optional.ofNullable(store.get(key));
      }

      @Override
      public boolean compareAndSwap(
          byte[] originalData, byte[] newData, RemoteBucketState newState, Optional<Long> ttl) {
        return swap(key, originalData, newData);
      }
    };
  }

  @Override
  protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
    return new AsyncCompareAndSwapOperation() {
      @Override
      public CompletableFuture<Optional<byte[]>> getStateData(Optional<Long> timeout) {
        return CompletableFuture.completedFuture(Optional.ofNullable(store.get(key)));
      }

      @Override
      public CompletableFuture<Boolean> compareAndSwap(
          byte[] originalData, byte[] newData, RemoteBucketState newState, Optional<Long> ttl) {
        return CompletableFuture.completedFuture(swap(key, originalData, newData));
      }
    };
  }

  private boolean swap(String key, byte[] expected, byte[] replacement) {
    if (expected == null) {
      return store.putIfAbsent(key, replacement) == null;
    }
    byte[][] swapped = {null};
    store.computeIfPresent(
        key,
        (k, current) -> {
          if (Arrays.equals(current, expected)) {
            swapped[0] = replacement;
            return replacement;
          }
          return current;
        });
    return swapped[0] != null;
  }

  @Override
  protected CompletableFuture<Void> removeAsync(String key) {
    store.remove(key);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void removeProxy(String key) {
    store.remove(key);
  }

  @Override
  public boolean isAsyncModeSupported() {
    return true;
  }
}
