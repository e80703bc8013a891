package vn.edu.platform.plan.signers.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.fixtures.SignerApi.CHECK;
import static vn.edu.platform.plan.fixtures.SignerApi.check;
import static vn.edu.platform.plan.fixtures.SignerApi.delegation;
import static vn.edu.platform.plan.fixtures.SignerApi.errors;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.DEPARTMENT;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.plan.fixtures.SignerApi;
import vn.edu.platform.plan.fixtures.SignerCertificates;
import vn.edu.platform.plan.fixtures.SignerCertificates.Issued;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;
import vn.edu.platform.test.security.TestTokens;

/**
 * The check answers every reason of the register's decision from what the API registered: allowed,
 * not registered, registered for another unit or role, not yet valid, expired, revoked (exactly at
 * the revocation's instant), no delegation, a delegation that does not cover the Vietnamese day;
 * and only for a unit the caller reads.
 */
class SigningAuthorisationCheckIntegrationTests extends PlanServiceIntegrationTest {

  private SignerApi api;

  @BeforeEach
  void api() {
    api = new SignerApi(http);
  }

  private static String login() {
    return "ky." + UUID.randomUUID().toString().substring(0, 8);
  }

  private static void refused(Reply reply, String reason, String pointer) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(422);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("code").asString()).isEqualTo(reason);
    assertThat(errors(reply)).containsExactly(pointer + " " + reason);
  }

  @Test
  void allowsARegisteredPrincipalForTheSchoolNow() {
    Issued issued = SignerCertificates.valid("Nguyễn Thị Hải", SCHOOL_A_PRIMARY, "Hiệu trưởng");
    api.registered(issued, login(), SCHOOL_A_PRIMARY, "PRINCIPAL");

    Reply allowed =
        api.post(
            CHECK,
            Personas.principal(SCHOOL_A_PRIMARY),
            check(issued.fingerprint().toUpperCase(), SCHOOL_A_PRIMARY, "PRINCIPAL", null, null));

    assertThat(allowed.status()).as(allowed.text()).isEqualTo(200);
    assertThat(allowed.json().get("allowed").asBoolean()).isTrue();
    assertThat(allowed.json().get("fingerprint").asString()).isEqualTo(issued.fingerprint());
    assertThat(allowed.json().get("validUntil").asString())
        .isEqualTo(issued.facts().notAfter().toString());
    assertThat(allowed.json().get("delegationId").isNull()).isTrue();
  }

  @Test
  void refusesAnUnregisteredCertificateAndOneRegisteredForAnotherUnitOrRole() {
    Issued unregistered = SignerCertificates.valid("Không đăng ký", SCHOOL_A_PRIMARY, "Giáo viên");
    Issued teacher = SignerCertificates.valid("Trần Văn Minh", SCHOOL_A_PRIMARY, "Giáo viên");
    api.registered(teacher, login(), SCHOOL_A_PRIMARY, "HOMEROOM_TEACHER");

    refused(
        api.check(check(unregistered.fingerprint(), SCHOOL_A_PRIMARY, "PRINCIPAL", null, null)),
        "certificate-not-registered",
        "/fingerprint");
    refused(
        api.check(check(teacher.fingerprint(), SCHOOL_A_PRIMARY, "PRINCIPAL", null, null)),
        "certificate-not-registered-for-unit",
        "/unitCode");
    refused(
        api.check(check(teacher.fingerprint(), SCHOOL_B_PRIMARY, "HOMEROOM_TEACHER", null, null)),
        "certificate-not-registered-for-unit",
        "/unitCode");
  }

  @Test
  void refusesOutsideTheCertificatesValidityAndAllowsAtItsEnds() {
    Instant notBefore = SignerCertificates.NOW.plus(Duration.ofDays(30));
    Issued future =
        SignerCertificates.issued(
            "Lê Văn Nam", SCHOOL_A_PRIMARY, "Hiệu trưởng", notBefore, Duration.ofDays(365));
    api.registered(future, login(), SCHOOL_A_PRIMARY, "PRINCIPAL");
    Instant notAfter = future.facts().notAfter();
    String fingerprint = future.fingerprint();

    refused(
        api.check(check(fingerprint, SCHOOL_A_PRIMARY, "PRINCIPAL", null, null)),
        "certificate-not-yet-valid",
        "/at");
    assertThat(
            api.check(check(fingerprint, SCHOOL_A_PRIMARY, "PRINCIPAL", null, notBefore.toString()))
                .status())
        .isEqualTo(200);
    assertThat(
            api.check(check(fingerprint, SCHOOL_A_PRIMARY, "PRINCIPAL", null, notAfter.toString()))
                .status())
        .isEqualTo(200);
    refused(
        api.check(
            check(
                fingerprint,
                SCHOOL_A_PRIMARY,
                "PRINCIPAL",
                null,
                notAfter.plusSeconds(1).toString())),
        "certificate-expired",
        "/at");
  }

  @Test
  void refusesFromTheRevocationsEffectiveInstantOnAndAllowsBefore() {
    Issued issued = SignerCertificates.valid("Vũ Thị Lan", SCHOOL_A_PRIMARY, "Hiệu trưởng");
    JsonNode registered = api.registered(issued, login(), SCHOOL_A_PRIMARY, "PRINCIPAL");
    Instant effective = SignerCertificates.NOW.plus(Duration.ofDays(10));
    api.revoked(registered, effective.toString());

    assertThat(
            api.check(
                    check(
                        issued.fingerprint(),
                        SCHOOL_A_PRIMARY,
                        "PRINCIPAL",
                        null,
                        effective.minusMillis(1).toString()))
                .status())
        .isEqualTo(200);
    refused(
        api.check(
            check(issued.fingerprint(), SCHOOL_A_PRIMARY, "PRINCIPAL", null, effective.toString())),
        "certificate-revoked",
        "/at");
  }

  @Test
  void aDeputySignsOnBehalfOfTheDirectorOnlyWithADelegationCoveringTheVietnameseDay() {
    String deputy = login();
    Issued issued = SignerCertificates.valid("Trần Văn Phòng", DEPARTMENT, "Phó giám đốc");
    api.registered(issued, deputy, DEPARTMENT, "DEPUTY_DIRECTOR");
    String fingerprint = issued.fingerprint();
    // the delegation's dates are chosen within the certificate's validity
    LocalDate from = SignerCertificates.NOW.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate to = from.plusDays(30);
    // 23:59:59 on the last day in Hải Phòng, and 00:00 the day after (still the last day in UTC)
    String lastSecond =
        to.atTime(23, 59, 59).atOffset(ZoneOffset.ofHours(7)).toInstant().toString();
    String nextDay =
        to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.ofHours(7)).toInstant().toString();

    refused(
        api.check(check(fingerprint, DEPARTMENT, "DEPUTY_DIRECTOR", "DIRECTOR", lastSecond)),
        "delegation-missing",
        "/onBehalfOf");
    JsonNode granted =
        api.granted(delegation(DEPARTMENT, "DIRECTOR", deputy, from.toString(), to.toString()));
    Reply within =
        api.check(check(fingerprint, DEPARTMENT, "DEPUTY_DIRECTOR", "DIRECTOR", lastSecond));
    Reply after = api.check(check(fingerprint, DEPARTMENT, "DEPUTY_DIRECTOR", "DIRECTOR", nextDay));
    Reply inOwnRight =
        api.check(check(fingerprint, DEPARTMENT, "DEPUTY_DIRECTOR", null, lastSecond));
    Reply asDirector = api.check(check(fingerprint, DEPARTMENT, "DIRECTOR", null, lastSecond));
    Reply ownRole =
        api.check(check(fingerprint, DEPARTMENT, "DEPUTY_DIRECTOR", "DEPUTY_DIRECTOR", lastSecond));

    assertThat(within.status()).as(within.text()).isEqualTo(200);
    assertThat(within.json().get("delegationId").asString())
        .isEqualTo(granted.get("id").asString());
    assertThat(within.json().get("onBehalfOf").asString()).isEqualTo("DIRECTOR");
    assertThat(within.json().get("delegationLastDay").asString()).isEqualTo(to.toString());
    refused(after, "delegation-not-covering-date", "/at");
    assertThat(inOwnRight.status()).isEqualTo(200);
    refused(asDirector, "certificate-not-registered-for-unit", "/unitCode");
    assertThat(errors(ownRole)).containsExactly("/onBehalfOf own-role");
  }

  @Test
  void aCallerChecksOnlyForAUnitItReadsAndAnAnonymousOneNothing() {
    Issued issued = SignerCertificates.valid("Phạm Thu Hà", SCHOOL_A_PRIMARY, "Giáo viên");
    api.registered(issued, login(), SCHOOL_A_PRIMARY, "HOMEROOM_TEACHER");
    Map<String, Object> question =
        check(issued.fingerprint(), SCHOOL_A_PRIMARY, "HOMEROOM_TEACHER", null, null);

    Reply teacherOfTheSchool = api.post(CHECK, Personas.teacher(SCHOOL_A_PRIMARY), question);
    Reply otherSchool = api.post(CHECK, Personas.teacher(SCHOOL_B_PRIMARY), question);
    Reply system =
        api.post(CHECK, Personas.governmentSystem("diploma-service", "province-read"), question);
    Reply systemWithoutRole = api.post(CHECK, Personas.governmentSystem("other"), question);
    Reply anonymous = api.post(CHECK, null, Map.of("fingerprint", 1));
    Reply citizenInvalidBody =
        http.post(CHECK)
            .token(TestTokens.user("cong.dan").realmRoles("citizen").build())
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .json("{\"fingerprint\": 42}")
            .send();

    assertThat(teacherOfTheSchool.status()).as(teacherOfTheSchool.text()).isEqualTo(200);
    assertThat(otherSchool.status()).isEqualTo(403);
    assertThat(otherSchool.json().get("code").asString()).isEqualTo("forbidden-org-unit");
    assertThat(system.status()).isEqualTo(200);
    assertThat(systemWithoutRole.status()).isEqualTo(403);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(citizenInvalidBody.status()).isEqualTo(403);
  }
}
