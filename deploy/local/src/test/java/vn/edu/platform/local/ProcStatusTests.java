package vn.edu.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcStatusTests {

  private static final String STATUS_SAMPLE =
      """
      Name:\tjava
      Umask:\t0022
      State:\tS (sleeping)
      Tgid:\t4242
      Pid:\t4242
      VmPeak:\t 4104452 kB
      VmSize:\t 4036660 kB
      VmHWM:\t  412340 kB
      VmRSS:\t  398712 kB
      RssAnon:\t  371512 kB
      Threads:\t45
      """;

  @TempDir Path proc;

  @Test
  void readsVmRssInKilobytesFromAStatusFile() {
    assertThat(ProcStatus.parseVmRssKb(STATUS_SAMPLE)).hasValue(398712);
  }

  @Test
  void kernelThreadsHaveNoVmRss() {
    assertThat(ProcStatus.parseVmRssKb("Name:\tkthreadd\nState:\tS (sleeping)\n")).isEmpty();
  }

  @Test
  void sumsTheProcessesOfAProcTree() throws IOException {
    Files.createDirectories(proc.resolve("4242"));
    Files.writeString(proc.resolve("4242/status"), STATUS_SAMPLE);

    assertThat(new ProcStatus(proc).rssKb(4242)).isEqualTo(398712);
    assertThat(new ProcStatus(proc).rssKb(99)).as("gone").isZero();
  }

  @Test
  void treeOfThisJvmHasResidentMemory() {
    long kb = ProcStatus.system().treeRssKb(List.of(ProcessHandle.current().pid()));

    assertThat(kb).isGreaterThan(10_000);
    assertThat(ProcStatus.megabytes(2048)).isEqualTo("2.0 MB");
  }
}
