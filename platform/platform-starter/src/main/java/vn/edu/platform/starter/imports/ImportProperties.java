package vn.edu.platform.starter.imports;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the bulk import framework ({@code platform.imports.*}).
 *
 * @param enabled whether the framework is active at all
 * @param storageDir where uploads are kept until their job completes; default {@code
 *     ${java.io.tmpdir}/edu-platform/imports/${platform.service.name}}; must be shared between
 *     replicas
 * @param maxFileSize largest accepted upload (413 beyond); the servlet multipart limits are raised
 *     to fit it
 * @param workerEnabled whether this instance processes jobs (an API-only replica may not)
 * @param workerThreads jobs processed at once by this instance
 * @param chunkSize rows applied per transaction
 * @param leaseDuration how long a claimed job stays with its worker without progress; a job whose
 *     worker died is resumed by another after this long, so keep it well above one chunk's time
 * @param pollInterval how often idle workers look for queued jobs and expired leases
 * @param maxAttempts claims of one job before it is failed with {@code too-many-attempts} (a job
 *     that crashes its worker every time must not loop forever)
 * @param reportLocale language of the row messages stored with a job and of its error report
 * @param maxErrorPageSize largest {@code size} of the paged error list
 * @param maxRecordChars largest CSV record, in characters; bounds the parser's memory
 * @param keepFiles keep uploads after their job completed (files with personal data are deleted by
 *     default; failed jobs keep theirs so that they can be retried)
 */
@ConfigurationProperties("platform.imports")
public record ImportProperties(
    @DefaultValue("true") boolean enabled,
    @Nullable Path storageDir,
    @DefaultValue("200MB") DataSize maxFileSize,
    @DefaultValue("true") boolean workerEnabled,
    @DefaultValue("1") int workerThreads,
    @DefaultValue("1000") int chunkSize,
    @DefaultValue("2m") Duration leaseDuration,
    @DefaultValue("15s") Duration pollInterval,
    @DefaultValue("5") int maxAttempts,
    @DefaultValue("vi") Locale reportLocale,
    @DefaultValue("500") int maxErrorPageSize,
    @DefaultValue("1000000") int maxRecordChars,
    @DefaultValue("false") boolean keepFiles) {

  public ImportProperties {
    if (workerThreads < 1) {
      throw new IllegalArgumentException("platform.imports.worker-threads must be at least 1");
    }
    if (chunkSize < 1) {
      throw new IllegalArgumentException("platform.imports.chunk-size must be at least 1");
    }
    if (maxErrorPageSize < 1) {
      throw new IllegalArgumentException("platform.imports.max-error-page-size must be positive");
    }
  }

  /** Defaults for code that runs the framework without Spring binding (tests, benchmarks). */
  public static ImportProperties defaults() {
    return new ImportProperties(
        true,
        null,
        DataSize.ofMegabytes(200),
        true,
        1,
        1000,
        Duration.ofMinutes(2),
        Duration.ofSeconds(15),
        5,
        Locale.forLanguageTag("vi"),
        500,
        1_000_000,
        false);
  }
}
