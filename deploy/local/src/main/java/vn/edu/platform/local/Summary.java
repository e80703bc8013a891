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
    parts.stream()
        .filter(PkiPart.class::isInstance)
        .map(part -> ((PkiPart) part).server())
        .findFirst()
        .ifPresent(pki -> pkiLines(lines, settings, pki));
    for (Part<?> part : parts) {
      if (part instanceof PostgresPart
          || part instanceof PkiPart
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
      if (part.process().isEmpty()) {
        continue; // runs in the launcher (the PKI): counted there
      }
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

  /** Where the development PKI answers, how to revoke, and the demo signers' certificates. */
  static void pkiLines(List<String> lines, LocalSettings settings, LocalPkiServer pki) {
    var endpoints = pki.pki().endpoints();
    lines.add("PKI: CRLs          " + endpoints.issuingCrl() + "  " + endpoints.rootCrl());
    lines.add("PKI: OCSP, TSA     " + endpoints.ocsp() + "  " + endpoints.timestamps());
    lines.add("PKI: root CA       " + endpoints.rootCertificate() + "  (the trust anchor)");
    lines.add("PKI: revoke        curl -d serial=<serial> " + endpoints.revocations());
    lines.add("CA: remote signing " + settings.cscBaseUrl() + "/csc/v2 (simulated, CSC v2)");
    lines.add(
        "CA: one-time codes "
            + pki.otpInboxUrl()
            + "  (the demo signers' SMS; /<login> for the latest)");
    lines.add(
        "Demo signers (PKCS#12, password edu-local; "
            + settings.root().relativize(settings.pkiDir().resolve(DemoSigners.MANIFEST))
            + "):");
    for (DemoSigners.Issued signer : pki.demoSigners()) {
      DemoSigners.Person person = signer.person();
      lines.add(
          String.format(
              Locale.ROOT,
              "  %-15s %-19s %-20s %-8s #%s%s",
              person.login() == null ? "(no login)" : person.login(),
              person.name(),
              person.role(),
              person.unitCode(),
              signer.serial(),
              person.delegation() == null ? "" : "  by " + person.delegation().decision()));
    }
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
