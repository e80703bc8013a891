package vn.edu.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.edu.platform.local.demo.DemoContext;
import vn.edu.platform.local.demo.DemoDataLoader;
import vn.edu.platform.local.demo.DemoDataLoaders;
import vn.edu.platform.local.demo.DemoDataSet;
import vn.edu.platform.local.demo.StudentRecordDemoLoader;
import vn.edu.platform.runtime.process.Directories;
import vn.edu.platform.runtime.process.Ports;

/**
 * One run of the local platform: starts every part in dependency order, waits for each to be
 * healthy, loads demo data, prints the summary, then keeps running until the JVM is asked to stop
 * (Ctrl-C or {@code ./platform-local stop}), when it stops the parts in reverse order: services,
 * gateway, the PKI, Keycloak, Kafka, PostgreSQL.
 */
final class PlatformRun {

  static final Duration INFRASTRUCTURE_TIMEOUT = Duration.ofSeconds(240);
  static final Duration APPLICATION_TIMEOUT = Duration.ofSeconds(180);
  static final String DEMO_ADMIN = "sgd.admin";

  private final LocalSettings settings;
  private final ServiceRegistry registry;
  private final Console console;
  private final List<Part<?>> started = new ArrayList<>();
  private final PidFile launcherLock;
  private volatile boolean stopping;
  private List<DemoDataLoaders.Outcome> demoOutcomes = List.of();
  // the demo signers, known once the PKI runs, for the register's demo data
  private LocalPkiServer pkiServer;

  PlatformRun(LocalSettings settings, ServiceRegistry registry, Console console) {
    this.settings = settings;
    this.registry = registry;
    this.console = console;
    this.launcherLock = new PidFile(settings.launcherPidFile());
  }

  /** Starts the platform and blocks until the JVM shuts down; returns 1 if the start failed. */
  int runUntilStopped() {
    try {
      prepareDataDirectory();
    } catch (IllegalStateException e) {
      console.error(e.getMessage());
      return 1;
    }
    Thread hook = new Thread(this::shutdown, "platform-local-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      startAll();
    } catch (RuntimeException e) {
      console.error("Start failed: " + e.getMessage());
      shutdown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook runs anyway; shutdown() is idempotent
      }
      return 1;
    }
    Duration ready = console.elapsed();
    printSummary(ready);
    writeReadyMarker(ready);
    watchForUnexpectedExits();
    try {
      new CountDownLatch(1).await(); // until the shutdown hook ends the JVM
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private void prepareDataDirectory() {
    try {
      Files.createDirectories(settings.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    launcherLock
        .liveProcess()
        .filter(process -> process.pid() != ProcessHandle.current().pid())
        .ifPresent(
            running -> {
              throw new IllegalStateException(
                  "The local platform already runs (pid "
                      + running.pid()
                      + ", "
                      + launcherLock.path()
                      + "): ./platform-local stop ends it");
            });
    if (launcherLock.isStale()) {
      console.warn(
          "Found the record of a launcher that did not stop cleanly; cleaning up after it");
      OrphanSweeper.sweep(settings.runDir(), console);
    }
    launcherLock.write(ProcessHandle.current());
    if (settings.reset()) {
      console.step(
          "--reset: deleting the data in "
              + settings.dataDir()
              + " (logs and the launcher's copy are kept)");
      try (Stream<Path> entries = Files.list(settings.dataDir())) {
        entries
            .filter(
                p ->
                    !p.equals(settings.logsDir())
                        && !p.equals(settings.launcherPidFile())
                        && !p.equals(settings.launcherCopyDir()))
            .forEach(Directories::deleteRecursively);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    deleteQuietly(settings.readyMarker());
    requireFreePorts();
  }

  private void requireFreePorts() {
    Map<Integer, String> ports = new LinkedHashMap<>();
    ports.put(settings.postgresPort(), "PostgreSQL (EDU_LOCAL_POSTGRES_PORT)");
    ports.put(settings.kafkaPort(), "Kafka (EDU_LOCAL_KAFKA_PORT)");
    ports.put(settings.kafkaPort() + 1, "Kafka controller (EDU_LOCAL_KAFKA_PORT + 1)");
    ports.put(settings.keycloakPort(), "Keycloak (EDU_LOCAL_KEYCLOAK_PORT)");
    ports.put(settings.pkiPort(), "the development PKI (EDU_LOCAL_PKI_PORT)");
    Stream.concat(registry.builtServices(settings.root()).stream(), gatewayIfBuilt().stream())
        .forEach(app -> ports.put(app.port(), app.name() + " (" + ServiceRegistry.FILE + ")"));
    List<String> busy =
        ports.entrySet().stream()
            .filter(entry -> Ports.isListening(entry.getKey()))
            .map(entry -> entry.getKey() + " for " + entry.getValue())
            .toList();
    if (!busy.isEmpty()) {
      throw new IllegalStateException(
          "Ports already in use: "
              + String.join("; ", busy)
              + ". Stop what listens there (ss -ltnp shows it) or choose other ports.");
    }
  }

  private void startAll() {
    List<ServiceDefinition> services = registry.builtServices(settings.root());
    for (ServiceDefinition missing : registry.missingServices(settings.root())) {
      console.note(missing.name() + ": not built yet (" + missing.jar() + "), skipped");
    }

    console.step("Keycloak: starting (realm '" + LocalSettings.REALM + "')");
    KeycloakPart keycloak = new KeycloakPart(settings);
    launch(keycloak);
    console.note(
        "Keycloak realm: "
            + switch (keycloak.realmImport()) {
              case KEPT -> "kept from the last start";
              case IMPORTING -> "importing " + settings.realmFile().getFileName();
              case REIMPORTING -> "realm file changed: importing it again";
            });

    KafkaPart kafka = new KafkaPart(settings);
    console.step(
        "Kafka: "
            + (kafka.formatsStorage()
                ? "formatting storage (KRaft), then starting"
                : "starting on existing storage"));
    launch(kafka);

    // in this JVM while Keycloak and Kafka boot; before the services, which fetch from it
    PkiPart pki = new PkiPart(settings, Clock.systemUTC());
    console.step(
        "PKI: "
            + (pki.createsPki()
                ? "creating the development CAs and the demo signers' certificates in "
                : "opening ")
            + settings.pkiDir());
    long pkiStarted = System.nanoTime();
    launch(pki);
    pki.awaitReady(INFRASTRUCTURE_TIMEOUT);
    pkiServer = pki.server();
    console.done(
        "PKI ready on "
            + settings.pkiBaseUrl()
            + " (CRLs, OCSP, time-stamps), "
            + pkiServer.demoSigners().size()
            + " demo signers "
            + (pkiServer.issuedDemoSignersNow() ? "issued" : "kept")
            + " in "
            + Console.seconds(Duration.ofNanos(System.nanoTime() - pkiStarted)));

    List<String> databases =
        services.stream().map(ServiceDefinition::database).filter(d -> d != null).toList();
    console.step("PostgreSQL: starting on " + settings.postgresDataDir());
    PostgresPart postgres = new PostgresPart(settings, databases);
    long postgresStarted = System.nanoTime();
    launch(postgres);
    postgres.awaitReady(INFRASTRUCTURE_TIMEOUT);
    console.done(
        "PostgreSQL 17 ready on localhost:"
            + settings.postgresPort()
            + (postgres.initialisedDataDirectory() ? " (new data directory)" : " (existing data)")
            + (databases.isEmpty() ? "" : ", databases " + String.join(", ", databases))
            + " in "
            + Console.seconds(Duration.ofNanos(System.nanoTime() - postgresStarted)));

    awaitReady(kafka, INFRASTRUCTURE_TIMEOUT, "Kafka broker ready on " + settings.kafkaBootstrap());
    awaitReady(keycloak, INFRASTRUCTURE_TIMEOUT, "Keycloak ready on " + settings.keycloakUrl());

    String gatewayUrl = registry.gateway().baseUrl();
    List<Part<?>> applications = new ArrayList<>();
    for (ServiceDefinition service : services) {
      console.step(service.name() + ": starting on port " + service.port());
      Part<?> part = SpringBootApps.service(settings, service, gatewayUrl);
      launch(part);
      applications.add(part);
    }
    Part<?> gateway = null;
    if (gatewayIfBuilt().isPresent()) {
      console.step(
          "gateway: starting on port "
              + registry.gateway().port()
              + " with routes to "
              + (services.isEmpty()
                  ? "no service yet"
                  : services.stream()
                      .map(ServiceDefinition::name)
                      .collect(Collectors.joining(", "))));
      gateway = SpringBootApps.gateway(settings, registry.gateway(), services);
      launch(gateway);
      applications.add(gateway);
    } else {
      console.note("gateway: not built yet (" + registry.gateway().jar() + "), skipped");
    }
    for (Part<?> application : applications) {
      awaitReady(
          application,
          APPLICATION_TIMEOUT,
          application.name() + " ready on " + application.address());
    }

    if (settings.demoData()) {
      loadDemoData(
          services.stream().map(ServiceDefinition::name).collect(Collectors.toSet()),
          gateway != null);
    }
  }

  private java.util.Optional<ServiceDefinition> gatewayIfBuilt() {
    ServiceDefinition gateway = registry.gateway();
    return gateway.isBuilt(settings.root())
        ? java.util.Optional.of(gateway)
        : java.util.Optional.empty();
  }

  private void launch(Part<?> part) {
    started.add(part);
    part.launch();
  }

  private void awaitReady(Part<?> part, Duration timeout, String message) {
    part.awaitReady(timeout);
    console.done(message);
  }

  private void loadDemoData(Set<String> runningServices, boolean gatewayRuns) {
    console.step(
        "Demo data ("
            + settings.size().label()
            + ", seed "
            + settings.seed()
            + "): generating into "
            + settings.demoDir());
    DemoDataSet data = DemoDataSet.write(settings.demoDir(), settings.seed(), settings.size());
    console.done(
        "Demo data generated: "
            + data.tree().current().size()
            + " units ("
            + data.tree().currentSchools().size()
            + " schools) valid from 2025-07-01, "
            + data.tree().beforeReform().size()
            + " units of the pre-2025 tree");
    Set<String> reachable = gatewayRuns ? runningServices : Set.of();
    HttpClient http = KeycloakTokens.httpClient();
    KeycloakTokens tokens = KeycloakTokens.forIssuer(settings.issuer(), http);
    DemoLogins.Login admin = DemoLogins.find(DemoLogins.read(settings.realmFile()), DEMO_ADMIN);
    DemoContext context =
        new DemoContext(
            URI.create(registry.gateway().baseUrl()),
            () -> tokens.accessToken(admin.username(), admin.password()),
            data,
            http,
            Duration.ofMinutes(10),
            console::step);
    List<DemoDataLoader> loaders = new ArrayList<>(DemoDataLoaders.all());
    loaders.add(
        new SignerRegisterDemoLoader(pkiServer.demoSigners(), pkiServer.pki().issuedSigners()));
    // after the register of signers: the demo year's records are signed through the simulated CA
    List<DemoLogins.Login> logins = DemoLogins.read(settings.realmFile());
    loaders.add(
        new StudentRecordDemoLoader(
            new CachedTokens(
                login -> {
                  DemoLogins.Login found = DemoLogins.find(logins, login);
                  return tokens.accessToken(found.username(), found.password());
                }),
            URI.create(pkiServer.otpInboxUrl())));
    demoOutcomes = DemoDataLoaders.run(loaders, reachable, context);
    for (DemoDataLoaders.Outcome outcome : demoOutcomes) {
      String line = outcome.loader().description() + " → " + outcome.loader().service() + ": ";
      switch (outcome.status()) {
        case LOADED -> console.done(line + outcome.detail());
        case SKIPPED ->
            console.note(
                line
                    + "skipped, "
                    + (gatewayRuns ? outcome.detail() : "the gateway is not running"));
        case FAILED -> console.warn(line + "FAILED: " + outcome.detail());
      }
    }
  }

  private void printSummary(Duration ready) {
    Summary.print(console, settings, registry, started, demoOutcomes, ready);
  }

  private void writeReadyMarker(Duration ready) {
    try {
      Files.writeString(settings.readyMarker(), "ready after " + Console.seconds(ready) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void watchForUnexpectedExits() {
    for (Part<?> part : started) {
      part.process()
          .ifPresent(
              handle ->
                  handle
                      .onExit()
                      .thenRun(
                          () -> {
                            if (!stopping) {
                              console.warn(
                                  part.name()
                                      + " exited unexpectedly; see "
                                      + part.logFile()
                                      + " (Ctrl-C stops the rest)");
                            }
                          }));
    }
  }

  /** Stops everything in reverse dependency order; idempotent. */
  private synchronized void shutdown() {
    if (stopping) {
      return;
    }
    stopping = true;
    deleteQuietly(settings.readyMarker());
    if (!started.isEmpty()) {
      console.raw("");
      console.step("Stopping the local platform");
    }
    List<Part<?>> order = new ArrayList<>(started);
    order.sort(java.util.Comparator.comparingInt(PlatformRun::stopRank));
    for (Part<?> part : order) {
      long begin = System.nanoTime();
      try {
        part.stop();
        console.done(
            part.name()
                + " stopped in "
                + Console.seconds(Duration.ofNanos(System.nanoTime() - begin)));
      } catch (RuntimeException e) {
        console.warn(part.name() + " did not stop cleanly: " + e.getMessage());
      }
    }
    launcherLock.delete();
  }

  /** Services first, then the gateway, the PKI, Keycloak, Kafka and PostgreSQL last. */
  private static int stopRank(Part<?> part) {
    return switch (part.name()) {
      case "gateway" -> 1;
      case "pki" -> 2;
      case "keycloak" -> 3;
      case "kafka" -> 4;
      case "postgres" -> 5;
      default -> 0;
    };
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a leftover marker is overwritten or deleted at the next start
    }
  }
}
