package vn.edu.platform.local;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.IssuedSigner;
import vn.edu.platform.signing.localpki.PkiHttpServer;
import vn.edu.platform.signing.remote.simulator.CscSimulator;

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
  private final java.util.Map<String, String> loginOfCredential = new java.util.HashMap<>();

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
      writeTrustAnchors(pki);
      CscSimulator csc = startCsc(signers);
      OtpInboxServer inbox = new OtpInboxServer(settings().cscPort() + 1, csc, loginOfCredential);
      log(
          logFile,
          "development PKI in "
              + settings().pkiDir()
              + " served at "
              + pki.endpoints().baseUrl()
              + "; demo signers "
              + (issueNow ? "issued: " : "kept: ")
              + signers.stream().map(s -> s.person().fileName() + " #" + s.serial()).toList());
      log(
          logFile,
          "simulated CA remote signing (CSC v2) at "
              + csc.baseUri()
              + "; its one-time codes at "
              + inbox.baseUrl());
      return new LocalPkiServer(pki, http, csc, inbox, signers, issueNow);
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

  /** The development root as the services' trust anchor file. */
  private void writeTrustAnchors(DevelopmentPki pki) {
    try {
      String pem =
          "-----BEGIN CERTIFICATE-----\n"
              + Base64.getMimeEncoder(64, new byte[] {'\n'})
                  .encodeToString(pki.rootCertificate().getEncoded())
              + "\n-----END CERTIFICATE-----\n";
      Files.writeString(settings().trustAnchorsFile(), pem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The simulated CA's remote signing service with one credential per demo signer who has a login
   * (their PKCS#12 store, password {@code edu-local}), each behind the login's local token.
   */
  private CscSimulator startCsc(List<DemoSigners.Issued> signers) {
    CscSimulator csc = CscSimulator.builder().port(settings().cscPort()).multisign(5000).build();
    csc.start();
    loginOfCredential.clear();
    for (DemoSigners.Issued signer : signers) {
      String login = signer.person().login();
      if (login == null) {
        continue;
      }
      try {
        byte[] store = Files.readAllBytes(settings().pkiDir().resolve(signer.file()));
        char[] password = "edu-local".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(new ByteArrayInputStream(store), password);
        X509Certificate certificate = (X509Certificate) keys.getCertificate(IssuedSigner.ALIAS);
        String credential =
            csc.register(
                new IssuedSigner(certificate, store, password), LocalSettings.cscToken(login));
        loginOfCredential.put(credential, login);
      } catch (IOException e) {
        csc.close();
        throw new UncheckedIOException(e);
      } catch (GeneralSecurityException e) {
        csc.close();
        throw new IllegalStateException("cannot read the demo signer " + login, e);
      }
    }
    return csc;
  }
}
