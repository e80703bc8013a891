package vn.edu.platform.plan.signers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.signing.register.CertificateFacts;
import vn.edu.platform.signing.register.CertificateStatus;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.register.SignerRole.UnitLevel;

/**
 * The register's aggregates without a database: each transition checks its rules and returns the
 * event it raises; a refused transition raises nothing.
 */
class SignerRegisterDomainTests {

  private static final Instant NOW = Instant.parse("2026-09-03T02:15:00Z");
  private static final CertificateFacts PRINCIPALS =
      new CertificateFacts(
          "3f9",
          "CN=EDU Local Issuing CA,O=Sở GD&ĐT Hải Phòng,C=VN",
          "ab".repeat(32),
          Instant.parse("2026-09-01T00:00:00Z"),
          Instant.parse("2028-08-31T16:59:59Z"),
          true);

  private static SignerCertificate principal() {
    return SignerCertificate.register(
            UUID.randomUUID(),
            "ht.s311002",
            "Nguyễn Thị Hải",
            "S311002",
            SignerRole.PRINCIPAL,
            UnitLevel.SCHOOL,
            PRINCIPALS,
            null,
            NOW)
        .state();
  }

  private static String codesOf(RuleViolation violation) {
    return violation.violations().stream()
        .map(v -> v.pointer() + " " + v.code())
        .sorted()
        .toList()
        .toString();
  }

  @Nested
  class Certificates {

    @Test
    void aRegistrationRaisesCertificateRegisteredWithTheFactsOfTheCertificate() {
      Changes<SignerCertificate> registered =
          SignerCertificate.register(
              UUID.randomUUID(),
              "ht.s311002",
              "Nguyễn Thị Hải",
              "S311002",
              SignerRole.PRINCIPAL,
              UnitLevel.SCHOOL,
              PRINCIPALS,
              null,
              NOW);

      assertThat(registered.events())
          .containsExactly(new SignerEvent.CertificateRegistered(registered.state()));
      assertThat(registered.state().facts().fingerprint()).isEqualTo("ab".repeat(32));
      assertThat(registered.state().facts().status()).isEqualTo(CertificateStatus.ACTIVE);
      assertThat(registered.state().revision()).isOne();
    }

    @Test
    void refusesEveryBrokenRuleOfARegistrationAtOnce() {
      CertificateFacts caExpired =
          new CertificateFacts(
              "1",
              "CN=CA",
              "cd".repeat(32),
              Instant.parse("2020-01-01T00:00:00Z"),
              Instant.parse("2025-01-01T00:00:00Z"),
              false);

      assertThatThrownBy(
              () ->
                  SignerCertificate.register(
                      UUID.randomUUID(),
                      "gd.sgd31",
                      "Trần Văn Phòng",
                      "S311002",
                      SignerRole.DIRECTOR,
                      UnitLevel.SCHOOL,
                      caExpired,
                      null,
                      NOW))
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e ->
                  assertThat(codesOf(e))
                      .isEqualTo(
                          "[/certificate certificate-expired,"
                              + " /certificate certificate-not-for-signing,"
                              + " /role role-not-for-unit]"));
    }

    @Test
    void aCertificateNotValidYetIsRegisteredItSignsFromItsFirstDay() {
      CertificateFacts future =
          new CertificateFacts(
              "2",
              "CN=CA",
              "ef".repeat(32),
              NOW.plusSeconds(86_400),
              NOW.plusSeconds(999_999),
              true);

      assertThat(
              SignerCertificate.register(
                      UUID.randomUUID(),
                      "ht.s311002",
                      "Nguyễn Thị Hải",
                      "S311002",
                      SignerRole.PRINCIPAL,
                      UnitLevel.SCHOOL,
                      future,
                      null,
                      NOW)
                  .events())
          .hasSize(1);
    }

    @Test
    void aRevocationRaisesCertificateRevokedOnceAndASecondIsRefused() {
      SignerCertificate certificate = principal();
      var decision =
          SignerCertificate.revocation(
              "45/QĐ-SGDĐT", LocalDate.of(2026, 10, 14), "Chuyển công tác", null, NOW);

      Changes<SignerCertificate> revoked = certificate.revoke(decision, NOW);

      assertThat(revoked.events())
          .containsExactly(new SignerEvent.CertificateRevoked(revoked.state()));
      assertThat(revoked.state().facts().revocation().effectiveAt())
          .as("effective now when the decision names no instant")
          .isEqualTo(NOW);
      assertThat(revoked.state().revision()).isEqualTo(2);
      assertThatThrownBy(() -> revoked.state().revoke(decision, NOW.plusSeconds(60)))
          .isInstanceOfSatisfying(
              StateConflict.class,
              e -> assertThat(e.code()).isEqualTo("signer-certificate-revoked"));
    }

    @Test
    void aRevocationTakesEffectWithinTheYearsTheRegisterKeeps() {
      LocalDate decided = LocalDate.of(2026, 10, 14);

      assertThat(
              SignerCertificate.revocation(
                      "45/QĐ-SGDĐT", decided, null, Instant.parse("9999-12-31T23:59:59Z"), NOW)
                  .effectiveAt())
          .isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
      assertThatThrownBy(
              () ->
                  SignerCertificate.revocation(
                      "45/QĐ-SGDĐT",
                      LocalDate.of(10_000, 1, 1),
                      null,
                      Instant.parse("+10000-01-01T00:00:00Z"),
                      NOW))
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e ->
                  assertThat(codesOf(e))
                      .isEqualTo("[/decisionDate out-of-range, /effectiveAt out-of-range]"));
    }

    @Test
    void aRevocationNamesItsDecision() {
      assertThatThrownBy(
              () -> SignerCertificate.revocation("  ", null, "x".repeat(2001), null, NOW))
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e ->
                  assertThat(codesOf(e))
                      .isEqualTo(
                          "[/decisionDate required, /decisionNumber required, /reason too-long]"));
    }
  }

  @Nested
  class Requests {

    private CertificateRequest opened() {
      return CertificateRequest.open(
              UUID.randomUUID(),
              CertificateRequest.Kind.ISSUE,
              " ht.s311002 ",
              "Nguyễn Thị Hải",
              "S311002",
              SignerRole.PRINCIPAL,
              UnitLevel.SCHOOL,
              null,
              null,
              null,
              NOW)
          .state();
    }

    @Test
    void anOpenRequestIsFulfilledByItsHoldersCertificateForTheUnitAndRole() {
      CertificateRequest request = opened();
      SignerCertificate certificate = principal();

      Changes<CertificateRequest> fulfilled = request.fulfil(certificate, NOW);

      assertThat(request.holderLogin()).isEqualTo("ht.s311002");
      assertThat(fulfilled.state().status()).isEqualTo(CertificateRequest.Status.FULFILLED);
      assertThat(fulfilled.state().certificateId()).isEqualTo(certificate.id());
      assertThat(fulfilled.events())
          .containsExactly(new SignerEvent.CertificateRequestFulfilled(fulfilled.state()));
      assertThatThrownBy(() -> fulfilled.state().withdraw("Rút", NOW))
          .isInstanceOfSatisfying(
              StateConflict.class,
              e -> assertThat(e.code()).isEqualTo("certificate-request-not-open"));
    }

    @Test
    void aRenewalOfARevokedCertificateIsRefused() {
      SignerCertificate revoked =
          principal()
              .revoke(
                  SignerCertificate.revocation(
                      "45/QĐ-SGDĐT", LocalDate.of(2026, 10, 14), null, null, NOW),
                  NOW)
              .state();

      assertThatThrownBy(
              () ->
                  CertificateRequest.open(
                      UUID.randomUUID(),
                      CertificateRequest.Kind.RENEWAL,
                      "ht.s311002",
                      "Nguyễn Thị Hải",
                      "S311002",
                      SignerRole.PRINCIPAL,
                      UnitLevel.SCHOOL,
                      revoked.id(),
                      revoked,
                      null,
                      NOW))
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::code)
                      .containsExactly("renewal-of-revoked-certificate"));
    }

    @Test
    void aWithdrawalSaysWhy() {
      assertThatThrownBy(() -> opened().withdraw(" ", NOW))
          .isInstanceOfSatisfying(
              RuleViolation.class, e -> assertThat(codesOf(e)).isEqualTo("[/reason required]"));
      assertThat(opened().withdraw("Đã nghỉ hưu.", NOW).events()).hasSize(1);
    }
  }

  @Nested
  class Delegations {

    private Delegation granted() {
      return Delegation.grant(
              UUID.randomUUID(),
              "SGD31",
              SignerRole.DIRECTOR,
              UnitLevel.DEPARTMENT,
              "pgd.tran",
              "112/QĐ-SGDĐT",
              LocalDate.of(2026, 5, 25),
              LocalDate.of(2026, 6, 1),
              LocalDate.of(2026, 8, 31),
              NOW)
          .state();
    }

    @Test
    void anEndingWithinThePeriodRaisesDelegationEndedOnce() {
      Changes<Delegation> ended =
          granted().end(LocalDate.of(2026, 7, 15), "130/QĐ-SGDĐT", LocalDate.of(2026, 7, 14), NOW);

      assertThat(ended.events()).containsExactly(new SignerEvent.DelegationEnded(ended.state()));
      assertThat(ended.state().terms().lastDay()).isEqualTo(LocalDate.of(2026, 7, 15));
      assertThatThrownBy(
              () ->
                  ended
                      .state()
                      .end(LocalDate.of(2026, 7, 1), "131/QĐ-SGDĐT", LocalDate.of(2026, 7, 1), NOW))
          .isInstanceOfSatisfying(
              StateConflict.class, e -> assertThat(e.code()).isEqualTo("signing-delegation-ended"));
    }

    @Test
    void aDelegationEndsWithinItsPeriodOrTheDayBeforeItBegins() {
      Delegation delegation = granted();

      assertThat(
              delegation
                  .end(LocalDate.of(2026, 5, 31), "130/QĐ-SGDĐT", LocalDate.of(2026, 5, 30), NOW)
                  .state()
                  .terms()
                  .covers(LocalDate.of(2026, 6, 1)))
          .isFalse();
      assertThatThrownBy(
              () ->
                  delegation.end(
                      LocalDate.of(2026, 5, 30), "130/QĐ-SGDĐT", LocalDate.of(2026, 5, 30), NOW))
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e -> assertThat(codesOf(e)).isEqualTo("[/lastDay outside-delegation]"));
    }
  }
}
