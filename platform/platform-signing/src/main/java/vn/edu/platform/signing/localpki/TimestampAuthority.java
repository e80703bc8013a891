package vn.edu.platform.signing.localpki;

import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The development PKI's time-stamp authority (RFC 3161): its certificate, key and chain.
 *
 * @param certificate the TSA's certificate (extended key usage timeStamping)
 * @param key its private key
 * @param chain the certificate first, then the issuing CA and the root
 */
public record TimestampAuthority(
    X509Certificate certificate, PrivateKey key, List<X509Certificate> chain) {

  /**
   * The policy the development TSA names in its tokens: an OID under {@code 2.999}, the arc ITU-T
   * X.660 sets aside for examples, since these time-stamps have no policy anyone published.
   */
  public static final String DEVELOPMENT_POLICY = "2.999.1";

  public TimestampAuthority {
    chain = List.copyOf(chain);
  }

  /** DSS's in-process time-stamp source answering with this authority's key. */
  public TSPSource tspSource() {
    KeyEntityTSPSource source = new KeyEntityTSPSource(key, certificate, chain);
    source.setTsaPolicy(DEVELOPMENT_POLICY);
    return source;
  }
}
