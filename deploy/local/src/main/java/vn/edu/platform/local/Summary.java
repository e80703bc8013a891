package vn.edu.platform.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.edu.platform.local.demo.DemoDataLoaders;

/** The box printed once everything is ready: where to go, how to log in, what it costs. */
final class Summary {

  private static final String TEACHER = "gv.s311002";

  private Summary() {}

  static void print(
      Console console,
      LocalSettings settings,
      ServiceRegistry registry,
      List<Part<?>> parts,
      List<DemoDataLoaders.Outcome> demo,
      Duration ready) {
    List<String> lines = new ArrayList<>();
    lines.add("edu-platform is running locally: ready in " + Console.seconds(ready));
    lines.add("");
    boolean gatewayRuns = parts.stream().anyMatch(p -> p.name().equals("gateway"));
    String gateway = registry.gateway().baseUrl();
    if (gatewayRuns) {
      lines.add("Gateway (API)      " + gateway + "/api/v1/...");
      lines.add("Swagger UI         " + gateway + "/swagger-ui.html");
    } else {
      lines.add("Gateway            not built yet (" + registry.gateway().jar() + ")");
    }
    boolean reporting = parts.stream().anyMatch(p -> p.name().equals("reporting-service"));
    lines.add(
        "Dashboard          "
            + (reporting
                ? gateway + "/api/v1/reports"
                : "reporting-service not built yet: no dashboard"));
    lines.add(
        "Keycloak admin     "
            + settings.keycloakUrl()
            + "/admin/  ("
            + LocalSettings.KEYCLOAK_ADMIN
            + " / "
            + LocalSettings.KEYCLOAK_ADMIN_PASSWORD
            + ", local only)");
    lines.add("Realm issuer       " + settings.issuer());
    lines.add(
        "PostgreSQL         " + settings.jdbcUrl("<service db>") + "  (user postgres, trust)");
    lines.add("Kafka              " + settings.kafkaBootstrap());
    for (Part<?> part : parts) {
      if (part instanceof PostgresPart
          || part.name().equals("kafka")
          || part.name().equals("keycloak")
          || part.name().equals("gateway")) {
        continue;
      }
      String apiPath =
          registry.definitions().stream()
              .filter(d -> d.name().equals(part.name()))
              .map(ServiceDefinition::apiPath)
              .findFirst()
              .orElse("");
      lines.add(
          String.format(
              Locale.ROOT,
              "%-18s %s%s",
              part.name(),
              part.address(),
              gatewayRuns ? "  (through the gateway: " + gateway + apiPath + ")" : ""));
    }
    lines.add("");
    List<DemoLogins.Login> logins = DemoLogins.read(settings.realmFile());
    lines.add(
        "Demo logins (realm '"
            + LocalSettings.REALM
            + "', from "
            + "deploy/keycloak/edu-realm.json):");
    for (DemoLogins.Login login : logins) {
      lines.add(
          String.format(
              Locale.ROOT,
              "  %-15s %-15s %-9s %s",
              login.username(),
              login.password(),
              login.orgUnit().isEmpty() ? "-" : login.orgUnit(),
              login.roles()));
    }
    lines.add("");
    lines.add("A teacher's token:  ./platform-local token " + TEACHER);
    KeycloakTokens tokens =
        KeycloakTokens.forIssuer(settings.issuer(), KeycloakTokens.httpClient());
    logins.stream()
        .filter(login -> login.username().equals(TEACHER))
        .findFirst()
        .ifPresent(
            login -> lines.add("  or: " + tokens.curlCommand(login.username(), login.password())));
    if (!demo.isEmpty()) {
      lines.add("");
      lines.add(
          "Demo data ("
              + settings.size().label()
              + ", files in "
              + settings.root().relativize(settings.demoDir())
              + "):");
      for (DemoDataLoaders.Outcome outcome : demo) {
        lines.add(
            "  "
                + outcome.loader().description()
                + " → "
                + outcome.loader().service()
                + ": "
                + outcome.status().name().toLowerCase(Locale.ROOT)
                + " ("
                + outcome.detail()
                + ")");
      }
    }
    lines.add("");
    lines.add("Memory (RSS of each process tree):");
    ProcStatus proc = ProcStatus.system();
    long total = 0;
    for (Part<?> part : parts) {
      long kb = proc.treeRssKb(part.process().map(p -> List.of(p.pid())).orElse(List.of()));
      total += kb;
      lines.add(String.format(Locale.ROOT, "  %-24s %10s", part.name(), ProcStatus.megabytes(kb)));
    }
    long launcher = proc.rssKb(ProcessHandle.current().pid());
    total += launcher;
    lines.add(
        String.format(Locale.ROOT, "  %-24s %10s", "launcher", ProcStatus.megabytes(launcher)));
    lines.add(String.format(Locale.ROOT, "  %-24s %10s", "total", ProcStatus.megabytes(total)));
    lines.add("");
    lines.add("Logs: " + settings.logsDir() + "   Data: " + settings.dataDir());
    lines.add("Stop: Ctrl-C here, or ./platform-local stop");
    box(console, lines);
  }

  private static final int MAX_WIDTH = 150;

  private static void box(Console console, List<String> all) {
    List<String> lines =
        all.stream()
            .map(line -> line.length() <= MAX_WIDTH ? line : line.substring(0, MAX_WIDTH - 1) + "…")
            .toList();
    int width = lines.stream().mapToInt(String::length).max().orElse(0);
    String rule = "─".repeat(width + 2);
    console.raw("┌" + rule + "┐");
    for (String line : lines) {
      console.raw("│ " + line + " ".repeat(width - line.length()) + " │");
    }
    console.raw("└" + rule + "┘");
  }
}
