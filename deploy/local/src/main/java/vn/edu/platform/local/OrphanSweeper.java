package vn.edu.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import vn.edu.platform.runtime.process.ProcessTrees;

/**
 * Stops the processes a launcher left behind when it was killed without running its shutdown hook
 * (SIGKILL, a crash): each child recorded in {@code .local/run/} that still runs with the recorded
 * start time. Applications first, PostgreSQL last, as in a normal stop.
 */
final class OrphanSweeper {

  private static final List<String> ORDER = List.of("gateway", "keycloak", "kafka", "postgres");

  private OrphanSweeper() {}

  static int sweep(Path runDir, Console console) {
    if (!Files.isDirectory(runDir)) {
      return 0;
    }
    List<Path> records;
    try (Stream<Path> files = Files.list(runDir)) {
      records =
          files
              .filter(file -> file.getFileName().toString().endsWith(".pid"))
              .sorted(java.util.Comparator.comparingInt(OrphanSweeper::rank))
              .toList();
    } catch (IOException e) {
      return 0;
    }
    int stopped = 0;
    for (Path file : records) {
      PidFile record = new PidFile(file);
      var process = record.liveProcess();
      if (process.isPresent()) {
        console.step("stopping leftover " + name(file) + " (pid " + process.get().pid() + ")");
        ProcessTrees.terminate(process.get(), Duration.ofSeconds(30));
        stopped++;
      }
      record.delete();
    }
    return stopped;
  }

  private static String name(Path record) {
    String file = record.getFileName().toString();
    return file.substring(0, file.length() - ".pid".length());
  }

  private static int rank(Path record) {
    return ORDER.indexOf(name(record)) + 1; // services (not listed: 0) first
  }
}
