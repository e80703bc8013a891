package vn.edu.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.platform.local.demo.DemoSize;
import vn.edu.platform.runtime.process.ChildProcess;
import vn.edu.platform.runtime.process.StartFailedException;

/**
 * What every part of the launcher does around its server, shown with real child processes (shell
 * commands standing in for a service): its pid record while it runs, a stop that ends its process
 * tree, and a failed start that stops what it started and names the log file.
 */
class PartTests {

  private static final Duration READY = Duration.ofSeconds(30);

  @TempDir Path root;

  private LocalSettings settings() {
    return LocalSettings.of(root, DemoSize.SMALL, 1, false, false, Map.of());
  }

  private ChildProcessPart part(String name, String script, BooleanSupplier healthy) {
    return new ChildProcessPart(
        settings(),
        name,
        List.of("/bin/sh", "-c", script),
        Map.of(),
        "http://localhost:1",
        healthy);
  }

  @Test
  void aRunningPartIsRecordedInTheRunDirectoryUntilItStops() {
    ChildProcessPart part = part("sleeper", "sleep 300", () -> true);
    Path record = settings().runDir().resolve("sleeper.pid");

    part.launch();
    part.awaitReady(READY);

    ProcessHandle process = part.process().orElseThrow();
    assertThat(new PidFile(record).liveProcess()).contains(process);
    assertThat(part.address()).isEqualTo("http://localhost:1");
    assertThat(part.logFile()).isEqualTo(settings().logFile("sleeper")).exists();

    part.stop();

    assertThat(process.isAlive()).isFalse();
    assertThat(record).doesNotExist();
    assertThat(part.process()).isEmpty();
    part.stop(); // idempotent
  }

  @Test
  void aPartThatExitsBeforeItIsReadyFailsWithItsLogFileAndLeavesNoRecord() {
    ChildProcessPart part = part("broken", "echo no config here; exit 3", () -> false);

    part.launch();

    assertThatThrownBy(() -> part.awaitReady(READY))
        .isInstanceOf(StartFailedException.class)
        .hasMessageContaining("broken exited with status 3")
        .hasMessageContaining(settings().logFile("broken").toString())
        .hasMessageContaining("no config here");
    assertThat(settings().runDir().resolve("broken.pid")).doesNotExist();
    assertThat(part.process()).isEmpty();
  }

  @Test
  void aPartThatIsNotReadyInTimeIsStoppedWithItsWholeProcessTree() throws Exception {
    Path child = root.resolve("child.pid");
    ChildProcessPart part = part("slow", "sleep 300 & echo $! > " + child + "; wait", () -> false);

    part.launch();
    ProcessHandle process = part.process().orElseThrow();

    assertThatThrownBy(() -> part.awaitReady(Duration.ofSeconds(2)))
        .isInstanceOf(StartFailedException.class)
        .hasMessageContaining("slow not ready within 2 s")
        .hasMessageContaining(settings().logFile("slow").toString());
    assertThat(process.isAlive()).isFalse();
    long sleeper = Long.parseLong(Files.readString(child).trim());
    assertThat(ProcessHandle.of(sleeper).filter(ProcessHandle::isAlive)).isEmpty();
    assertThat(settings().runDir().resolve("slow.pid")).doesNotExist();
  }

  @Test
  void whatFailsOnceTheServerIsReadyStopsItAndNamesTheLogFile() {
    Part<ChildProcess> part =
        new Part<>("seeded", settings()) {
          @Override
          ChildProcess launchServer(Path logFile) {
            return ChildProcess.builder(name(), List.of("/bin/sh", "-c", "sleep 300"))
                .logFile(logFile)
                .stopGrace(Duration.ofSeconds(10))
                .build()
                .launch();
          }

          @Override
          void whenReady(ChildProcess server) {
            throw new IllegalStateException("databases could not be created");
          }
        };

    part.launch();
    ProcessHandle process = part.process().orElseThrow();

    assertThatThrownBy(() -> part.awaitReady(READY))
        .isInstanceOf(StartFailedException.class)
        .hasMessage("databases could not be created; see " + settings().logFile("seeded"));
    assertThat(process.isAlive()).isFalse();
    assertThat(settings().runDir().resolve("seeded.pid")).doesNotExist();
  }

  @Test
  void aCommandThatCannotStartFailsAtLaunchNamingTheLogFile() {
    ChildProcessPart part =
        new ChildProcessPart(
            settings(),
            "missing",
            List.of(root.resolve("no-such-program").toString()),
            Map.of(),
            "http://localhost:1",
            () -> true);

    assertThatThrownBy(part::launch)
        .isInstanceOf(StartFailedException.class)
        .hasMessageContaining("Could not start missing")
        .hasMessageContaining("; see " + settings().logFile("missing"));
    assertThat(part.process()).isEmpty();
    part.stop(); // nothing started, nothing to stop
  }

  @Test
  void aPartIsLaunchedOnce() {
    ChildProcessPart part = part("once", "sleep 300", () -> true);
    part.launch();
    try {
      assertThatThrownBy(part::launch)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("once was launched already");
    } finally {
      part.stop();
    }
  }
}
