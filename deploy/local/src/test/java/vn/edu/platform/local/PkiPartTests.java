package vn.edu.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.platform.local.demo.DemoSize;
import vn.edu.platform.runtime.process.Ports;
import vn.edu.platform.runtime.process.StartFailedException;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.signer.LocalSigningKey;

/**
 * The launcher's PKI part on a free port: the first start creates the PKI in {@code .local/pki} and
 * issues the demo people's certificates with their manifest; a later start keeps all of it; the CRL
 * answers over HTTP; the part runs in the launcher and leaves no pid record.
 */
class PkiPartTests {

  private static final Path REALM = Path.of("../keycloak/edu-realm.json");
  private static final Duration READY = Duration.ofSeconds(60);

  @TempDir Path root;

  private LocalSettings settings(int port) {
    return LocalSettings.of(
        root, DemoSize.SMALL, 1, false, false, Map.of("EDU_LOCAL_PKI_PORT", String.valueOf(port)));
  }

  @Test
  void theFirstStartIssuesTheDemoSignersAndALaterStartKeepsThem() throws Exception {
    LocalSettings settings = settings(freePort());
    PkiPart first = new PkiPart(settings, Clock.systemUTC());
    assertThat(first.createsPki()).isTrue();

    first.launch();
    first.awaitReady(READY);
    List<DemoSigners.Issued> issued;
    String rootFingerprint;
    try {
      LocalPkiServer server = first.server();
      issued = server.demoSigners();
      rootFingerprint = DemoSigners.fingerprint(server.pki().rootCertificate());

      assertThat(server.issuedDemoSignersNow()).isTrue();
      assertThat(first.address()).isEqualTo("http://localhost:" + settings.pkiPort() + "/pki");
      assertThat(first.process()).isEmpty();
      assertThat(settings.runDir().resolve("pki.pid")).doesNotExist();
      assertThat(issued)
          .extracting(i -> i.person().role())
          .contains("Giáo viên chủ nhiệm", "Hiệu trưởng", "Giám đốc", "Phó Giám đốc");
      for (DemoSigners.Issued signer : issued) {
        Path store = settings.pkiDir().resolve(signer.file());
        try (LocalSigningKey key =
            LocalSigningKey.fromPkcs12(
                Files.readAllBytes(store), "edu-local".toCharArray(), IssuedSigner.ALIAS)) {
          assertThat(key.certificate().getCertificate().getSerialNumber())
              .hasToString(signer.serial());
          assertThat(key.certificate().getCertificate().getSubjectX500Principal().getName())
              .contains("CN=" + signer.person().name())
              .contains("OU=" + signer.person().unitCode());
          assertThat(DemoSigners.fingerprint(key.certificate().getCertificate()))
              .isEqualTo(signer.fingerprint());
        }
      }
      assertThat(DemoSigners.read(settings.pkiDir())).isEqualTo(issued);
      assertThat(Files.readString(settings.pkiDir().resolve(DemoSigners.MANIFEST)))
          .contains("\"rootFingerprint\" : \"" + rootFingerprint + "\"")
          .contains("\"login\" : \"ht.s311002\"")
          .contains("\"decision\" : \"Quyết định số 125/QĐ-SGDĐT\"");

      X509CRL crl = issuingCrl(settings);
      crl.verify(server.pki().issuingCertificate().getPublicKey());
      assertThat(Files.readString(first.logFile())).contains("demo signers issued");
    } finally {
      first.stop();
    }
    assertThat(Ports.isListening(settings.pkiPort())).isFalse();

    PkiPart second = new PkiPart(settings, Clock.systemUTC());
    assertThat(second.createsPki()).isFalse();
    second.launch();
    second.awaitReady(READY);
    try {
      assertThat(second.server().issuedDemoSignersNow()).isFalse();
      assertThat(second.server().demoSigners()).isEqualTo(issued);
      assertThat(DemoSigners.fingerprint(second.server().pki().rootCertificate()))
          .isEqualTo(rootFingerprint);
      assertThat(second.server().pki().issuedSigners()).hasSize(issued.size());
    } finally {
      second.stop();
    }
  }

  @Test
  void everyDemoSignerWithALoginIsADemoUserOfTheRealmAtTheSameUnit() {
    List<DemoLogins.Login> logins = DemoLogins.read(REALM);

    for (DemoSigners.Person person : DemoSigners.PEOPLE) {
      if (person.login() != null) {
        assertThat(DemoLogins.find(logins, person.login()).orgUnit())
            .as(person.login())
            .isEqualTo(person.unitCode());
      }
    }
    assertThat(DemoSigners.PEOPLE)
        .filteredOn(person -> person.delegation() != null)
        .singleElement()
        .satisfies(deputy -> assertThat(deputy.role()).isEqualTo("Phó Giám đốc"));
  }

  @Test
  void aTakenPortFailsTheStartBeforeAnythingIsGenerated() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      LocalSettings settings = settings(taken.getLocalPort());
      PkiPart part = new PkiPart(settings, Clock.systemUTC());

      assertThatThrownBy(part::launch)
          .isInstanceOf(StartFailedException.class)
          .hasMessageContaining("could not bind");
      assertThat(settings.pkiDir()).doesNotExist();
    }
  }

  @Test
  void theSummaryNamesThePkisUrlsAndTheDemoSigners() throws Exception {
    LocalSettings settings = settings(freePort());
    PkiPart part = new PkiPart(settings, Clock.systemUTC());
    part.launch();
    try {
      List<String> lines = new ArrayList<>();
      Summary.pkiLines(lines, settings, part.server());

      assertThat(String.join("\n", lines))
          .contains(settings.pkiBaseUrl() + "/issuing.crl")
          .contains(settings.pkiBaseUrl() + "/ocsp")
          .contains(settings.pkiBaseUrl() + "/tsa")
          .contains("curl -d serial=<serial> " + settings.pkiBaseUrl() + "/admin/revocations")
          .contains(".local/pki/demo-signers.json")
          .contains("gv.s311002")
          .contains("(no login)");
    } finally {
      part.stop();
    }
  }

  private static X509CRL issuingCrl(LocalSettings settings) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(settings.pkiBaseUrl() + "/issuing.crl")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return (X509CRL)
        CertificateFactory.getInstance("X.509")
            .generateCRL(new ByteArrayInputStream(response.body()));
  }

  /**
   * A free port whose next two are free too: the PKI's port, the simulated CA's (+1) and its
   * one-time code inbox (+2).
   */
  private static int freePort() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port;
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = socket.getLocalPort();
      }
      if (port < 65_000 && free(port + 1) && free(port + 2)) {
        return port;
      }
    }
    throw new IOException("no three consecutive free ports");
  }

  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
