package vn.edu.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTests {

  @TempDir Path dir;

  @Test
  void recordOfARunningProcessNamesIt() {
    PidFile file = new PidFile(dir.resolve("platform-local.pid"));

    file.write(ProcessHandle.current());

    assertThat(file.liveProcess()).contains(ProcessHandle.current());
    assertThat(file.isStale()).isFalse();
  }

  @Test
  void recordOfAProcessThatIsGoneIsStale() throws Exception {
    Process finished = new ProcessBuilder("true").start();
    finished.waitFor();
    PidFile file = new PidFile(dir.resolve("kafka.pid"));
    Files.writeString(file.path(), "pid=" + finished.pid() + "\nstarted=2020-01-01T00:00:00Z\n");

    assertThat(file.liveProcess()).isEmpty();
    assertThat(file.isStale()).isTrue();
  }

  @Test
  void reusedPidWithAnotherStartTimeIsStale() throws IOException {
    PidFile file = new PidFile(dir.resolve("keycloak.pid"));
    Files.writeString(
        file.path(), "pid=" + ProcessHandle.current().pid() + "\nstarted=2001-01-01T00:00:00Z\n");

    assertThat(file.liveProcess()).isEmpty();
    assertThat(file.isStale()).isTrue();
  }

  @Test
  void missingOrGarbledRecordsNameNoProcess() throws IOException {
    PidFile missing = new PidFile(dir.resolve("none.pid"));
    PidFile garbled = new PidFile(dir.resolve("garbled.pid"));
    Files.writeString(garbled.path(), "not a record");

    assertThat(missing.liveProcess()).isEmpty();
    assertThat(missing.isStale()).isFalse();
    assertThat(garbled.isStale()).isTrue();
  }

  @Test
  void deletedRecordIsGone() {
    PidFile file = new PidFile(dir.resolve("run/gateway.pid"));
    file.write(ProcessHandle.current());

    file.delete();

    assertThat(file.path()).doesNotExist();
  }
}
