package vn.edu.platform.signing.validationdata;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.SecureRandomNonceSource;
import eu.europa.esig.dss.service.crl.FileCacheCRLSource;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.ocsp.FileCacheOCSPSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a signer in a service wires to make baseline-LT signatures from real online services: DSS's
 * {@link CertificateVerifier} that knows the trust anchors and fetches each certificate's
 * revocation status from the URLs the certificate names (OCSP first, the CRL when OCSP cannot
 * answer; DSS's {@link OnlineOCSPSource} and {@link OnlineCRLSource} over Apache HttpClient), and
 * DSS's {@link OnlineTSPSource} for the signature time-stamps. Pass both to {@code
 * jades.JsonSigner(clock, timestampSource(), certificateVerifier())}.
 *
 * <p>Revocation data fetched is kept for a short while ({@link Builder#reuseRevocationDataFor},
 * seconds) and reused (DSS's {@link FileCacheOCSPSource} and {@link FileCacheCRLSource}, which
 * treat an answer as stale once that long has passed since it was issued): a batch of documents,
 * each of which DSS validates on its own, then asks the CA once per certificate rather than once
 * per document, while a revocation still reaches the signer within seconds, and a revoked signer is
 * refused. OCSP requests carry a nonce, which the answer must echo.
 *
 * <p>Nothing here is specific to the development PKI: the same wiring takes a licensed CA's
 * responders and TSA, with the national root as trust anchor.
 */
public final class OnlineValidationData {

  /** How long revocation data is reused unless configured: seconds, not the CA's hours. */
  public static final Duration DEFAULT_REVOCATION_REUSE = Duration.ofSeconds(10);

  /** How long a request to a CA's responder, CRL or TSA may take unless configured. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final CommonCertificateVerifier certificateVerifier;
  private final OnlineTSPSource timestampSource;
  private final Path cacheDirectory;

  private OnlineValidationData(Builder builder) {
    int timeout = Math.toIntExact(builder.timeout.toMillis());
    CommonsDataLoader crlLoader = withTimeout(new CommonsDataLoader(), timeout);
    OCSPDataLoader ocspLoader = withTimeout(new OCSPDataLoader(), timeout);
    TimestampDataLoader tspLoader = withTimeout(new TimestampDataLoader(), timeout);

    this.cacheDirectory =
        builder.cacheDirectory != null ? builder.cacheDirectory : temporaryCacheDirectory();
    long reuseSeconds = builder.revocationReuse.toSeconds();

    OnlineOCSPSource onlineOcsp = new OnlineOCSPSource(ocspLoader);
    onlineOcsp.setNonceSource(new SecureRandomNonceSource());
    FileCacheOCSPSource ocsp = new FileCacheOCSPSource(onlineOcsp);
    ocsp.setFileCacheDirectory(cacheDirectory.resolve("ocsp").toFile());
    reuseFor(ocsp, reuseSeconds);

    FileCacheCRLSource crl = new FileCacheCRLSource(new OnlineCRLSource(crlLoader));
    crl.setFileCacheDirectory(cacheDirectory.resolve("crl").toFile());
    crl.setMaxNextUpdateDelay(reuseSeconds);
    crl.setDefaultNextUpdateDelay(reuseSeconds);

    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    builder.trustAnchors.forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));

    this.certificateVerifier = new CommonCertificateVerifier();
    certificateVerifier.setTrustedCertSources(trusted);
    certificateVerifier.setOcspSource(ocsp);
    certificateVerifier.setCrlSource(crl);
    // revocation data is reused for a few seconds by design (above), so the OCSP answer or CRL an
    // LT signature embeds may be seconds older than its time-stamp; DSS would log a warning for
    // every signature of a batch. What it embeds is unchanged, and a verifier judges it as it is.
    certificateVerifier.setAlertOnNoRevocationAfterBestSignatureTime(new SilentOnStatusAlert());
    certificateVerifier.setAlertOnUncoveredPOE(new SilentOnStatusAlert());
    // a certificate missing from a chain is fetched from its caIssuers URL
    certificateVerifier.setAIASource(
        new DefaultAIASource(withTimeout(new CommonsDataLoader(), timeout)));

    this.timestampSource = new OnlineTSPSource(builder.timestampAuthority, tspLoader);
    timestampSource.setNonceSource(new SecureRandomNonceSource());
  }

  /** A builder: trust anchors and the TSA's URL are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * DSS's certificate verifier: the trust anchors, online OCSP and CRL with their short reuse, AIA
   * for missing issuers. One per service is enough; it is safe to share between signers.
   */
  public CertificateVerifier certificateVerifier() {
    return certificateVerifier;
  }

  /** DSS's time-stamp source asking the configured TSA (RFC 3161 over HTTP, with a nonce). */
  public TSPSource timestampSource() {
    return timestampSource;
  }

  /** Where the revocation data being reused is kept. */
  public Path cacheDirectory() {
    return cacheDirectory;
  }

  private static void reuseFor(FileCacheOCSPSource ocsp, long seconds) {
    ocsp.setMaxNextUpdateDelay(seconds);
    ocsp.setDefaultNextUpdateDelay(seconds);
  }

  private static <L extends CommonsDataLoader> L withTimeout(L loader, int millis) {
    loader.setTimeoutConnection(millis);
    loader.setTimeoutConnectionRequest(millis);
    loader.setTimeoutResponse(millis);
    loader.setTimeoutSocket(millis);
    return loader;
  }

  /** A directory of this JVM's own, removed when the JVM ends. */
  private static Path temporaryCacheDirectory() {
    try {
      Path directory = Files.createTempDirectory("edu-revocation-cache-");
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> deleteQuietly(directory), "revocation-cache-cleanup"));
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the revocation cache directory", e);
    }
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory left behind is the operating system's to clean
    }
  }

  /** The settings of an {@link OnlineValidationData}. */
  public static final class Builder {

    private List<X509Certificate> trustAnchors = List.of();
    private String timestampAuthority;
    private Duration revocationReuse = DEFAULT_REVOCATION_REUSE;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Path cacheDirectory;

    private Builder() {}

    /** The roots a signer's chain must end at (the national root CA; the development root). */
    public Builder trustAnchors(List<X509Certificate> anchors) {
      this.trustAnchors = List.copyOf(anchors);
      return this;
    }

    /** The time-stamp authority's URL (RFC 3161 over HTTP). */
    public Builder timestampAuthority(String url) {
      this.timestampAuthority = Objects.requireNonNull(url);
      return this;
    }

    /**
     * How long an OCSP answer or CRL is reused after it was issued before it is fetched again; zero
     * fetches every time. Whole seconds.
     */
    public Builder reuseRevocationDataFor(Duration reuse) {
      if (reuse.isNegative()) {
        throw new IllegalArgumentException("a reuse time cannot be negative");
      }
      this.revocationReuse = reuse;
      return this;
    }

    /** How long one request to a CA may take. */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("a timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Where the revocation data being reused is kept; by default a temporary directory of this JVM,
     * removed when it ends. Give each verifier its own: the freshness is judged per entry.
     */
    public Builder cacheDirectory(Path directory) {
      this.cacheDirectory = directory;
      return this;
    }

    public OnlineValidationData build() {
      if (trustAnchors.isEmpty()) {
        throw new IllegalStateException("at least one trust anchor is needed");
      }
      if (timestampAuthority == null) {
        throw new IllegalStateException("the time-stamp authority's URL is needed");
      }
      return new OnlineValidationData(this);
    }
  }
}
