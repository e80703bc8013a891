package vn.edu.platform.bench.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SigningBenchmark} with JMH and writes its figures against the goals to {@code
 * bench/results/signing.md}. Exits non-zero when a goal is missed, so the script's caller sees it.
 */
public final class SigningBenchmarks {

  private static final double BATCH_GOAL_MS = 4_000;
  private static final double VERIFY_GOAL_MS = 10;

  private SigningBenchmarks() {}

  public static void main(String[] args) throws RunnerException, IOException {
    Path output = Path.of(args.length > 0 ? args[0] : "bench/results/signing.md");
    String loadBefore = loadAverage();
    Collection<RunResult> results =
        new Runner(
                new OptionsBuilder()
                    .include(SigningBenchmark.class.getName())
                    .shouldFailOnError(true)
                    .build())
            .run();
    Map<String, double[]> figures = new LinkedHashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      figures.put(
          name,
          new double[] {
            result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()
          });
    }
    double batch = figures.get("signBatchAtLt")[0];
    double eachLt = figures.get("signEachDocumentAtLt")[0];
    double eachB = figures.get("signEachDocumentAtB")[0];
    double verifyBatch = figures.get("verifyOneDocumentOfTheBatch")[0];
    double verifyAlone = figures.get("verifyOneDocumentSignedAlone")[0];
    String loadAfter = loadAverage();
    boolean met =
        batch <= BATCH_GOAL_MS && verifyBatch <= VERIFY_GOAL_MS && verifyAlone <= VERIFY_GOAL_MS;

    StringBuilder md = new StringBuilder();
    md.append("# Signing at baseline-LT (issue 8)\n\n")
        .append("Run ")
        .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .append(" on ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.version"))
        .append(", JMH 1.37, one fork, one thread, by `bench/run-signing-bench.sh`.\n")
        .append("Documents: ")
        .append(SigningBenchmark.BATCH)
        .append(" deterministic school records of ")
        .append(String.format(Locale.ROOT, "%.0f", SigningBenchmark.averageDocumentBytes()))
        .append(" bytes on average (UTF-8, Vietnamese text); RSA-2048 key through the local")
        .append(" adapter (PKCS#12); time-stamp authority and CRLs of the development PKI in")
        .append(" process.\n\n")
        .append("| benchmark | figure | error (99.9 %) | goal | met |\n")
        .append("|---|---|---|---|---|\n");
    row(
        md,
        "2,000 documents at LT, one batch (one key request, one signature per 20)",
        figures.get("signBatchAtLt"),
        "ms per batch",
        "≤ 4,000 ms",
        batch <= BATCH_GOAL_MS);
    row(
        md,
        "one LT signature per document",
        figures.get("signEachDocumentAtLt"),
        "ms per document",
        "",
        null);
    row(
        md,
        "baseline: one B signature per document",
        figures.get("signEachDocumentAtB"),
        "ms per document",
        "",
        null);
    row(
        md,
        "verify one document of the 2,000 batch, full report",
        figures.get("verifyOneDocumentOfTheBatch"),
        "ms",
        "≤ 10 ms",
        verifyBatch <= VERIFY_GOAL_MS);
    row(
        md,
        "verify another document of a group validated before (the services' remembering verifier)",
        figures.get("verifyAnotherDocumentOfARememberedGroup"),
        "ms",
        "",
        null);
    row(
        md,
        "verify one document signed alone at LT, full report",
        figures.get("verifyOneDocumentSignedAlone"),
        "ms",
        "≤ 10 ms",
        verifyAlone <= VERIFY_GOAL_MS);
    md.append("\nLoad average of the machine (1, 5, 15 min) before the JMH run: ")
        .append(loadBefore)
        .append("; after: ")
        .append(loadAfter)
        .append(" (the benchmark's own threads count: JMH's fork, its JIT and GC threads).\n");
    md.append("\nRatios in this run:\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "- the batch of 2,000 at LT took %.2f× the time of 2,000 baseline-B signatures one at a time (%.0f ms);%n",
                batch / (eachB * SigningBenchmark.BATCH),
                eachB * SigningBenchmark.BATCH))
        .append(
            String.format(
                Locale.ROOT,
                "- 2,000 LT signatures one per document would take %.0f ms (%.2f× the batch), %.1f× the baseline-B time per document;%n",
                eachLt * SigningBenchmark.BATCH,
                eachLt * SigningBenchmark.BATCH / batch,
                eachLt / eachB))
        .append(
            String.format(
                Locale.ROOT,
                "- baseline-B one at a time ran at %.0f signatures/s;%n",
                1_000 / eachB))
        .append(
            String.format(
                Locale.ROOT,
                "- a document of a remembered group took %.4f× the time of DSS's validation of"
                    + " one of the batch.%n",
                figures.get("verifyAnotherDocumentOfARememberedGroup")[0] / verifyBatch))
        .append("\nAll goals met: ")
        .append(met ? "yes" : "**no**")
        .append(".\n");
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, md.toString(), StandardCharsets.UTF_8);
    System.out.println(md);
    if (!met) {
      System.exit(1);
    }
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void row(
      StringBuilder md, String what, double[] figure, String unit, String goal, Boolean met) {
    md.append("| ")
        .append(what)
        .append(" | ")
        .append(String.format(Locale.ROOT, "%.2f %s", figure[0], unit))
        .append(" | ")
        .append(String.format(Locale.ROOT, "± %.2f", figure[1]))
        .append(" | ")
        .append(goal)
        .append(" | ")
        .append(met == null ? "" : met ? "yes" : "**no**")
        .append(" |\n");
  }
}
