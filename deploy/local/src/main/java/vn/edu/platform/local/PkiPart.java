package vn.edu.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.PkiHttpServer;

/**
 * The development PKI of platform-signing on its persistent directory {@code .local/pki} (created
 * at the first start: root, issuing CA, time-stamp authority, then the {@link DemoSigners}), served
 * by its {@link PkiHttpServer} on localhost:8190 ({@code EDU_LOCAL_PKI_PORT}): CRLs, OCSP, RFC 3161
 * time-stamps and the development revocation endpoint. Launched before the services, which reach it
 * at {@code http://localhost:8190/pki}.
 */
final class PkiPart extends Part<LocalPkiServer> {

  static final String ORGANISATION = "Sở Giáo dục và Đào tạo Hải Phòng";

  private final Clock clock;

  PkiPart(LocalSettings settings, Clock clock) {
    super("pki", settings);
    this.clock = clock;
  }

  /** Whether this start creates the PKI (no PKI was saved in {@code .local/pki} yet). */
  boolean createsPki() {
    return !Files.isRegularFile(settings().pkiDir().resolve("pki.properties"));
  }

  @Override
  LocalPkiServer launchServer(Path logFile) {
    // bound first: a taken port fails before anything is generated
    PkiHttpServer http = PkiHttpServer.bindLoopback(settings().pkiPort());
    try {
      boolean issueNow = !DemoSigners.issued(settings().pkiDir());
      DevelopmentPki pki =
          DevelopmentPki.openOrCreate(
              settings().pkiDir(), ORGANISATION, settings().pkiBaseUrl(), clock);
      List<DemoSigners.Issued> signers = DemoSigners.ensureIssued(pki, settings().pkiDir(), clock);
      http.start(pki, clock);
      log(
          logFile,
          "development PKI in "
              + settings().pkiDir()
              + " served at "
              + pki.endpoints().baseUrl()
              + "; demo signers "
              + (issueNow ? "issued: " : "kept: ")
              + signers.stream().map(s -> s.person().fileName() + " #" + s.serial()).toList());
      return new LocalPkiServer(pki, http, signers, issueNow);
    } catch (RuntimeException e) {
      http.close();
      throw e;
    }
  }

  private void log(Path logFile, String line) {
    try {
      Files.createDirectories(logFile.getParent());
      Files.writeString(
          logFile,
          clock.instant() + " " + line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
