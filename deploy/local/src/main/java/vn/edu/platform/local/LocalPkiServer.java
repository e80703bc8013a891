package vn.edu.platform.local;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.edu.platform.runtime.LocalServer;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.PkiHttpServer;
import vn.edu.platform.signing.remote.simulator.CscSimulator;

/**
 * The development PKI and its HTTP server, with the simulated CA's remote signing service, as one
 * of the launcher's servers. It runs in the launcher's own JVM (a few handlers on a JDK HTTP server
 * need no process of their own), so it has no process to record or to sweep after a killed
 * launcher: its port is freed with the launcher.
 */
final class LocalPkiServer implements LocalServer {

  private final DevelopmentPki pki;
  private final PkiHttpServer http;
  private final List<DemoSigners.Issued> demoSigners;
  private final boolean issuedNow;
  private final CscSimulator csc;
  private final OtpInboxServer inbox;

  LocalPkiServer(
      DevelopmentPki pki,
      PkiHttpServer http,
      CscSimulator csc,
      OtpInboxServer inbox,
      List<DemoSigners.Issued> demoSigners,
      boolean issuedNow) {
    this.pki = pki;
    this.http = http;
    this.csc = csc;
    this.inbox = inbox;
    this.demoSigners = List.copyOf(demoSigners);
    this.issuedNow = issuedNow;
  }

  DevelopmentPki pki() {
    return pki;
  }

  /** The demo people's certificates. */
  List<DemoSigners.Issued> demoSigners() {
    return demoSigners;
  }

  /** Whether this start issued them (the first start), rather than reading the manifest. */
  boolean issuedDemoSignersNow() {
    return issuedNow;
  }

  @Override
  public String name() {
    return "pki";
  }

  @Override
  public String address() {
    return pki.endpoints().baseUrl();
  }

  @Override
  public Optional<ProcessHandle> process() {
    return Optional.empty();
  }

  @Override
  public Duration awaitReady(Duration timeout) {
    return Duration.ZERO; // it answers once started
  }

  @Override
  public void close() {
    inbox.close();
    csc.close();
    http.close();
  }

  /** Where the demo signers read the one-time codes the simulated CA sent them. */
  String otpInboxUrl() {
    return inbox.baseUrl();
  }

  /** The simulated CA's remote signing service, holding the demo signers' credentials. */
  CscSimulator csc() {
    return csc;
  }
}
