package vn.edu.platform.signing.remote;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The remote signing service did not sign, or answered something the platform does not accept. One
 * exception type for every failure of {@link CscSigningKey}, with a stable {@link Reason} code that
 * services turn into an RFC 9457 problem; the HTTP status and the CSC error code, when there was an
 * answer, say what the service itself said.
 *
 * <p>The message never carries the one-time code, the signature activation data (SAD) or the
 * hashes: it may end up in a log or a problem detail.
 */
public final class RemoteSigningRefused extends RuntimeException {

  /** Why nothing was signed. */
  public enum Reason {
    /** The one-time code was wrong, expired, already used, or no code had been sent. */
    OTP_INVALID("otp-invalid"),
    /** The authorisation (SAD) expired before the hashes were signed. */
    SAD_EXPIRED("sad-expired"),
    /** The service does not know the authorisation (SAD): never issued, or already used. */
    SAD_INVALID("sad-invalid"),
    /** The hashes to sign are not those the authorisation (SAD) covers. */
    HASHES_NOT_AUTHORISED("hashes-not-authorised"),
    /** The credential (the signer's key at the CA) is disabled. */
    CREDENTIAL_DISABLED("credential-disabled"),
    /** The credential is not among the caller's credentials, or none could be chosen. */
    CREDENTIAL_UNKNOWN("credential-unknown"),
    /** The credential cannot be used by this adapter (authorisation mode, algorithm). */
    CREDENTIAL_UNSUPPORTED("credential-unsupported"),
    /** The batch has more hashes than one authorisation of the credential may cover. */
    TOO_MANY_HASHES("too-many-hashes"),
    /** The access token was refused (missing, expired, or for someone else). */
    ACCESS_DENIED("access-denied"),
    /** The person gave no one-time code, or the signing thread was interrupted. */
    CANCELLED("cancelled"),
    /** The service could not be reached or said it is unavailable (5xx, 429). */
    SERVICE_UNAVAILABLE("service-unavailable"),
    /** No answer within the configured connect or request timeout. */
    TIMEOUT("timeout"),
    /** A returned signature does not verify with the credential's certificate against its hash. */
    SIGNATURE_INVALID("signature-invalid"),
    /** The answer is not what the CSC API says (not JSON, missing fields, wrong count). */
    MALFORMED_ANSWER("malformed-answer"),
    /** Any other refusal by the service; {@link #cscError()} says which. */
    REFUSED("refused");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** The stable, kebab-case code, e.g. {@code otp-invalid}. */
    public String code() {
      return code;
    }
  }

  private final Reason reason;
  private final int httpStatus;
  private final String cscError;

  RemoteSigningRefused(Reason reason, String message) {
    this(reason, message, 0, null, null);
  }

  RemoteSigningRefused(Reason reason, String message, Throwable cause) {
    this(reason, message, 0, null, cause);
  }

  RemoteSigningRefused(
      Reason reason, String message, int httpStatus, String cscError, Throwable cause) {
    super(reason.code() + ": " + message, cause);
    this.reason = reason;
    this.httpStatus = httpStatus;
    this.cscError = cscError;
  }

  public Reason reason() {
    return reason;
  }

  /** {@link Reason#code()} of {@link #reason()}. */
  public String code() {
    return reason.code();
  }

  /** The HTTP status of the service's answer, if there was one. */
  public OptionalInt httpStatus() {
    return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /** The CSC error code of the service's answer ({@code error}), if it gave one. */
  public Optional<String> cscError() {
    return Optional.ofNullable(cscError);
  }
}
