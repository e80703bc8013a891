package vn.edu.platform.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import vn.edu.platform.runtime.process.ChildProcess;
import vn.edu.platform.runtime.process.StartFailedException;

/**
 * A part that is an external command (a Spring Boot jar), run by platform-runtime's {@link
 * ChildProcess}: output appended to its log file, readiness by a health check, stop by SIGTERM to
 * the whole process tree with a grace period, then SIGKILL. Its pid is recorded in {@code
 * .local/run/} while it runs, for the orphan sweep after a launcher that did not stop cleanly.
 */
final class ChildProcessPart implements Part {

  private final ChildProcess process;
  private final PidFile record;

  ChildProcessPart(
      String name,
      List<String> command,
      Map<String, String> environment,
      Path workingDirectory,
      Path logFile,
      BooleanSupplier healthy,
      Duration stopGrace,
      Path runDir) {
    this.process =
        ChildProcess.builder(name, command)
            .environment(environment)
            .workingDirectory(workingDirectory)
            .logFile(logFile)
            .healthCheck(healthy)
            .stopGrace(stopGrace)
            .build();
    this.record = new PidFile(runDir.resolve(name + ".pid"));
  }

  @Override
  public String name() {
    return process.name();
  }

  @Override
  public Path logFile() {
    return process.logFile();
  }

  @Override
  public void launch() {
    process.launch().handle().ifPresent(record::write);
  }

  @Override
  public void awaitReady(Duration timeout) {
    try {
      process.awaitReady(timeout);
    } catch (StartFailedException e) {
      throw new PartFailedException(e.getMessage(), e);
    }
  }

  @Override
  public void stop() {
    process.stop();
    record.delete();
  }

  @Override
  public List<Long> pids() {
    return process.handle().map(p -> List.of(p.pid())).orElse(List.of());
  }

  @Override
  public boolean isAlive() {
    return process.isAlive();
  }
}
