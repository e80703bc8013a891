package vn.edu.platform.signing.jades;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * The time-stamp authority, asked for a batch's signature time-stamps before DSS needs them, a few
 * requests at a time. DSS asks for one time-stamp per group signature while it builds that
 * signature, one after the other: over HTTP each is a round trip to the TSA during which nothing
 * else happens. Once the key has answered the batch's signature values, the digests DSS will ask
 * for are known (JAdES's signature time-stamp covers the base64url form of the JWS signature value,
 * ETSI TS 119 182-1 5.3.4), so they are requested at once and DSS's questions are answered from
 * them.
 *
 * <p>A question this source has no answer ready for (another digest algorithm, a signature value
 * the key transformed, a request that failed) goes to the authority as before, so the time-stamps
 * are the authority's own in every case; ahead only changes when they are asked.
 */
final class TimestampsAhead implements TSPSource {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * Requests to the authority at once: a licensed TSA answers many, but a batch need not flood it.
   */
  static final int AT_ONCE = 4;

  private final TSPSource authority;
  private final transient ConcurrentMap<String, CompletableFuture<TimestampBinary>> ready =
      new ConcurrentHashMap<>();

  TimestampsAhead(TSPSource authority) {
    this.authority = authority;
  }

  /**
   * Asks the authority now for the signature time-stamps of these JWS signature values; returns the
   * keys to {@link #forget} once the batch is signed, whatever became of them.
   */
  List<String> requestFor(List<byte[]> signatureValues, DigestAlgorithm algorithm) {
    List<String> keys = new ArrayList<>(signatureValues.size());
    Semaphore atOnce = new Semaphore(AT_ONCE);
    ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    for (byte[] value : signatureValues) {
      byte[] imprint =
          DSSUtils.digest(
              algorithm,
              Base64.getUrlEncoder()
                  .withoutPadding()
                  .encode(value)); // the ASCII of the base64url value
      String key = key(algorithm, imprint);
      keys.add(key);
      ready.computeIfAbsent(
          key,
          k ->
              CompletableFuture.supplyAsync(
                  () -> {
                    atOnce.acquireUninterruptibly();
                    try {
                      return authority.getTimeStampResponse(algorithm, imprint);
                    } finally {
                      atOnce.release();
                    }
                  },
                  threads));
    }
    // the threads end with their requests; nothing waits for them here
    threads.shutdown();
    return keys;
  }

  /** Drops what was requested for a batch and not asked for (a batch that failed half-way). */
  void forget(List<String> keys) {
    keys.forEach(ready::remove);
  }

  /** How many time-stamps are waiting to be asked for (for tests). */
  int waiting() {
    return ready.size();
  }

  @Override
  public TimestampBinary getTimeStampResponse(DigestAlgorithm algorithm, byte[] digest)
      throws DSSException {
    CompletableFuture<TimestampBinary> ahead = ready.remove(key(algorithm, digest));
    if (ahead != null) {
      try {
        return ahead.join();
      } catch (CompletionException | java.util.concurrent.CancellationException e) {
        // the request ahead failed: ask once more, now, and let the authority's answer decide
      }
    }
    return authority.getTimeStampResponse(algorithm, digest);
  }

  private static String key(DigestAlgorithm algorithm, byte[] digest) {
    return algorithm.name() + ":" + HexFormat.of().formatHex(digest);
  }
}
