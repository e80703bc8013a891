package vn.edu.platform.signing.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.edu.platform.signing.register.SigningAuthorisation.Decision;

/**
 * Every answer of the register's one decision, and its edges: the ends of a certificate's validity,
 * a revocation effective exactly at the instant asked about, and the last day of a delegation,
 * which ends at midnight in Vietnam (17:00 UTC), not at midnight UTC.
 */
class SigningAuthorisationTests {

  private static final String SCHOOL = "S311002";
  private static final String DEPARTMENT = "SGD31";
  private static final String PRINCIPAL_FINGERPRINT = "a1".repeat(32);
  private static final String DEPUTY_FINGERPRINT = "b2".repeat(32);
  private static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant NOT_AFTER = Instant.parse("2028-12-31T16:59:59Z");
  private static final Instant DURING = Instant.parse("2026-09-05T02:00:00Z");

  private final SigningAuthorisation authorisation = new SigningAuthorisation();

  /** Hiệu trưởng of the primary school, registered for PRINCIPAL of S311002. */
  private static RegisteredCertificate principal() {
    return new RegisteredCertificate(
        "ht.s311002",
        "Nguyễn Thị Hải",
        SCHOOL,
        SignerRole.PRINCIPAL,
        "1A2B3C",
        "CN=Development Issuing CA,O=Sở GD&ĐT Hải Phòng,C=VN",
        PRINCIPAL_FINGERPRINT,
        NOT_BEFORE,
        NOT_AFTER,
        CertificateStatus.ACTIVE,
        null);
  }

  /** Phó giám đốc Sở, registered for DEPUTY_DIRECTOR of the department. */
  private static RegisteredCertificate deputyDirector() {
    return new RegisteredCertificate(
        "pgd.tran",
        "Trần Văn Phòng",
        DEPARTMENT,
        SignerRole.DEPUTY_DIRECTOR,
        "4d5e",
        "CN=Development Issuing CA,O=Sở GD&ĐT Hải Phòng,C=VN",
        DEPUTY_FINGERPRINT,
        NOT_BEFORE,
        NOT_AFTER,
        CertificateStatus.ACTIVE,
        null);
  }

  /** The director's delegation to sign diplomas over the summer of 2026. */
  private static SigningDelegation summerDelegation() {
    return new SigningDelegation(
        UUID.fromString("3f2e1d0c-4b5a-4c6d-8e7f-9a0b1c2d3e4f"),
        DEPARTMENT,
        SignerRole.DIRECTOR,
        "pgd.tran",
        "112/QĐ-SGDĐT",
        LocalDate.of(2026, 5, 25),
        LocalDate.of(2026, 6, 1),
        LocalDate.of(2026, 8, 31),
        null);
  }

  private static SigningRequest asPrincipal(Instant at) {
    return new SigningRequest(PRINCIPAL_FINGERPRINT, SCHOOL, SignerRole.PRINCIPAL, null, at);
  }

  private static SigningRequest onBehalfOfTheDirector(Instant at) {
    return new SigningRequest(
        DEPUTY_FINGERPRINT, DEPARTMENT, SignerRole.DEPUTY_DIRECTOR, SignerRole.DIRECTOR, at);
  }

  private static RefusalReason reasonOf(Decision decision) {
    assertThat(decision).isInstanceOf(Decision.Refused.class);
    return ((Decision.Refused) decision).reason();
  }

  @Test
  void allowsARegisteredCertificateForItsUnitAndRoleWithinItsValidity() {
    Decision decision = authorisation.decide(asPrincipal(DURING), principal(), List.of());

    assertThat(decision.allowed()).isTrue();
    assertThat(((Decision.Allowed) decision).certificate().holderLogin()).isEqualTo("ht.s311002");
    assertThat(((Decision.Allowed) decision).delegation()).isNull();
  }

  @Test
  void refusesAFingerprintTheRegisterDoesNotHold() {
    assertThat(reasonOf(authorisation.decide(asPrincipal(DURING), null, List.of())))
        .isEqualTo(RefusalReason.CERTIFICATE_NOT_REGISTERED);
    assertThat(RefusalReason.CERTIFICATE_NOT_REGISTERED.code())
        .isEqualTo("certificate-not-registered");
  }

  @Test
  void refusesACertificateOfAnotherSchool() {
    SigningRequest otherSchool =
        new SigningRequest(PRINCIPAL_FINGERPRINT, "S311003", SignerRole.PRINCIPAL, null, DURING);

    assertThat(reasonOf(authorisation.decide(otherSchool, principal(), List.of())))
        .isEqualTo(RefusalReason.CERTIFICATE_NOT_REGISTERED_FOR_UNIT);
  }

  @Test
  void refusesACertificateRegisteredForAnotherRoleOfTheSameSchool() {
    SigningRequest asHomeroomTeacher =
        new SigningRequest(
            PRINCIPAL_FINGERPRINT, SCHOOL, SignerRole.HOMEROOM_TEACHER, null, DURING);

    assertThat(reasonOf(authorisation.decide(asHomeroomTeacher, principal(), List.of())))
        .isEqualTo(RefusalReason.CERTIFICATE_NOT_REGISTERED_FOR_UNIT);
    assertThat(RefusalReason.CERTIFICATE_NOT_REGISTERED_FOR_UNIT.code())
        .isEqualTo("certificate-not-registered-for-unit");
  }

  @Test
  void comparesFingerprintsWhateverTheirCase() {
    SigningRequest upperCase =
        new SigningRequest(
            PRINCIPAL_FINGERPRINT.toUpperCase(), SCHOOL, SignerRole.PRINCIPAL, null, DURING);

    assertThat(authorisation.decide(upperCase, principal(), List.of()).allowed()).isTrue();
  }

  @Nested
  class Validity {

    @Test
    void refusesBeforeTheCertificateIsValidAndAllowsFromItsFirstInstant() {
      assertThat(
              reasonOf(
                  authorisation.decide(
                      asPrincipal(NOT_BEFORE.minusMillis(1)), principal(), List.of())))
          .isEqualTo(RefusalReason.CERTIFICATE_NOT_YET_VALID);
      assertThat(authorisation.decide(asPrincipal(NOT_BEFORE), principal(), List.of()).allowed())
          .isTrue();
      assertThat(RefusalReason.CERTIFICATE_NOT_YET_VALID.code())
          .isEqualTo("certificate-not-yet-valid");
    }

    @Test
    void allowsAtTheLastInstantOfValidityAndRefusesAfterIt() {
      assertThat(authorisation.decide(asPrincipal(NOT_AFTER), principal(), List.of()).allowed())
          .isTrue();
      assertThat(
              reasonOf(
                  authorisation.decide(
                      asPrincipal(NOT_AFTER.plusMillis(1)), principal(), List.of())))
          .isEqualTo(RefusalReason.CERTIFICATE_EXPIRED);
      assertThat(RefusalReason.CERTIFICATE_EXPIRED.code()).isEqualTo("certificate-expired");
    }
  }

  @Nested
  class Revocations {

    private final Instant effective = Instant.parse("2026-10-15T01:00:00Z");
    private final RegisteredCertificate revoked =
        principal()
            .revoked(
                new Revocation(
                    effective,
                    "45/QĐ-SGDĐT",
                    LocalDate.of(2026, 10, 14),
                    "Chuyển công tác sang trường khác"));

    @Test
    void refusesExactlyAtTheEffectiveInstantOfTheRevocation() {
      assertThat(reasonOf(authorisation.decide(asPrincipal(effective), revoked, List.of())))
          .isEqualTo(RefusalReason.CERTIFICATE_REVOKED);
      assertThat(RefusalReason.CERTIFICATE_REVOKED.code()).isEqualTo("certificate-revoked");
    }

    @Test
    void allowsTheInstantBeforeTheRevocationTakesEffect() {
      assertThat(
              authorisation
                  .decide(asPrincipal(effective.minusMillis(1)), revoked, List.of())
                  .allowed())
          .isTrue();
    }

    @Test
    void saysRevokedRatherThanExpiredForARevokedCertificateAfterItsValidity() {
      assertThat(
              reasonOf(
                  authorisation.decide(
                      asPrincipal(NOT_AFTER.plusSeconds(3600)), revoked, List.of())))
          .isEqualTo(RefusalReason.CERTIFICATE_REVOKED);
    }

    @Test
    void aRevokedCertificateCarriesItsDecisionAndAnActiveOneNone() {
      assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
      assertThat(revoked.revocation().decisionNumber()).isEqualTo("45/QĐ-SGDĐT");
      assertThatThrownBy(
              () ->
                  new RegisteredCertificate(
                      "ht.s311002",
                      "Nguyễn Thị Hải",
                      SCHOOL,
                      SignerRole.PRINCIPAL,
                      "1a2b3c",
                      "CN=CA",
                      PRINCIPAL_FINGERPRINT,
                      NOT_BEFORE,
                      NOT_AFTER,
                      CertificateStatus.REVOKED,
                      null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Delegations {

    @Test
    void allowsADeputyToSignOnBehalfOfTheDirectorWithinTheDelegation() {
      Decision decision =
          authorisation.decide(
              onBehalfOfTheDirector(Instant.parse("2026-07-10T03:00:00Z")),
              deputyDirector(),
              List.of(summerDelegation()));

      assertThat(decision.allowed()).isTrue();
      assertThat(((Decision.Allowed) decision).delegation().decisionNumber())
          .isEqualTo("112/QĐ-SGDĐT");
    }

    @Test
    void refusesOnBehalfOfARoleWithoutADelegation() {
      assertThat(
              reasonOf(
                  authorisation.decide(
                      onBehalfOfTheDirector(Instant.parse("2026-07-10T03:00:00Z")),
                      deputyDirector(),
                      List.of())))
          .isEqualTo(RefusalReason.DELEGATION_MISSING);
      assertThat(RefusalReason.DELEGATION_MISSING.code()).isEqualTo("delegation-missing");
    }

    @Test
    void ignoresDelegationsToAnotherPersonOrOfAnotherRoleOrUnit() {
      SigningDelegation d = summerDelegation();
      List<SigningDelegation> others =
          List.of(
              new SigningDelegation(
                  UUID.randomUUID(),
                  DEPARTMENT,
                  SignerRole.DIRECTOR,
                  "pgd.le",
                  d.decisionNumber(),
                  d.decisionDate(),
                  d.validFrom(),
                  d.validTo(),
                  null),
              new SigningDelegation(
                  UUID.randomUUID(),
                  SCHOOL,
                  SignerRole.PRINCIPAL,
                  "pgd.tran",
                  d.decisionNumber(),
                  d.decisionDate(),
                  d.validFrom(),
                  d.validTo(),
                  null));

      assertThat(
              reasonOf(
                  authorisation.decide(
                      onBehalfOfTheDirector(Instant.parse("2026-07-10T03:00:00Z")),
                      deputyDirector(),
                      others)))
          .isEqualTo(RefusalReason.DELEGATION_MISSING);
    }

    @Test
    void coversItsLastDayUntilMidnightInVietnamNotInUtc() {
      // 31 August 23:59:59 in Hải Phòng
      Instant lastSecond = Instant.parse("2026-08-31T16:59:59Z");
      // 1 September 00:00 in Hải Phòng, still 31 August in UTC
      Instant nextDay = Instant.parse("2026-08-31T17:00:00Z");

      assertThat(
              authorisation
                  .decide(
                      onBehalfOfTheDirector(lastSecond),
                      deputyDirector(),
                      List.of(summerDelegation()))
                  .allowed())
          .isTrue();
      assertThat(
              reasonOf(
                  authorisation.decide(
                      onBehalfOfTheDirector(nextDay),
                      deputyDirector(),
                      List.of(summerDelegation()))))
          .isEqualTo(RefusalReason.DELEGATION_NOT_COVERING_DATE);
      assertThat(RefusalReason.DELEGATION_NOT_COVERING_DATE.code())
          .isEqualTo("delegation-not-covering-date");
    }

    @Test
    void coversItsFirstDayFromMidnightInVietnam() {
      // 1 June 00:00 in Hải Phòng is 31 May 17:00 UTC
      assertThat(
              authorisation
                  .decide(
                      onBehalfOfTheDirector(Instant.parse("2026-05-31T17:00:00Z")),
                      deputyDirector(),
                      List.of(summerDelegation()))
                  .allowed())
          .isTrue();
      assertThat(
              reasonOf(
                  authorisation.decide(
                      onBehalfOfTheDirector(Instant.parse("2026-05-31T16:59:59Z")),
                      deputyDirector(),
                      List.of(summerDelegation()))))
          .isEqualTo(RefusalReason.DELEGATION_NOT_COVERING_DATE);
    }

    @Test
    void anEndedDelegationCoversNothingAfterTheEndingsLastDay() {
      SigningDelegation ended =
          summerDelegation()
              .ended(
                  new SigningDelegation.Ending(
                      LocalDate.of(2026, 7, 15), "130/QĐ-SGDĐT", LocalDate.of(2026, 7, 14)));

      assertThat(
              authorisation
                  .decide(
                      onBehalfOfTheDirector(Instant.parse("2026-07-15T10:00:00Z")),
                      deputyDirector(),
                      List.of(ended))
                  .allowed())
          .isTrue();
      assertThat(
              reasonOf(
                  authorisation.decide(
                      onBehalfOfTheDirector(Instant.parse("2026-07-16T01:00:00Z")),
                      deputyDirector(),
                      List.of(ended))))
          .isEqualTo(RefusalReason.DELEGATION_NOT_COVERING_DATE);
      assertThat(ended.lastDay()).isEqualTo(LocalDate.of(2026, 7, 15));
    }

    @Test
    void aRevokedDelegateIsRefusedAsRevokedEvenWithinTheDelegation() {
      RegisteredCertificate revoked =
          deputyDirector()
              .revoked(
                  new Revocation(
                      Instant.parse("2026-07-01T00:00:00Z"),
                      "46/QĐ-SGDĐT",
                      LocalDate.of(2026, 6, 30),
                      null));

      assertThat(
              reasonOf(
                  authorisation.decide(
                      onBehalfOfTheDirector(Instant.parse("2026-07-10T03:00:00Z")),
                      revoked,
                      List.of(summerDelegation()))))
          .isEqualTo(RefusalReason.CERTIFICATE_REVOKED);
    }

    @Test
    void anEndingOutsideTheDelegationIsRefused() {
      assertThatThrownBy(
              () ->
                  summerDelegation()
                      .ended(
                          new SigningDelegation.Ending(
                              LocalDate.of(2026, 9, 30),
                              "131/QĐ-SGDĐT",
                              LocalDate.of(2026, 7, 14))))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void decidesOnWhatARegisterHolds() {
    Map<String, RegisteredCertificate> certificates =
        Map.of(DEPUTY_FINGERPRINT, deputyDirector(), PRINCIPAL_FINGERPRINT, principal());
    List<SigningDelegation> delegations = List.of(summerDelegation());
    SignerRegister register =
        new SignerRegister() {
          @Override
          public Optional<RegisteredCertificate> certificate(String fingerprint) {
            return Optional.ofNullable(certificates.get(fingerprint));
          }

          @Override
          public List<SigningDelegation> delegations(
              String unitCode, SignerRole delegatorRole, String delegateLogin) {
            return delegations.stream()
                .filter(d -> d.delegates(unitCode, delegatorRole, delegateLogin))
                .toList();
          }
        };

    assertThat(
            authorisation
                .decide(register, onBehalfOfTheDirector(Instant.parse("2026-08-01T02:00:00Z")))
                .allowed())
        .isTrue();
    assertThat(
            reasonOf(
                authorisation.decide(
                    register,
                    new SigningRequest(
                        "c3".repeat(32), SCHOOL, SignerRole.PRINCIPAL, null, DURING))))
        .isEqualTo(RefusalReason.CERTIFICATE_NOT_REGISTERED);
  }

  @Test
  void aSignerDoesNotSignOnBehalfOfTheirOwnRole() {
    assertThatThrownBy(
            () ->
                new SigningRequest(
                    PRINCIPAL_FINGERPRINT,
                    SCHOOL,
                    SignerRole.PRINCIPAL,
                    SignerRole.PRINCIPAL,
                    DURING))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
