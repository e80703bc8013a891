package vn.edu.platform.test.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.platform.test.http.TestHttp;

/** Responses from a real HTTP server, checked by the validator through {@link TestHttp}. */
class OpenApiResponseValidatorTests {

  private static final String DOCUMENT =
      """
      {"openapi":"3.1.0","info":{"title":"t","version":"1.0.0"},
       "paths":{
        "/units/{code}":{"get":{"operationId":"getUnit","responses":{
          "200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Unit"}}}},
          "304":{"description":"unchanged"},
          "404":{"description":"none","content":{"application/problem+json":{"schema":{"type":"object","required":["code"]}}}}}}},
        "/units/tree":{"get":{"operationId":"getTree","responses":{
          "200":{"description":"ok","content":{"application/json":{"schema":{"type":"array","items":{"type":"string"}}}}}}}}},
       "components":{"schemas":{"Unit":{"type":"object","required":["code","validTo"],
         "properties":{"code":{"type":"string"},"validTo":{"type":["string","null"],"format":"date"},
                       "level":{"type":"string","enum":["PRIMARY"]}}}}}}
      """;

  @TempDir Path dir;
  private HttpServer server;
  private volatile int status;
  private volatile String contentType;
  private volatile String body;
  private OpenApiResponseValidator validator;
  private TestHttp http;

  @BeforeEach
  void start() throws IOException {
    Path document = dir.resolve("openapi.json");
    Files.writeString(document, DOCUMENT);
    validator = OpenApiResponseValidator.of(document);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
          }
          exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
          if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
          }
          exchange.close();
        });
    server.start();
    http = new TestHttp(server.getAddress().getPort()).checkingResponses(validator);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(int status, String contentType, String body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
  }

  @Test
  void acceptsNullWhereTheTypeArrayAllowsItAndCountsTheResponse() {
    answer(200, "application/json", "{\"code\":\"S1\",\"validTo\":null}");
    long before = validator.validated();

    assertThat(http.get("/units/S1?asOf=2026-01-01").send().status()).isEqualTo(200);
    assertThat(validator.validated()).isEqualTo(before + 1);
  }

  @Test
  void refusesNullWhereTheDocumentSaysString() {
    answer(200, "application/json", "{\"code\":null,\"validTo\":\"2026-01-01\"}");

    assertThatThrownBy(() -> http.get("/units/S1").send())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("/code");
  }

  @Test
  void refusesAValueOutsideTheEnumAndABadFormat() {
    answer(200, "application/json", "{\"code\":\"S1\",\"validTo\":\"yesterday\",\"level\":\"X\"}");

    assertThatThrownBy(() -> http.get("/units/S1").send())
        .hasMessageContaining("/validTo")
        .hasMessageContaining("/level");
  }

  @Test
  void refusesAnUndocumentedStatusOrMediaType() {
    answer(201, "application/json", "{}");
    assertThatThrownBy(() -> http.get("/units/S1").send())
        .hasMessageContaining("status 201 is not documented");

    answer(404, "application/json", "{\"code\":\"not-found\"}");
    assertThatThrownBy(() -> http.get("/units/S1").send())
        .hasMessageContaining("media type application/json is not declared");
  }

  @Test
  void prefersTheLiteralPathOverATemplate() {
    answer(200, "application/json", "[\"S1\"]");

    assertThat(http.get("/units/tree").send().status()).isEqualTo(200);
  }

  @Test
  void skipsPathsTheDocumentDoesNotDescribe() {
    answer(200, "text/plain", "pong");
    long skipped = validator.skipped();

    http.get("/actuator/health").send();
    assertThat(validator.skipped()).isEqualTo(skipped + 1);
  }
}
