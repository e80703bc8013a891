package vn.edu.platform.local;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.edu.platform.local.demo.DemoDataSet;
import vn.edu.platform.local.demo.DemoSize;
import vn.edu.platform.local.demo.OrgTreeGenerator;
import vn.edu.platform.runtime.process.Await;

/**
 * The local platform's command line (run by {@code ./platform-local} at the repository root).
 *
 * <pre>
 * start [--size small|full] [--seed N] [--reset] [--no-demo-data]   start everything (default)
 * stop                                                              stop a running platform
 * status                                                            is it running, and what
 * token USER [PASSWORD]                                             print a demo user's access token
 * demo-data [--size small|full] [--seed N] [--out DIR]              only write the demo files
 * </pre>
 */
public final class PlatformLocal {

  private PlatformLocal() {}

  public static void main(String[] args) {
    long started = System.nanoTime();
    // the launcher's own libraries (zonky, Kafka's admin client) log only problems
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Console console = new Console(out, started);
    int status;
    try {
      status = run(args, console, out);
    } catch (IllegalArgumentException | IllegalStateException e) {
      console.error(e.getMessage());
      status = 1;
    }
    System.exit(status);
  }

  static int run(String[] args, Console console, PrintStream out) {
    Options options = Options.parse(args);
    Path root = repositoryRoot();
    LocalSettings settings =
        LocalSettings.of(
            root, options.size, options.seed, options.reset, options.demoData, System.getenv());
    return switch (options.command) {
      case "start" ->
          new PlatformRun(settings, ServiceRegistry.load(root), console).runUntilStopped();
      case "stop" -> stop(settings, console);
      case "status" -> status(settings, console);
      case "token" -> token(settings, options, out);
      case "demo-data" -> demoData(settings, options, console);
      default ->
          throw new IllegalArgumentException(
              "Unknown command " + options.command + "\n" + Options.USAGE);
    };
  }

  private static int stop(LocalSettings settings, Console console) {
    PidFile lock = new PidFile(settings.launcherPidFile());
    Optional<ProcessHandle> launcher = lock.liveProcess();
    if (launcher.isPresent()) {
      console.step("Stopping the local platform (launcher pid " + launcher.get().pid() + ")");
      launcher.get().destroy(); // SIGTERM: the launcher's shutdown hook stops every part in order
      if (!Await.within(Duration.ofSeconds(180), () -> !launcher.get().isAlive())) {
        console.error("The launcher did not stop within 180 s; see " + settings.logsDir());
        return 1;
      }
      console.done("Stopped");
      return 0;
    }
    int leftovers = OrphanSweeper.sweep(settings.runDir(), console);
    lock.delete();
    console.done(
        leftovers == 0 ? "Nothing was running" : "Stopped " + leftovers + " leftover process(es)");
    return 0;
  }

  private static int status(LocalSettings settings, Console console) {
    Optional<ProcessHandle> launcher = new PidFile(settings.launcherPidFile()).liveProcess();
    if (launcher.isEmpty()) {
      boolean leftovers = new PidFile(settings.launcherPidFile()).isStale();
      console.note(
          leftovers
              ? "Not running, but a launcher did not stop cleanly: ./platform-local stop cleans up"
              : "Not running");
      return 3;
    }
    console.note(
        "Running (launcher pid "
            + launcher.get().pid()
            + (Files.exists(settings.readyMarker()) ? ", ready" : ", starting")
            + "); RSS of everything: "
            + ProcStatus.megabytes(ProcStatus.system().treeRssKb(platformProcesses(settings))));
    return 0;
  }

  /** The launcher and every recorded child (PostgreSQL runs as a daemon, outside its tree). */
  private static List<Long> platformProcesses(LocalSettings settings) {
    List<Long> pids = new ArrayList<>();
    new PidFile(settings.launcherPidFile()).liveProcess().ifPresent(p -> pids.add(p.pid()));
    try (java.util.stream.Stream<Path> records = Files.list(settings.runDir())) {
      records
          .map(PidFile::new)
          .map(PidFile::liveProcess)
          .flatMap(Optional::stream)
          .forEach(p -> pids.add(p.pid()));
    } catch (java.io.IOException noRecords) {
      // nothing recorded
    }
    return pids;
  }

  private static int token(LocalSettings settings, Options options, PrintStream out) {
    if (options.positional.isEmpty()) {
      throw new IllegalArgumentException("token needs a user name, e.g. token gv.s311002");
    }
    String username = options.positional.getFirst();
    String password =
        options.positional.size() > 1
            ? options.positional.get(1)
            : DemoLogins.find(DemoLogins.read(settings.realmFile()), username).password();
    out.println(
        KeycloakTokens.forIssuer(settings.issuer(), KeycloakTokens.httpClient())
            .accessToken(username, password));
    return 0;
  }

  private static int demoData(LocalSettings settings, Options options, Console console) {
    Path directory = options.out != null ? Path.of(options.out) : settings.demoDir();
    DemoDataSet data = DemoDataSet.write(directory, settings.seed(), settings.size());
    console.done(
        data.tree().current().size()
            + " units ("
            + data.tree().currentSchools().size()
            + " schools) → "
            + data.orgUnitsCurrent()
            + "; "
            + data.tree().beforeReform().size()
            + " pre-2025 units → "
            + data.orgUnitsBeforeReform());
    return 0;
  }

  /** The repository root: {@code EDU_REPOSITORY_ROOT}, else the working directory. */
  private static Path repositoryRoot() {
    String configured = System.getenv("EDU_REPOSITORY_ROOT");
    Path root = Path.of(configured != null ? configured : "").toAbsolutePath().normalize();
    if (!Files.isRegularFile(root.resolve(ServiceRegistry.FILE))) {
      throw new IllegalStateException(
          "Run from the repository root (no " + ServiceRegistry.FILE + " in " + root + ")");
    }
    return root;
  }

  /** The parsed command line. */
  static final class Options {

    static final String USAGE =
        """
        usage: ./platform-local [start] [--size small|full] [--seed N] [--reset] [--no-demo-data] [--detach]
               ./platform-local stop | status
               ./platform-local token USER [PASSWORD]
               ./platform-local demo-data [--size small|full] [--seed N] [--out DIR]""";

    String command = "start";
    DemoSize size = DemoSize.SMALL;
    long seed = OrgTreeGenerator.DEFAULT_SEED;
    boolean reset;
    boolean demoData = true;
    @org.jspecify.annotations.Nullable String out;
    final List<String> positional = new ArrayList<>();

    static Options parse(String[] args) {
      Options options = new Options();
      boolean commandSeen = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--size" -> options.size = DemoSize.parse(value(args, ++i, arg));
          case "--seed" -> options.seed = Long.parseLong(value(args, ++i, arg));
          case "--reset" -> options.reset = true;
          case "--no-demo-data" -> options.demoData = false;
          case "--out" -> options.out = value(args, ++i, arg);
          case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
          default -> {
            if (arg.startsWith("--size=")) {
              options.size = DemoSize.parse(arg.substring("--size=".length()));
            } else if (arg.startsWith("-")) {
              throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
            } else if (!commandSeen) {
              options.command = arg;
              commandSeen = true;
            } else {
              options.positional.add(arg);
            }
          }
        }
      }
      return options;
    }

    private static String value(String[] args, int index, String option) {
      if (index >= args.length) {
        throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
      }
      return args[index];
    }
  }
}
