package vn.edu.platform.starter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * A caller without the role learns nothing about the body it may not send: the role check
 * ({@code @DepartmentOnly}, a meta-annotation) runs before binding and Bean Validation.
 */
class AuthorizationBeforeBindingIntegrationTests extends StarterIntegrationTest {

  private static final String INCOMPLETE = "{\"code\": \"\"}";

  private Reply createUnit(String token, String json) {
    var call =
        http.post("/api/v1/test/kernel/units")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .header("Accept-Language", "en")
            .json(json);
    return (token == null ? call : call.token(token)).send();
  }

  @Test
  void aCallerWithoutTheRoleGets403NotTheFieldsOfTheBody() {
    Reply reply = createUnit(Personas.teacher(SCHOOL_A_PRIMARY), INCOMPLETE);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().get("code").asString()).isEqualTo("forbidden");
    assertThat(reply.json().has("errors")).isFalse();
    assertThat(reply.text()).doesNotContain("/name").doesNotContain("/code");
  }

  @Test
  void aCallerWithoutTheRoleGets403EvenForMalformedJson() {
    Reply reply = createUnit(Personas.teacher(SCHOOL_A_PRIMARY), "{\"code\": ");

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void anAllowedCallerWithTheSameBodyGetsTheFieldErrors() {
    Reply reply = createUnit(Personas.departmentOfficer(), INCOMPLETE);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("code").asString()).isEqualTo("validation-failed");
    assertThat(reply.json().get("errors").findValuesAsString("pointer"))
        .containsExactlyInAnyOrder("/code", "/name");
  }

  @Test
  void anAnonymousCallerGets401() {
    Reply reply = createUnit(null, INCOMPLETE);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().get("code").asString()).isEqualTo("unauthenticated");
  }

  @Test
  void anAllowedCallerWithAValidBodySucceeds() {
    Reply reply =
        createUnit(Personas.departmentAdmin(), "{\"code\": \"S1\", \"name\": \"Trường Một\"}");

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("name").asString()).isEqualTo("Trường Một");
  }
}
