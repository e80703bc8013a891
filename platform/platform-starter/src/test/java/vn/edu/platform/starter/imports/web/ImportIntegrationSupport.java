package vn.edu.platform.starter.imports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.test.Await;
import vn.edu.platform.test.http.TestHttp;

/**
 * Uploads and job polling over real HTTP, shared by the import integration tests. Every test builds
 * files with its own unit codes, so that no two tests upload the same bytes (which would return the
 * same job) or collide on the demo table's primary key.
 */
abstract class ImportIntegrationSupport extends StarterIntegrationTest {

  static final String BASE = "/api/v1/test";
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  TestHttp.Reply upload(String type, String token, String fileName, byte[] content) {
    String mediaType = fileName.endsWith(".xlsx") ? "application/octet-stream" : "text/csv";
    return http.post(BASE + "/imports/" + type)
        .token(token)
        .file("file", fileName, mediaType, content)
        .send();
  }

  JsonNode awaitFinished(UUID jobId, String token) {
    JsonNode[] last = new JsonNode[1];
    Await.until(
        "import job " + jobId + " to finish",
        Duration.ofSeconds(60),
        () -> {
          TestHttp.Reply reply = http.get(BASE + "/import-jobs/" + jobId).token(token).send();
          assertThat(reply.status()).isEqualTo(200);
          last[0] = reply.json();
          String status = last[0].get("status").asString();
          return status.equals("COMPLETED") || status.equals("FAILED");
        });
    return last[0];
  }

  static UUID idOf(TestHttp.Reply reply) {
    return UUID.fromString(reply.json().get("id").asString());
  }

  static byte[] csv(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(BOM);
    bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }
}
