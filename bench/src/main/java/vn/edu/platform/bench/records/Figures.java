package vn.edu.platform.bench.records;

import java.time.Instant;
import java.util.List;

/** What the records benchmarks' reports share: the run's line and the order statistics. */
final class Figures {

  private Figures() {}

  /** "Run <when> on <n> cores (`<os> <arch>`), by `<script>`<rest>" and a blank line. */
  static String runLine(String script, String rest) {
    return "Run "
        + Instant.now()
        + " on "
        + Runtime.getRuntime().availableProcessors()
        + " cores (`"
        + System.getProperty("os.name")
        + ' '
        + System.getProperty("os.arch")
        + "`), by `"
        + script
        + "`"
        + rest
        + "\n\n";
  }

  static long median(List<Long> nanos) {
    return (long) percentile(nanos, 0.5);
  }

  /**
   * The sample at {@code p} of the sorted figures (0.5: the median, the upper one of an even
   * count).
   */
  static double percentile(List<Long> nanos, double p) {
    List<Long> sorted = nanos.stream().sorted().toList();
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
  }
}
