package vn.edu.platform.starter.web.text;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/**
 * Control characters and bidirectional controls are field errors wherever text enters: every string
 * of a JSON body, query parameters, path variables.
 */
class TextInputIntegrationTests extends StarterIntegrationTest {

  private Reply createUnit(String json) {
    return http.post("/api/v1/test/kernel/units")
        .token(Personas.departmentOfficer())
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .header("Accept-Language", "en")
        .json(json)
        .send();
  }

  private static JsonNode fieldError(Reply reply) {
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("code").asString()).isEqualTo("validation-failed");
    assertThat(reply.json().get("errors")).hasSize(1);
    return reply.json().at("/errors/0");
  }

  @Test
  void aNulInANameIsAFieldErrorNotADatabaseConflict() {
    JsonNode error = fieldError(createUnit("{\"code\": \"S1\", \"name\": \"Trường\\u0000A\"}"));

    assertThat(error.get("pointer").asString()).isEqualTo("/name");
    assertThat(error.get("code").asString()).isEqualTo("text-control-character");
    assertThat(error.get("message").asString()).contains("U+0000").contains("position 7");
  }

  @Test
  void aRightToLeftOverrideIsRefusedInAnyTextField() {
    JsonNode error =
        fieldError(
            createUnit(
                "{\"code\": \"S1\", \"name\": \"Trường\", \"description\": \"abc\\u202Efdp\"}"));

    assertThat(error.get("pointer").asString()).isEqualTo("/description");
    assertThat(error.get("code").asString()).isEqualTo("text-bidi-control");
  }

  @Test
  void anUnpairedSurrogateEscapeIsRefusedAndAPairIsText() {
    JsonNode lone = fieldError(createUnit("{\"code\": \"S1\", \"name\": \"a\\ud800b\"}"));
    Reply pair = createUnit("{\"code\": \"S1\", \"name\": \"Lớp \\ud83d\\ude00\"}");

    assertThat(lone.get("pointer").asString()).isEqualTo("/name");
    assertThat(lone.get("code").asString()).isEqualTo("text-unpaired-surrogate");
    assertThat(lone.get("message").asString()).contains("U+D800").contains("position 2");
    assertThat(pair.status()).isEqualTo(201);
    assertThat(pair.json().get("name").asString()).isEqualTo("Lớp \ud83d\ude00");
  }

  @Test
  void isolatesAndC1ControlsAreRefusedInsideListsAndMaps() {
    JsonNode inList =
        fieldError(
            createUnit("{\"code\": \"S1\", \"name\": \"T\", \"tags\": [\"a\", \"b\\u2066c\"]}"));
    JsonNode inMap =
        fieldError(
            createUnit("{\"code\": \"S1\", \"name\": \"T\", \"extra\": {\"a/b\": \"x\\u0085y\"}}"));

    assertThat(inList.get("pointer").asString()).isEqualTo("/tags/1");
    assertThat(inList.get("code").asString()).isEqualTo("text-bidi-control");
    assertThat(inMap.get("pointer").asString()).isEqualTo("/extra/a~1b");
    assertThat(inMap.get("code").asString()).isEqualTo("text-control-character");
  }

  @Test
  void lineBreaksAreTextInABodyButNotInASingleLineField() {
    Reply multiline =
        createUnit(
            "{\"code\": \"S1\", \"name\": \"Trường\", \"description\": \"line 1\\r\\n\\tline 2\"}");
    JsonNode singleLine = fieldError(createUnit("{\"code\": \"S1\", \"name\": \"Trường\\nA\"}"));

    assertThat(multiline.status()).isEqualTo(201);
    assertThat(multiline.json().get("description").asString()).isEqualTo("line 1\r\n\tline 2");
    assertThat(singleLine.get("pointer").asString()).isEqualTo("/name");
    assertThat(singleLine.get("code").asString()).isEqualTo("text-control-character");
  }

  @Test
  void vietnameseTextPassesUnchanged() {
    Reply reply =
        createUnit("{\"code\": \"S1\", \"name\": \"Trường Tiểu học Hồng Bàng – cơ sở 2\"}");

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("name").asString())
        .isEqualTo("Trường Tiểu học Hồng Bàng – cơ sở 2");
  }

  @Test
  void queryParametersAndPathVariablesAreCheckedToo() {
    String token = Personas.teacher(SCHOOL_A_PRIMARY);
    Reply query = http.get("/api/v1/test/kernel/echo/ok?q=a%E2%80%AEb").token(token).send();
    Reply path = http.get("/api/v1/test/kernel/echo/a%E2%80%AEb").token(token).send();
    Reply tab = http.get("/api/v1/test/kernel/echo/ok?q=a%09b").token(token).send();
    Reply clean = http.get("/api/v1/test/kernel/echo/H%E1%BB%93ng?q=B%C3%A0ng").token(token).send();

    assertThat(fieldError(query).get("pointer").asString()).isEqualTo("q");
    assertThat(fieldError(path).get("pointer").asString()).isEqualTo("name");
    assertThat(fieldError(path).get("code").asString()).isEqualTo("text-bidi-control");
    assertThat(fieldError(tab).get("code").asString()).isEqualTo("text-control-character");
    assertThat(clean.status()).isEqualTo(200);
    assertThat(clean.json().get("name").asString()).isEqualTo("Hồng");
  }
}
