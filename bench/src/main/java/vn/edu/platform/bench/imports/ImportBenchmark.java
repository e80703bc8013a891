package vn.edu.platform.bench.imports;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.edu.platform.starter.imports.ImportProperties;
import vn.edu.platform.starter.imports.access.ImportAccessPolicy;
import vn.edu.platform.starter.imports.access.ImportCaller;
import vn.edu.platform.starter.imports.job.ImportDefinitions;
import vn.edu.platform.starter.imports.job.ImportFileStorage;
import vn.edu.platform.starter.imports.job.ImportJob;
import vn.edu.platform.starter.imports.job.ImportJobProcessor;
import vn.edu.platform.starter.imports.job.ImportJobRepository;
import vn.edu.platform.starter.imports.job.ImportJobStatus;
import vn.edu.platform.starter.imports.job.ImportSubmissionService;
import vn.edu.platform.starter.imports.job.ImportWorker;
import vn.edu.platform.starter.schema.PlatformSchemaMigrationStrategy;
import vn.edu.platform.test.postgres.EmbeddedPostgresServer;

/**
 * Imports a generated roster CSV (1,000,000 rows by default) through the import framework and
 * reports rows per second and peak heap.
 *
 * <p>The framework's own classes are wired exactly as {@code ImportAutoConfiguration} wires them
 * (same defaults: chunks of 1000, one worker thread) against the test kit's real embedded
 * PostgreSQL; only HTTP is left out, since an upload is a stream either way. The heap is measured
 * from the moment the upload starts: the peak of total heap use sampled every 10 ms, and the peak
 * usage of each heap memory pool as the JVM records it (their sum is an upper bound, the pools
 * peaking at different moments). Run with {@code -Xmx256m} to show that the import needs constant
 * memory whatever the file size.
 *
 * <p>Arguments: {@code --rows=N} (default 1000000), {@code --out=PATH} (default {@code
 * bench/results/import-1m-csv.md}), {@code --work=DIR} (generated file and upload storage, default
 * a temporary directory).
 */
public final class ImportBenchmark {

  /**
   * The benchmark drives the framework without HTTP or a security context: the caller below is the
   * school uploading its own roster, so access is granted by role only.
   */
  private static final ImportAccessPolicy BENCH_ACCESS =
      new ImportAccessPolicy() {
        @Override
        public ImportCaller callerOf(org.springframework.security.core.Authentication a) {
          throw new UnsupportedOperationException("the benchmark passes its caller directly");
        }

        @Override
        public boolean mayUpload(
            ImportCaller caller, vn.edu.platform.starter.imports.spi.ImportDefinition<?> type) {
          return caller.hasAnyRole(type.allowedRoles());
        }

        @Override
        public boolean mayRead(ImportCaller caller, String jobOrgUnit, String submittedBy) {
          return submittedBy.equals(caller.subject());
        }
      };

  private static final String SCHOOL = "S310001";

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(arg(args, "rows", "1000000"));
    Path out = Path.of(arg(args, "out", "bench/results/import-1m-csv.md"));
    Path work = Path.of(arg(args, "work", Files.createTempDirectory("import-bench").toString()));
    Files.createDirectories(work);

    Path csv = work.resolve("roster-" + rows + ".csv");
    long generateStart = System.nanoTime();
    RosterFileGenerator.Expected expected = RosterFileGenerator.write(csv, rows, 20_251_128L);
    Duration generation = Duration.ofNanos(System.nanoTime() - generateStart);
    long fileSize = Files.size(csv);
    System.out.printf(
        Locale.ROOT,
        "Generated %,d rows (%,d invalid, %,d duplicated codes), %,d bytes in %s%n",
        expected.rows(),
        expected.invalidRows(),
        expected.duplicateRows(),
        fileSize,
        generation);

    EmbeddedPostgresServer postgres = EmbeddedPostgresServer.get();
    String url = postgres.createDatabase("import_bench");
    try (HikariDataSource dataSource = dataSource(url, postgres)) {
      PlatformSchemaMigrationStrategy.migratePlatformSchema(
          Flyway.configure().dataSource(dataSource).load());
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      jdbc.execute(StudentRosterImport.createTable());
      String postgresVersion = jdbc.queryForObject("SHOW server_version", String.class);

      ImportProperties defaults = ImportProperties.defaults();
      ImportDefinitions definitions = new ImportDefinitions(List.of(new StudentRosterImport(jdbc)));
      ImportJobRepository repository = new ImportJobRepository(JdbcClient.create(dataSource), jdbc);
      ImportFileStorage storage = new ImportFileStorage(work.resolve("storage"));
      ImportJobProcessor processor =
          new ImportJobProcessor(
              definitions,
              repository,
              storage,
              new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
              defaults.chunkSize(),
              defaults.leaseDuration(),
              defaults.maxAttempts(),
              defaults.maxRecordChars(),
              defaults.reportLocale(),
              false);
      ImportWorker worker =
          new ImportWorker(
              repository,
              processor,
              definitions,
              defaults.workerThreads(),
              defaults.leaseDuration(),
              defaults.pollInterval());
      ImportSubmissionService submissions =
          new ImportSubmissionService(
              definitions,
              BENCH_ACCESS,
              storage,
              repository,
              defaults.maxFileSize().toBytes(),
              defaults.maxRecordChars(),
              worker::wakeUp);
      ImportCaller caller =
          new ImportCaller(UUID.randomUUID().toString(), SCHOOL, Set.of("school-admin"));

      System.gc();
      HeapWatch heap = HeapWatch.start();
      long uploadStart = System.nanoTime();
      worker.start();
      ImportJob queued;
      try (InputStream content = Files.newInputStream(csv)) {
        queued =
            submissions
                .submit(
                    StudentRosterImport.TYPE,
                    caller,
                    csv.getFileName().toString(),
                    content,
                    Locale.ROOT)
                .job();
      }
      long processingStart = System.nanoTime();
      Duration upload = Duration.ofNanos(processingStart - uploadStart);
      long firstPassDone = 0;
      ImportJob job = queued;
      while (job.status() == ImportJobStatus.QUEUED || job.status() == ImportJobStatus.RUNNING) {
        LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        job = repository.findById(queued.id()).orElseThrow();
        if (firstPassDone == 0 && job.rowsTotal() != null) {
          firstPassDone = System.nanoTime();
        }
      }
      long end = System.nanoTime();
      worker.stop();
      heap.stop();

      Duration processing = Duration.ofNanos(end - processingStart);
      Duration firstPass = Duration.ofNanos(firstPassDone - processingStart);
      Duration total = Duration.ofNanos(end - uploadStart);
      long applied =
          jdbc.queryForObject(
              "SELECT count(*) FROM " + StudentRosterImport.TABLE + " WHERE job_id = ?",
              Long.class,
              job.id());
      long errors = repository.countErrors(job.id());
      Result result =
          new Result(
              rows,
              fileSize,
              job,
              applied,
              errors,
              expected,
              upload,
              firstPass,
              processing,
              total,
              heap,
              postgresVersion);
      String report = result.markdown();
      System.out.println(report);
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.writeString(out, report);
      System.out.println("Written to " + out.toAbsolutePath());
      if (job.status() != ImportJobStatus.COMPLETED
          || job.rowsRead() != rows
          || applied != job.rowsAccepted()
          || job.rowsAccepted() != rows - expected.invalidRows() - expected.duplicateRows()) {
        System.err.println("The import's figures do not match the generated file");
        System.exit(1);
      }
    } finally {
      Files.deleteIfExists(csv);
    }
    System.exit(0);
  }

  private static HikariDataSource dataSource(String url, EmbeddedPostgresServer postgres) {
    HikariConfig config = new HikariConfig();
    // the driver rewrites a JDBC batch into multi-row INSERTs: what a service should configure too
    config.setJdbcUrl(url + "?reWriteBatchedInserts=true");
    config.setUsername(postgres.username());
    config.setPassword(postgres.password());
    config.setMaximumPoolSize(4);
    return new HikariDataSource(config);
  }

  private static String arg(String[] args, String name, String fallback) {
    for (String arg : args) {
      if (arg.startsWith("--" + name + "=")) {
        return arg.substring(name.length() + 3);
      }
    }
    return fallback;
  }

  /** Samples total heap use and records the JVM's per-pool peaks. */
  static final class HeapWatch {
    private final AtomicLong sampledPeak = new AtomicLong();
    private final AtomicLong liveAfterGcPeak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;
    private final long gcCountBefore;
    private final long gcTimeBefore;
    private long gcCount;
    private long gcTimeMillis;

    private HeapWatch() {
      heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
      gcCountBefore = gcTotals()[0];
      gcTimeBefore = gcTotals()[1];
      sampler =
          Thread.ofPlatform()
              .daemon()
              .name("heap-sampler")
              .unstarted(
                  () -> {
                    while (running) {
                      long used =
                          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                      sampledPeak.accumulateAndGet(used, Math::max);
                      // what survived the last collection: the memory the import really holds
                      long live =
                          heapPools().stream()
                              .map(MemoryPoolMXBean::getCollectionUsage)
                              .filter(java.util.Objects::nonNull)
                              .mapToLong(java.lang.management.MemoryUsage::getUsed)
                              .sum();
                      liveAfterGcPeak.accumulateAndGet(live, Math::max);
                      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
                    }
                  });
    }

    static HeapWatch start() {
      HeapWatch watch = new HeapWatch();
      watch.sampler.start();
      return watch;
    }

    void stop() throws InterruptedException {
      running = false;
      sampler.join();
      long[] totals = gcTotals();
      gcCount = totals[0] - gcCountBefore;
      gcTimeMillis = totals[1] - gcTimeBefore;
    }

    long sampledPeak() {
      return sampledPeak.get();
    }

    long liveAfterGcPeak() {
      return liveAfterGcPeak.get();
    }

    long largestPoolPeak() {
      return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).max().orElse(0);
    }

    long sumOfPoolPeaks() {
      return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    String poolPeaks() {
      StringBuilder text = new StringBuilder();
      for (MemoryPoolMXBean pool : heapPools()) {
        text.append(
            String.format(
                Locale.ROOT, "%s %.1f MiB; ", pool.getName(), mib(pool.getPeakUsage().getUsed())));
      }
      return text.toString().replaceAll("; $", "");
    }

    private static List<MemoryPoolMXBean> heapPools() {
      return ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
    }

    private static long[] gcTotals() {
      long count = 0;
      long time = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        count += Math.max(0, gc.getCollectionCount());
        time += Math.max(0, gc.getCollectionTime());
      }
      return new long[] {count, time};
    }
  }

  static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  record Result(
      int rows,
      long fileSize,
      ImportJob job,
      long applied,
      long errors,
      RosterFileGenerator.Expected expected,
      Duration upload,
      Duration firstPass,
      Duration processing,
      Duration total,
      HeapWatch heap,
      String postgresVersion) {

    String markdown() {
      Runtime runtime = Runtime.getRuntime();
      double seconds = processing.toNanos() / 1e9;
      String gcs =
          String.join(
              ", ",
              ManagementFactory.getGarbageCollectorMXBeans().stream()
                  .map(GarbageCollectorMXBean::getName)
                  .toList());
      return String.format(
          Locale.ROOT,
          """
          # Import benchmark: %,d-row CSV

          Run %s on %d CPU(s), %s %s (%s), GC %s, max heap %.0f MiB (`%s`), PostgreSQL %s
          (embedded, fsync off: the figures are the framework's and the driver's, not a disk's).

          | figure | value |
          |---|---|
          | file | %,d rows, %.1f MiB, UTF-8 CSV with BOM, 8 columns, quoted addresses |
          | upload (stream to storage + SHA-256 + header check) | %.2f s |
          | first pass (structure check + row count) | %.2f s |
          | processing (queued → COMPLETED, first pass included) | %.2f s |
          | total | %.2f s |
          | **throughput** | **%,.0f rows/s** (rows read / processing time) |
          | rows read / accepted / rejected | %,d / %,d / %,d |
          | expected rejections (generated bad rows + duplicated codes) | %,d + %,d |
          | rows in the target table | %,d |
          | row errors stored | %,d |
          | **peak heap (sampled every 10 ms)** | **%.1f MiB** |
          | peak heap, largest single pool (MemoryPoolMXBean) | %.1f MiB |
          | peak heap still in use right after a collection (live data) | %.1f MiB |
          | peak heap, sum of pool peaks (upper bound) | %.1f MiB (%s) |
          | GC during the run | %d collections, %d ms |

          Chunk size 1000, one worker thread, batched inserts (`reWriteBatchedInserts=true`).
          Reproduce with `bench/run-import-bench.sh` (see bench/README.md).
          """,
          rows,
          ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
              .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx")),
          runtime.availableProcessors(),
          System.getProperty("java.vm.name"),
          System.getProperty("java.runtime.version"),
          System.getProperty("os.name") + " " + System.getProperty("os.arch"),
          gcs,
          mib(runtime.maxMemory()),
          String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
          postgresVersion,
          rows,
          mib(fileSize),
          upload.toNanos() / 1e9,
          firstPass.toNanos() / 1e9,
          seconds,
          total.toNanos() / 1e9,
          job.rowsRead() / seconds,
          job.rowsRead(),
          job.rowsAccepted(),
          job.rowsRejected(),
          expected.invalidRows(),
          expected.duplicateRows(),
          applied,
          errors,
          mib(heap.sampledPeak()),
          mib(heap.largestPoolPeak()),
          mib(heap.liveAfterGcPeak()),
          mib(heap.sumOfPoolPeaks()),
          heap.poolPeaks(),
          heap.gcCount,
          heap.gcTimeMillis);
    }
  }
}
