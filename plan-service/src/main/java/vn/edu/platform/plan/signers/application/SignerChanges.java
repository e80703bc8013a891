package vn.edu.platform.plan.signers.application;

import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.plan.signers.application.port.out.SignerEventPublisher;
import vn.edu.platform.plan.signers.domain.Changes;
import vn.edu.platform.plan.signers.domain.SignerEvent;

/**
 * The one place where the register's events become what they stand for: an audit entry (who changed
 * which entry of which unit, why) and, through the outbox, a public event. Called after the change
 * is stored, in its transaction. Audit texts name certificates by serial and roles by code, never
 * the holder.
 */
@Component
class SignerChanges {

  // Subject types of the audit trail: the trail is read by type, so these names stay stable.
  static final String REQUEST = "signer-certificate-request";
  static final String CERTIFICATE = "signer-certificate";
  static final String DELEGATION = "signing-delegation";

  private final AuditLog audit;
  private final SignerEventPublisher events;

  SignerChanges(AuditLog audit, SignerEventPublisher events) {
    this.audit = audit;
    this.events = events;
  }

  /** The events of a stored transition; returns its state. */
  <T> T record(Changes<T> changes) {
    for (SignerEvent event : changes.events()) {
      audit(event);
      events.publish(event);
    }
    return changes.state();
  }

  private void audit(SignerEvent event) {
    switch (event) {
      case SignerEvent.CertificateRequested e ->
          audit.created(
              REQUEST,
              e.request().id().toString(),
              e.request().unitCode(),
              "request " + e.request().kind() + " of a certificate for " + e.request().role());
      case SignerEvent.CertificateRequestFulfilled e ->
          audit.updated(
              REQUEST,
              e.request().id().toString(),
              e.request().unitCode(),
              "request fulfilled by certificate " + e.request().certificateId());
      case SignerEvent.CertificateRequestWithdrawn e ->
          audit.updated(
              REQUEST, e.request().id().toString(), e.request().unitCode(), "withdraw request");
      case SignerEvent.CertificateRegistered e ->
          audit.created(
              CERTIFICATE,
              e.certificate().id().toString(),
              e.certificate().unitCode(),
              "register certificate "
                  + e.certificate().facts().serialNumber()
                  + " for "
                  + e.certificate().facts().role());
      case SignerEvent.CertificateRevoked e ->
          audit.updated(
              CERTIFICATE,
              e.certificate().id().toString(),
              e.certificate().unitCode(),
              "revoke certificate "
                  + e.certificate().facts().serialNumber()
                  + " by decision "
                  + e.certificate().facts().revocation().decisionNumber()
                  + " from "
                  + e.certificate().facts().revocation().effectiveAt());
      case SignerEvent.DelegationGranted e ->
          audit.created(
              DELEGATION,
              e.delegation().id().toString(),
              e.delegation().terms().delegatorUnitCode(),
              "delegate "
                  + e.delegation().terms().delegatorRole()
                  + " by decision "
                  + e.delegation().terms().decisionNumber()
                  + " from "
                  + e.delegation().terms().validFrom()
                  + " to "
                  + e.delegation().terms().validTo());
      case SignerEvent.DelegationEnded e ->
          audit.updated(
              DELEGATION,
              e.delegation().id().toString(),
              e.delegation().terms().delegatorUnitCode(),
              "end delegation by decision "
                  + e.delegation().terms().ending().decisionNumber()
                  + " after "
                  + e.delegation().terms().ending().lastDay());
    }
  }
}
