package vn.edu.platform.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTests {

  @TempDir Path dir;

  @Test
  void failsFastWithTheLogTailWhenTheProcessExitsBeforeItIsReady() {
    ChildProcess process =
        ChildProcess.builder("broken", List.of("/bin/sh", "-c", "echo no config here; exit 3"))
            .workingDirectory(dir)
            .logFile(dir.resolve("broken.log"))
            .healthCheck(() -> false)
            .build()
            .launch();

    assertThatThrownBy(() -> process.awaitReady(Duration.ofSeconds(30)))
        .isInstanceOf(StartFailedException.class)
        .hasMessageContaining("broken exited with status 3")
        .hasMessageContaining("no config here");
  }

  @Test
  void stopEndsTheWholeProcessTree() {
    Path marker = dir.resolve("child.pid");
    ChildProcess process =
        ChildProcess.builder(
                "tree", List.of("/bin/sh", "-c", "sleep 300 & echo $! > " + marker + "; wait"))
            .workingDirectory(dir)
            .logFile(dir.resolve("tree.log"))
            .healthCheck(() -> Files.exists(marker))
            .stopGrace(Duration.ofSeconds(10))
            .build()
            .launch();
    process.awaitReady(Duration.ofSeconds(30));
    ProcessHandle root = process.process().orElseThrow();
    List<ProcessHandle> tree = root.descendants().toList();
    assertThat(tree).isNotEmpty();

    process.close();

    assertThat(root.isAlive()).isFalse();
    assertThat(tree).noneMatch(ProcessHandle::isAlive);
    assertThat(process.process()).isEmpty();
  }

  @Test
  void theChildDoesNotInheritOptionsOfTheCallersShellButGetsItsOwn() throws Exception {
    Path out = dir.resolve("env.log");
    ChildProcess process =
        ChildProcess.builder("env", List.of("/bin/sh", "-c", "env | sort"))
            .workingDirectory(dir)
            .logFile(out)
            .environment(Map.of("KC_HEALTH_ENABLED", "true", "EDU_MARKER", "set"))
            .build()
            .launch();
    Await.within(Duration.ofSeconds(30), () -> process.process().isEmpty());

    String env = Files.readString(out);
    assertThat(env).contains("EDU_MARKER=set").contains("KC_HEALTH_ENABLED=true");
    assertThat(env).doesNotContain("JAVA_TOOL_OPTIONS=").doesNotContain("SPRING_PROFILES_ACTIVE=");
    assertThat(process.logContains("EDU_MARKER=set")).isTrue();
  }

  @Test
  void aLogFileIsRequired() {
    assertThatThrownBy(() -> ChildProcess.builder("no-log", List.of("true")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("log file");
  }
}
