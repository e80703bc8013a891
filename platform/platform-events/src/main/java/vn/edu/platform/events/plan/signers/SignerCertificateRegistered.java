package vn.edu.platform.events.plan.signers;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.NullableField;
import vn.edu.platform.events.Topics;

/**
 * The department registered a signer's certificate (đăng ký chứng thư số) for a unit and a role:
 * from {@code notBefore} to {@code notAfter} it may sign for that unit in that role, until a {@link
 * SignerCertificateRevoked} says otherwise. plan-service publishes it on the certificate's key.
 *
 * <p>Personal data: the event names the holder by their login in the platform's realm, and by
 * nothing else (no name, no identification number). A signing service needs it twice: a delegation
 * ({@link SigningDelegationGranted}) names its delegate by login, and the service refuses a
 * certificate presented in another person's session. The certificate's own subject, which holds the
 * holder's name, is not in the event.
 *
 * @param certificateId the registration's id in the register; the subject and Kafka key
 * @param holderLogin the holder's login (username) in the platform's realm
 * @param unitCode the unit the certificate signs for: a school, or the department
 * @param role the capacity it signs in
 * @param serialNumber the certificate's serial number, lower-case hexadecimal
 * @param issuerDn the issuing CA's distinguished name (RFC 2253)
 * @param fingerprint SHA-256 of the certificate's DER encoding, 64 lower-case hexadecimal digits:
 *     what the replica looks certificates up by
 * @param notBefore the first instant of the certificate's validity
 * @param notAfter the last instant of its validity (inclusive)
 * @param requestId the department's certificate request the registration fulfils, if any
 * @param registeredAt when the certificate was registered
 */
@EventType(
    type = "vn.edu.platform.plan.signers.SignerCertificateRegistered",
    version = 1,
    topic = Topics.PLAN_SIGNER_CERTIFICATE,
    source = "plan-service")
public record SignerCertificateRegistered(
    UUID eventId,
    Instant occurredAt,
    UUID certificateId,
    String holderLogin,
    String unitCode,
    SignerRole role,
    String serialNumber,
    String issuerDn,
    String fingerprint,
    Instant notBefore,
    Instant notAfter,
    @NullableField UUID requestId,
    Instant registeredAt)
    implements IntegrationEvent {

  /** A SHA-256 fingerprint as the register writes it. */
  public static final Pattern FINGERPRINT = Pattern.compile("^[0-9a-f]{64}$");

  private static final Pattern SERIAL = Pattern.compile("^[0-9a-f]{1,64}$");

  public SignerCertificateRegistered {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(certificateId, "certificateId");
    holderLogin = text(holderLogin, "holderLogin");
    unitCode = text(unitCode, "unitCode");
    required(role, "role");
    serialNumber = text(serialNumber, "serialNumber");
    check(SERIAL.matcher(serialNumber).matches(), "serialNumber is lower-case hexadecimal");
    issuerDn = text(issuerDn, "issuerDn");
    fingerprint = text(fingerprint, "fingerprint");
    check(FINGERPRINT.matcher(fingerprint).matches(), "fingerprint is 64 lower-case hex digits");
    required(notBefore, "notBefore");
    required(notAfter, "notAfter");
    check(!notAfter.isBefore(notBefore), "notAfter is not before notBefore");
    required(registeredAt, "registeredAt");
  }

  @Override
  public String subject() {
    return certificateId.toString();
  }
}
