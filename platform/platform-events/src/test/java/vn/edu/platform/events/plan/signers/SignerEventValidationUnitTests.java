package vn.edu.platform.events.plan.signers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.platform.events.fixtures.RecordCopies.with;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.edu.platform.events.fixtures.EventSamples;

/** The compact constructors of the register of signers' events reject what the contract forbids. */
class SignerEventValidationUnitTests {

  private final SignerCertificateRegistered registered =
      EventSamples.principalCertificateRegistered();

  @Test
  void aFingerprintIsSixtyFourLowerCaseHexadecimalDigits() {
    assertThatThrownBy(() -> with(registered, "fingerprint", "ABCDEF"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fingerprint");
    assertThatThrownBy(
            () -> with(registered, "fingerprint", EventSamples.FINGERPRINT.toUpperCase()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                with(
                    EventSamples.principalCertificateRevoked(),
                    "fingerprint",
                    EventSamples.FINGERPRINT.substring(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSerialNumberIsLowerCaseHexadecimal() {
    assertThatThrownBy(() -> with(registered, "serialNumber", "1A2B"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("serialNumber");
  }

  @Test
  void aCertificateDoesNotExpireBeforeItBegins() {
    assertThatThrownBy(() -> with(registered, "notAfter", registered.notBefore().minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notAfter");
  }

  @Test
  void theHolderAndTheUnitAreRequiredAndTheRequestIsNot() {
    assertThatThrownBy(() -> with(registered, "holderLogin", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("holderLogin must not be blank");
    assertThatThrownBy(() -> with(registered, "unitCode", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unitCode is required");
    assertThat(with(registered, "requestId", null).requestId()).isNull();
  }

  @Test
  void aRevocationNamesItsDecisionAndItsEffectiveInstant() {
    SignerCertificateRevoked revoked = EventSamples.principalCertificateRevoked();

    assertThatThrownBy(() -> with(revoked, "decisionNumber", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with(revoked, "effectiveAt", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("effectiveAt is required");
    assertThat(with(revoked, "decisionNumber", " 45/QĐ-SGDĐT ").decisionNumber())
        .isEqualTo("45/QĐ-SGDĐT");
  }

  @Test
  void aDelegationDoesNotEndBeforeItBegins() {
    SigningDelegationGranted granted = EventSamples.directorDelegatedForTheSummer();

    assertThatThrownBy(() -> with(granted, "validTo", LocalDate.of(2026, 5, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("validTo");
    assertThat(with(granted, "validTo", granted.validFrom()).validTo())
        .isEqualTo(granted.validFrom());
  }

  @Test
  void anEndingNamesItsLastDayAndDecision() {
    SigningDelegationEnded ended = EventSamples.summerDelegationEndedEarly();

    assertThatThrownBy(() -> with(ended, "lastDay", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("lastDay is required");
    assertThatThrownBy(() -> with(ended, "endedAt", (Instant) null))
        .isInstanceOf(NullPointerException.class);
  }
}
