package vn.edu.platform.test.securitykit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one run of the matrix or the fuzzer saw: requests sent, findings, and which of them known
 * gaps explain. {@link #assertClean()} fails on any unexplained finding and on any known gap of
 * this run's checks that explained nothing (it is fixed: remove it from the matrix file).
 */
public final class SecurityReport {

  private final String title;
  private final Set<String> checks;
  private final List<KnownGap> gaps;
  private final List<Finding> unexpected = new ArrayList<>();
  private final Map<String, Integer> known = new LinkedHashMap<>();
  private final Map<String, Integer> requestsByCategory = new TreeMap<>();
  private int requests;
  private long fixtureNanos;
  private int digestsCompared;
  private int digestsSkipped;
  private final Map<String, Long> slowestFixtures = new TreeMap<>();
  private final Map<String, Long> slowestOperations = new TreeMap<>();

  SecurityReport(String title, Set<String> checks, List<KnownGap> gaps) {
    this.title = title;
    this.checks = checks;
    this.gaps = gaps.stream().filter(g -> checks.contains(g.check())).toList();
    this.gaps.forEach(g -> known.put(g.name(), 0));
  }

  void sent(String category) {
    requests++;
    requestsByCategory.merge(category, 1, Integer::sum);
  }

  /** Time spent creating objects for one operation, so a slow fixture shows in the summary. */
  void fixtureTook(String operationId, long nanos) {
    fixtureNanos += nanos;
    slowestFixtures.merge(operationId, nanos / 1_000_000, Long::sum);
  }

  /** A batch's table digest was compared (all refused) or skipped (a request was accepted). */
  void digest(boolean compared) {
    if (compared) {
      digestsCompared++;
    } else {
      digestsSkipped++;
    }
  }

  /** Time the service took to answer one request of the operation. */
  void answerTook(String operationId, long nanos) {
    slowestOperations.merge(operationId, nanos / 1_000_000, Long::sum);
  }

  void record(Finding finding) {
    for (KnownGap gap : gaps) {
      if (gap.covers(finding)) {
        known.merge(gap.name(), 1, Integer::sum);
        return;
      }
    }
    unexpected.add(finding);
  }

  public int requests() {
    return requests;
  }

  public Map<String, Integer> requestsByCategory() {
    return Map.copyOf(requestsByCategory);
  }

  public List<Finding> unexpected() {
    return List.copyOf(unexpected);
  }

  /** Findings explained per known gap, by gap name. */
  public Map<String, Integer> knownGapHits() {
    return Map.copyOf(known);
  }

  /** Fails listing every unexplained finding (the first 60) and every stale known gap. */
  public void assertClean() {
    List<String> stale =
        known.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    if (unexpected.isEmpty() && stale.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder(title).append(": ").append(summary());
    if (!stale.isEmpty()) {
      message
          .append("\nKnown gaps that no longer occur (remove them from the matrix file): ")
          .append(stale);
    }
    // one example per kind of finding first, so that one loud defect does not hide the others
    Map<String, List<Finding>> kinds = new TreeMap<>();
    unexpected.forEach(
        f ->
            kinds
                .computeIfAbsent(
                    f.check() + " [" + f.category() + "] " + f.status(), k -> new ArrayList<>())
                .add(f));
    message.append("\nFindings by check [category] status:");
    kinds.forEach(
        (kind, findings) ->
            message
                .append("\n  ")
                .append(kind)
                .append(" ×")
                .append(findings.size())
                .append(" in ")
                .append(findings.stream().map(Finding::operationId).distinct().sorted().toList())
                .append(
                    findings.stream()
                        .limit(3)
                        .map(f -> "\n      e.g. " + f)
                        .collect(java.util.stream.Collectors.joining())));
    throw new AssertionError(message.toString());
  }

  /** One line: requests, unexplained findings, known-gap hits, requests per category. */
  public String summary() {
    return requests
        + " requests, "
        + unexpected.size()
        + " unexplained findings, known gaps "
        + known
        + ", by category "
        + requestsByCategory
        + (digestsCompared + digestsSkipped == 0
            ? ""
            : ", table digests compared after "
                + digestsCompared
                + " batches of refusals ("
                + digestsSkipped
                + " batches held an accepted request)")
        + ", answers "
        + slowestOperations.values().stream().mapToLong(Long::longValue).sum()
        + " ms (slowest "
        + slowest(slowestOperations)
        + "), fixtures "
        + fixtureNanos / 1_000_000
        + " ms (slowest "
        + slowest(slowestFixtures)
        + ")";
  }

  private static List<Map.Entry<String, Long>> slowest(Map<String, Long> millis) {
    return millis.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(5)
        .toList();
  }
}
