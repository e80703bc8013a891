package vn.edu.platform.events.plan.signers;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.Topics;

/**
 * The department revoked a registered certificate by decision (thu hồi chứng thư số): from {@code
 * effectiveAt} on it signs nothing; signatures made before stay valid. A certificate is revoked
 * once. plan-service publishes it on the certificate's key, after its {@link
 * SignerCertificateRegistered}. The decision's reason stays in plan-service: it is free text.
 *
 * @param certificateId the revoked certificate's registration; the subject and Kafka key
 * @param fingerprint SHA-256 of the certificate, as registered
 * @param unitCode the unit the certificate was registered for
 * @param effectiveAt the first instant at which the certificate may no longer sign
 * @param decisionNumber the number of the revocation decision, e.g. {@code 45/QĐ-SGDĐT}
 * @param decisionDate the decision's date
 * @param revokedAt when the revocation was recorded
 */
@EventType(
    type = "vn.edu.platform.plan.signers.SignerCertificateRevoked",
    version = 1,
    topic = Topics.PLAN_SIGNER_CERTIFICATE,
    source = "plan-service")
public record SignerCertificateRevoked(
    UUID eventId,
    Instant occurredAt,
    UUID certificateId,
    String fingerprint,
    String unitCode,
    Instant effectiveAt,
    String decisionNumber,
    LocalDate decisionDate,
    Instant revokedAt)
    implements IntegrationEvent {

  public SignerCertificateRevoked {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(certificateId, "certificateId");
    fingerprint = text(fingerprint, "fingerprint");
    check(
        SignerCertificateRegistered.FINGERPRINT.matcher(fingerprint).matches(),
        "fingerprint is 64 lower-case hex digits");
    unitCode = text(unitCode, "unitCode");
    required(effectiveAt, "effectiveAt");
    decisionNumber = text(decisionNumber, "decisionNumber");
    required(decisionDate, "decisionDate");
    required(revokedAt, "revokedAt");
  }

  @Override
  public String subject() {
    return certificateId.toString();
  }
}
