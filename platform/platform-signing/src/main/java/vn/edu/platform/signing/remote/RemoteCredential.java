package vn.edu.platform.signing.remote;

import eu.europa.esig.dss.model.x509.CertificateToken;
import java.util.List;
import java.util.Objects;

/**
 * A signer's credential at the CA as {@code credentials/info} describes it: what a confirmation
 * screen shows ("enter the code sent to you to sign 30 records as ...").
 *
 * @param id the CA's credential identifier
 * @param certificate the signer's certificate
 * @param chain the certificate first, then its issuers, as the CA gave them
 * @param multisign how many hashes one authorisation may cover
 * @param otpPrompt what the CA says about its one-time code (the auth object's description or
 *     label), or an empty string
 */
public record RemoteCredential(
    String id,
    CertificateToken certificate,
    List<CertificateToken> chain,
    int multisign,
    String otpPrompt) {

  public RemoteCredential {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(certificate, "certificate");
    chain = List.copyOf(chain);
    Objects.requireNonNull(otpPrompt, "otpPrompt");
    if (multisign < 1) {
      throw new IllegalArgumentException("multisign must be at least 1");
    }
  }
}
