package vn.edu.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Resident memory of processes, read from Linux's {@code /proc/<pid>/status} ({@code VmRSS}, in
 * kB). A process tree's figure is the sum over the process and its descendants, which counts shared
 * pages once per process: an upper bound, and what {@code ps} shows.
 */
final class ProcStatus {

  private final Path procRoot;

  ProcStatus(Path procRoot) {
    this.procRoot = procRoot;
  }

  static ProcStatus system() {
    return new ProcStatus(Path.of("/proc"));
  }

  /** {@code VmRSS} of a {@code status} file's text, in kB; empty if absent (kernel threads). */
  static OptionalLong parseVmRssKb(String statusText) {
    for (String line : statusText.split("\n")) {
      if (line.startsWith("VmRSS:")) {
        String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
        long value = Long.parseLong(parts[0]);
        String unit = parts.length > 1 ? parts[1] : "kB";
        return OptionalLong.of(
            switch (unit) {
              case "kB" -> value;
              case "mB", "MB" -> value * 1024;
              case "gB", "GB" -> value * 1024 * 1024;
              default -> throw new IllegalArgumentException("Unknown unit in " + line);
            });
      }
    }
    return OptionalLong.empty();
  }

  /** {@code VmRSS} of one process in kB; 0 when it is gone. */
  long rssKb(long pid) {
    try {
      return parseVmRssKb(Files.readString(procRoot.resolve(Long.toString(pid)).resolve("status")))
          .orElse(0);
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }

  /** The summed {@code VmRSS} of each root and its live descendants, in kB. */
  long treeRssKb(List<Long> roots) {
    return treeOf(roots).stream().mapToLong(this::rssKb).sum();
  }

  /** The roots and their live descendants, without duplicates. */
  static List<Long> treeOf(List<Long> roots) {
    List<Long> pids = new ArrayList<>();
    for (long root : roots) {
      Optional<ProcessHandle> handle = ProcessHandle.of(root);
      if (handle.isEmpty()) {
        continue;
      }
      if (!pids.contains(root)) {
        pids.add(root);
      }
      handle
          .get()
          .descendants()
          .map(ProcessHandle::pid)
          .filter(p -> !pids.contains(p))
          .forEach(pids::add);
    }
    return pids;
  }

  /** {@code 1234567} kB → {@code 1205.6 MB}. */
  static String megabytes(long kb) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", kb / 1024.0);
  }
}
