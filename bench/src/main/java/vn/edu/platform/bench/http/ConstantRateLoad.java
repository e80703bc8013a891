package vn.edu.platform.bench.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-model load generator: sends requests at a fixed rate whatever the server's latency (like
 * wrk2, unlike a closed loop that slows down with the server), so the measured percentiles include
 * the queueing a slow server causes — no coordinated omission. Latency is measured from the moment
 * a request was <em>scheduled</em>, not from when it was sent.
 *
 * <p>Bounded in count and time, and only ever aimed at the URLs it is given (the local platform on
 * loopback).
 */
public final class ConstantRateLoad {

  /** Result of one run. */
  public record Result(
      String name,
      int ratePerSecond,
      Duration duration,
      long sent,
      long ok,
      long failed,
      double p50Ms,
      double p90Ms,
      double p99Ms,
      double maxMs) {

    public String markdownRow() {
      return String.format(
          Locale.ROOT,
          "| %s | %d | %ds | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |",
          name,
          ratePerSecond,
          duration.toSeconds(),
          sent,
          ok,
          failed,
          p50Ms,
          p90Ms,
          p99Ms,
          maxMs);
    }
  }

  private ConstantRateLoad() {}

  /**
   * Sends GET requests to the URLs in turn at {@code ratePerSecond} for {@code duration}, after a
   * warm-up of {@code warmup} at the same rate whose figures are discarded.
   */
  public static Result run(
      String name,
      List<URI> urls,
      String bearerToken,
      int ratePerSecond,
      Duration warmup,
      Duration duration) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    phase(client, urls, bearerToken, ratePerSecond, warmup);
    return summarise(
        name, ratePerSecond, duration, phase(client, urls, bearerToken, ratePerSecond, duration));
  }

  private record Samples(long[] latenciesNanos, long sent, long ok, long failed) {}

  private static Samples phase(
      HttpClient client, List<URI> urls, String token, int rate, Duration duration) {
    int total = (int) Math.min(Integer.MAX_VALUE - 1, rate * duration.toSeconds());
    AtomicLongArray latencies = new AtomicLongArray(total);
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
    long intervalNanos = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long scheduled = start + i * intervalNanos;
      long wait = scheduled - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      int index = i;
      HttpRequest request =
          HttpRequest.newBuilder(urls.get(i % urls.size()))
              .timeout(Duration.ofSeconds(10))
              .header("Authorization", "Bearer " + token)
              .GET()
              .build();
      inFlight.add(
          client
              .sendAsync(request, HttpResponse.BodyHandlers.discarding())
              .whenComplete(
                  (response, error) -> {
                    latencies.set(index, System.nanoTime() - scheduled);
                    if (error == null && response.statusCode() == 200) {
                      ok.incrementAndGet();
                    } else {
                      failed.incrementAndGet();
                    }
                  }));
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
        .exceptionally(e -> null)
        .join();
    long[] values = new long[total];
    for (int i = 0; i < total; i++) {
      values[i] = latencies.get(i);
    }
    return new Samples(values, total, ok.get(), failed.get());
  }

  private static Result summarise(String name, int rate, Duration duration, Samples samples) {
    long[] sorted = samples.latenciesNanos().clone();
    Arrays.sort(sorted);
    return new Result(
        name,
        rate,
        duration,
        samples.sent(),
        samples.ok(),
        samples.failed(),
        percentile(sorted, 0.50),
        percentile(sorted, 0.90),
        percentile(sorted, 0.99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
  }
}
