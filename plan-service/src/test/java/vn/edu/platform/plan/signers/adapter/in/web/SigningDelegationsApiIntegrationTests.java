package vn.edu.platform.plan.signers.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.plan.fixtures.SignerApi.DELEGATIONS;
import static vn.edu.platform.plan.fixtures.SignerApi.delegation;
import static vn.edu.platform.plan.fixtures.SignerApi.errors;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.COMMUNE_A;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.DEPARTMENT;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.plan.fixtures.PlanServiceIntegrationTest;
import vn.edu.platform.plan.fixtures.SignerApi;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * Delegations to sign on behalf of a role: granted for a period, never two overlapping for one role
 * and person, ended once within their period, read by their unit and the department.
 */
class SigningDelegationsApiIntegrationTests extends PlanServiceIntegrationTest {

  private SignerApi api;

  @BeforeEach
  void api() {
    api = new SignerApi(http);
  }

  private static String login() {
    return "pgd." + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void theDirectorsRoleIsDelegatedForTheSummerAndEndedEarly() {
    String deputy = login();
    JsonNode granted =
        api.granted(delegation(DEPARTMENT, "DIRECTOR", deputy, "2026-06-01", "2026-08-31"));
    String path = DELEGATIONS + "/" + granted.get("id").asString() + "/ending";
    Map<String, Object> ending =
        Map.of(
            "lastDay",
            "2026-07-15",
            "decisionNumber",
            "130/QĐ-SGDĐT",
            "decisionDate",
            "2026-07-14");

    Reply outside =
        api.post(
            path,
            Personas.departmentAdmin(),
            "\"1\"",
            Map.of(
                "lastDay",
                "2026-09-30",
                "decisionNumber",
                "131/QĐ-SGDĐT",
                "decisionDate",
                "2026-07-14"));
    Reply ended = api.post(path, Personas.departmentAdmin(), "\"1\"", ending);
    Reply again = api.post(path, Personas.departmentAdmin(), "\"2\"", ending);
    Reply activeInAugust =
        api.get(
            DELEGATIONS + "?delegateLogin=" + deputy + "&activeOn=2026-08-01",
            Personas.departmentOfficer());
    Reply activeInJuly =
        api.get(
            DELEGATIONS + "?delegateLogin=" + deputy + "&activeOn=2026-07-15",
            Personas.departmentOfficer());

    assertThat(granted.get("validTo").asString()).isEqualTo("2026-08-31");
    assertThat(granted.get("lastDay").asString()).isEqualTo("2026-08-31");
    assertThat(errors(outside)).containsExactly("/lastDay outside-delegation");
    assertThat(ended.status()).as(ended.text()).isEqualTo(200);
    assertThat(ended.json().get("lastDay").asString()).isEqualTo("2026-07-15");
    assertThat(ended.json().at("/ending/decisionNumber").asString()).isEqualTo("130/QĐ-SGDĐT");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("signing-delegation-ended");
    assertThat(activeInAugust.json().get("totalItems").asLong()).isZero();
    assertThat(activeInJuly.json().get("items").findValuesAsString("id"))
        .containsExactly(granted.get("id").asString());
  }

  @Test
  void twoDelegationsOfOneRoleToOnePersonNeverCoverTheSameDay() {
    String vicePrincipal = login();
    JsonNode first =
        api.granted(
            delegation(SCHOOL_A_PRIMARY, "PRINCIPAL", vicePrincipal, "2026-09-01", "2026-12-31"));

    Reply overlapping =
        api.post(
            DELEGATIONS,
            Personas.departmentOfficer(),
            delegation(SCHOOL_A_PRIMARY, "PRINCIPAL", vicePrincipal, "2026-12-31", "2027-05-31"));
    Reply following =
        api.post(
            DELEGATIONS,
            Personas.departmentOfficer(),
            delegation(SCHOOL_A_PRIMARY, "PRINCIPAL", vicePrincipal, "2027-01-01", "2027-05-31"));
    Reply toSomeoneElse =
        api.post(
            DELEGATIONS,
            Personas.departmentOfficer(),
            delegation(SCHOOL_A_PRIMARY, "PRINCIPAL", login(), "2026-09-01", "2026-12-31"));

    assertThat(overlapping.status()).isEqualTo(409);
    assertThat(overlapping.json().get("code").asString()).isEqualTo("signing-delegation-overlaps");
    assertThat(overlapping.json().get("detail").asString()).contains(first.get("id").asString());
    assertThat(following.status()).as(following.text()).isEqualTo(201);
    assertThat(toSomeoneElse.status()).as(toSomeoneElse.text()).isEqualTo(201);
  }

  @Test
  void refusesADelegationThatBreaksTheRulesWithAPointerPerField() {
    Map<String, Object> backwards =
        delegation(DEPARTMENT, "DIRECTOR", login(), "2026-08-31", "2026-06-01");
    Map<String, Object> withoutDecision =
        delegation(DEPARTMENT, "DIRECTOR", login(), "2026-06-01", "2026-08-31");
    withoutDecision.remove("decisionNumber");
    withoutDecision.remove("decisionDate");

    Reply endsBeforeItBegins = api.post(DELEGATIONS, Personas.departmentAdmin(), backwards);
    Reply noDecision = api.post(DELEGATIONS, Personas.departmentAdmin(), withoutDecision);
    Reply ofACommune =
        api.post(
            DELEGATIONS,
            Personas.departmentAdmin(),
            delegation(COMMUNE_A, "PRINCIPAL", login(), "2026-06-01", "2026-08-31"));
    Reply bySchool =
        api.post(
            DELEGATIONS,
            Personas.principal(SCHOOL_A_PRIMARY),
            delegation(SCHOOL_A_PRIMARY, "PRINCIPAL", login(), "2026-06-01", "2026-08-31"));

    assertThat(endsBeforeItBegins.json().get("code").asString()).isEqualTo("signer-register-rule");
    assertThat(errors(endsBeforeItBegins)).containsExactly("/validTo ends-before-it-begins");
    assertThat(errors(noDecision))
        .containsExactlyInAnyOrder("/decisionNumber required", "/decisionDate required");
    assertThat(errors(ofACommune)).containsExactly("/role role-not-for-unit");
    assertThat(bySchool.status()).isEqualTo(403);
  }

  @Test
  void aSchoolReadsItsOwnDelegationsOnly() {
    JsonNode own =
        api.granted(delegation(SCHOOL_A_PRIMARY, "PRINCIPAL", login(), "2026-09-01", "2026-09-30"));
    JsonNode other =
        api.granted(delegation(SCHOOL_B_PRIMARY, "PRINCIPAL", login(), "2026-09-01", "2026-09-30"));

    Reply ownRead =
        api.get(DELEGATIONS + "/" + own.get("id").asString(), Personas.principal(SCHOOL_A_PRIMARY));
    Reply otherRead =
        api.get(
            DELEGATIONS + "/" + other.get("id").asString(), Personas.principal(SCHOOL_A_PRIMARY));
    Reply listed = api.get(DELEGATIONS + "?size=200", Personas.schoolAdmin(SCHOOL_A_PRIMARY));

    assertThat(ownRead.status()).as(ownRead.text()).isEqualTo(200);
    assertThat(ownRead.header("ETag")).isEqualTo("\"1\"");
    assertThat(otherRead.status()).isEqualTo(404);
    assertThat(otherRead.json().get("code").asString()).isEqualTo("signing-delegation-not-found");
    List<String> units = listed.json().get("items").findValuesAsString("delegatorUnitCode");
    assertThat(units).isNotEmpty().containsOnly(SCHOOL_A_PRIMARY);
  }
}
