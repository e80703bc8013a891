package vn.edu.platform.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import vn.edu.platform.runtime.process.ChildProcess;

/**
 * A part that is an external command (a Spring Boot jar), run by platform-runtime's {@link
 * ChildProcess} in the repository root: readiness by a health check, stop by SIGTERM to the whole
 * process tree, then SIGKILL after 30 s.
 */
final class ChildProcessPart extends Part<ChildProcess> {

  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final List<String> command;
  private final Map<String, String> environment;
  private final String address;
  private final BooleanSupplier healthy;

  ChildProcessPart(
      LocalSettings settings,
      String name,
      List<String> command,
      Map<String, String> environment,
      String address,
      BooleanSupplier healthy) {
    super(name, settings);
    this.command = List.copyOf(command);
    this.environment = Map.copyOf(environment);
    this.address = address;
    this.healthy = healthy;
  }

  @Override
  ChildProcess launchServer(Path logFile) {
    return ChildProcess.builder(name(), command)
        .address(address)
        .environment(environment)
        .workingDirectory(settings().root())
        .logFile(logFile)
        .healthCheck(healthy)
        .stopGrace(STOP_GRACE)
        .build()
        .launch();
  }
}
