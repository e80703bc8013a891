package vn.edu.platform.signing.localpki;

import java.net.URI;

/**
 * Where the development PKI publishes what a relying party fetches, all under one base URL (the
 * local platform's {@code http://localhost:8190/pki}, a test's ephemeral port): its certificates
 * name these URLs in their CRL distribution points and authority information access, and {@link
 * PkiHttpServer} answers them.
 *
 * @param baseUrl e.g. {@code http://localhost:8190/pki}, without a trailing slash
 */
public record PkiEndpoints(String baseUrl) {

  public PkiEndpoints {
    URI uri = URI.create(baseUrl);
    if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("the PKI's base URL must be http://host[:port]/path");
    }
    if (baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
  }

  /** The path under which every endpoint lives, e.g. {@code /pki}; empty for the server root. */
  public String path() {
    String path = URI.create(baseUrl).getPath();
    return path == null ? "" : path;
  }

  /** The root CA's CRL (it lists a revoked issuing CA). */
  public String rootCrl() {
    return baseUrl + "/root.crl";
  }

  /** The issuing CA's CRL (signers, time-stamp authorities). */
  public String issuingCrl() {
    return baseUrl + "/issuing.crl";
  }

  /** The OCSP responder (RFC 6960, POST) for the certificates of both CAs. */
  public String ocsp() {
    return baseUrl + "/ocsp";
  }

  /** The root CA's certificate (DER), named as caIssuers of the issuing CA's certificate. */
  public String rootCertificate() {
    return baseUrl + "/root.crt";
  }

  /** The issuing CA's certificate (DER), named as caIssuers of the certificates it issues. */
  public String issuingCertificate() {
    return baseUrl + "/issuing.crt";
  }

  /** The time-stamp authority (RFC 3161 over HTTP, POST). */
  public String timestamps() {
    return baseUrl + "/tsa";
  }

  /** The development-only endpoint that revokes a certificate by serial (POST, localhost). */
  public String revocations() {
    return baseUrl + "/admin/revocations";
  }
}
