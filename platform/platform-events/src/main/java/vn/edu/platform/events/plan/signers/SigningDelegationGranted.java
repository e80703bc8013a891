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
 * A delegation to sign (ủy quyền ký / ký thay) was granted by decision: from {@code validFrom} to
 * {@code validTo} (Vietnamese calendar days, both included) the delegate signs on behalf of {@code
 * delegatorRole} of the unit, with their own registered certificate ("KT. GIÁM ĐỐC / PHÓ GIÁM
 * ĐỐC"). plan-service publishes it on the delegation's key.
 *
 * <p>Personal data: the delegate is named by their login in the platform's realm only, which is how
 * the replica matches the delegation to the delegate's certificate ({@link
 * SignerCertificateRegistered#holderLogin()}); never by name.
 *
 * @param delegationId the delegation's id in the register; the subject and Kafka key
 * @param delegatorUnitCode the unit whose role is delegated
 * @param delegatorRole the role on whose behalf the delegate signs
 * @param delegateLogin the delegate's login (username) in the platform's realm
 * @param decisionNumber the number of the delegation decision, e.g. {@code 112/QĐ-SGDĐT}
 * @param decisionDate the decision's date
 * @param validFrom the first day covered
 * @param validTo the last day covered
 * @param grantedAt when the delegation was recorded
 */
@EventType(
    type = "vn.edu.platform.plan.signers.SigningDelegationGranted",
    version = 1,
    topic = Topics.PLAN_SIGNING_DELEGATION,
    source = "plan-service")
public record SigningDelegationGranted(
    UUID eventId,
    Instant occurredAt,
    UUID delegationId,
    String delegatorUnitCode,
    SignerRole delegatorRole,
    String delegateLogin,
    String decisionNumber,
    LocalDate decisionDate,
    LocalDate validFrom,
    LocalDate validTo,
    Instant grantedAt)
    implements IntegrationEvent {

  public SigningDelegationGranted {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(delegationId, "delegationId");
    delegatorUnitCode = text(delegatorUnitCode, "delegatorUnitCode");
    required(delegatorRole, "delegatorRole");
    delegateLogin = text(delegateLogin, "delegateLogin");
    decisionNumber = text(decisionNumber, "decisionNumber");
    required(decisionDate, "decisionDate");
    required(validFrom, "validFrom");
    required(validTo, "validTo");
    check(!validTo.isBefore(validFrom), "validTo is not before validFrom");
    required(grantedAt, "grantedAt");
  }

  @Override
  public String subject() {
    return delegationId.toString();
  }
}
