package vn.edu.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * A file naming a process by its pid and start time, so that a reused pid is never mistaken for the
 * process: the launcher's lock ({@code .local/platform-local.pid}) and one record per child process
 * ({@code .local/run/<part>.pid}), from which a later start or {@code stop} finds what a killed
 * launcher left behind.
 */
final class PidFile {

  private final Path file;

  PidFile(Path file) {
    this.file = file;
  }

  Path path() {
    return file;
  }

  /** Writes the record of {@code process}, replacing any previous one. */
  void write(ProcessHandle process) {
    Properties record = new Properties();
    record.setProperty("pid", Long.toString(process.pid()));
    process
        .info()
        .startInstant()
        .ifPresent(start -> record.setProperty("started", start.toString()));
    try {
      Files.createDirectories(file.getParent());
      StringBuilder text = new StringBuilder();
      record.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The recorded process if it still runs (same pid and same start time); empty when there is no
   * record or the record is stale.
   */
  Optional<ProcessHandle> liveProcess() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties record = new Properties();
    try {
      record.load(Files.newBufferedReader(file, StandardCharsets.UTF_8));
      long pid = Long.parseLong(record.getProperty("pid", "").trim());
      String started = record.getProperty("started");
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(
              process ->
                  started == null
                      || process
                          .info()
                          .startInstant()
                          .map(Instant::toString)
                          .map(started::equals)
                          .orElse(true));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** Whether a record exists whose process is gone (or unreadable). */
  boolean isStale() {
    return Files.exists(file) && liveProcess().isEmpty();
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
