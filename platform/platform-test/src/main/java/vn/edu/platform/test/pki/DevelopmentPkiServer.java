package vn.edu.platform.test.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.runtime.process.Directories;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.localpki.PkiEndpoints;
import vn.edu.platform.signing.localpki.PkiHttpServer;
import vn.edu.platform.signing.validationdata.OnlineValidationData;

/**
 * The one development PKI of this test JVM, served over HTTP: platform-signing's {@link
 * DevelopmentPki} and {@link PkiHttpServer}, the same the local launcher runs on port 8190.
 *
 * <p>Started on first use (a few RSA keys: about a second) on an ephemeral loopback port, bound
 * before the PKI is created so that its certificates name that port; the PKI is saved in a
 * throw-away temporary directory, as the launcher saves its own, and both go when the JVM ends (a
 * shutdown hook). Isolation between tests comes from signers, not servers: each test issues the
 * signers it needs ({@link #issueSigner}), and revoking one touches no other.
 */
public final class DevelopmentPkiServer {

  /** The organisation of the CAs. */
  public static final String ORGANISATION = "Sở GD&ĐT Hải Phòng";

  private static @Nullable DevelopmentPkiServer instance;

  private final Path directory;
  private final DevelopmentPki pki;
  private final PkiHttpServer server;

  private DevelopmentPkiServer(Path directory, DevelopmentPki pki, PkiHttpServer server) {
    this.directory = directory;
    this.pki = pki;
    this.server = server;
  }

  /** Returns the JVM's PKI server, starting it on the first call. Safe to call from any thread. */
  public static synchronized DevelopmentPkiServer get() {
    if (instance == null) {
      instance = start();
      Thread hook = new Thread(DevelopmentPkiServer::stopIfStarted, "development-pki-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
    }
    return instance;
  }

  /** Stops the server and deletes the PKI's directory if it was started; idempotent. */
  public static synchronized void stopIfStarted() {
    if (instance != null) {
      instance.server.close();
      Directories.deleteRecursively(instance.directory);
      instance = null;
    }
  }

  private static DevelopmentPkiServer start() {
    Path directory;
    try {
      directory = Files.createTempDirectory("edu-test-pki-");
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the test PKI's directory", e);
    }
    PkiHttpServer server = PkiHttpServer.bindLoopback(0);
    try {
      Clock clock = Clock.systemUTC();
      DevelopmentPki pki =
          DevelopmentPki.openOrCreate(directory, ORGANISATION, server.baseUrl(), clock);
      server.start(pki, clock);
      return new DevelopmentPkiServer(directory, pki, server);
    } catch (RuntimeException e) {
      server.close();
      Directories.deleteRecursively(directory);
      throw e;
    }
  }

  /** The PKI itself: its CAs, its time-stamp authority, revocations. */
  public DevelopmentPki pki() {
    return pki;
  }

  /** The running server, with its request counters. */
  public PkiHttpServer server() {
    return server;
  }

  /** Its URLs: {@code http://localhost:<port>/pki/...}. */
  public PkiEndpoints endpoints() {
    return pki.endpoints();
  }

  /** The development root, the one trust anchor of its signatures. */
  public List<X509Certificate> trustAnchors() {
    return List.of(pki.rootCertificate());
  }

  /**
   * A signer certificate with its key for a person acting for a unit in a role, valid from an hour
   * ago for two years: each test issues its own.
   */
  public IssuedSigner issueSigner(String fullName, String unitName, String unitCode, String role) {
    return pki.issueSigner(
        fullName,
        unitName,
        unitCode,
        role,
        Instant.now().minus(Duration.ofHours(1)),
        Duration.ofDays(730));
  }

  /**
   * Online validation data against this server, as a service wires it for a licensed CA: the root
   * as trust anchor, the TSA's URL, revocation data reused for {@code reuse}.
   */
  public OnlineValidationData validationData(Duration reuse) {
    return OnlineValidationData.builder()
        .trustAnchors(trustAnchors())
        .timestampAuthority(endpoints().timestamps())
        .reuseRevocationDataFor(reuse)
        .build();
  }
}
