package vn.edu.platform.starter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.starter.support.StarterIntegrationTest;

/**
 * Requests Tomcat refuses before any filter or servlet runs still get a problem body. Sent over a
 * raw socket: the JDK's HTTP client refuses to send such requests at all.
 */
class ContainerErrorsIntegrationTests extends StarterIntegrationTest {

  private record RawReply(int status, String headers, String body) {
    JsonNode json() {
      return JsonMapper.builder().build().readTree(body);
    }
  }

  private RawReply send(String requestTarget, String extraHeader) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      String request =
          "GET "
              + requestTarget
              + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
              + (extraHeader == null ? "" : extraHeader + "\r\n")
              + "Connection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = response.indexOf("\r\n\r\n");
      String head = split < 0 ? response : response.substring(0, split);
      String body = split < 0 ? "" : response.substring(split + 4);
      if (head.toLowerCase().contains("transfer-encoding: chunked")) {
        body = unchunk(body);
      }
      int status = Integer.parseInt(head.substring(9, 12));
      return new RawReply(status, head, body);
    }
  }

  private static String unchunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
      if (size == 0) {
        break;
      }
      byte[] rest = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
      String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
      body.append(chunk);
      at = lineEnd + 2 + chunk.length() + 2;
    }
    return body.toString();
  }

  private static void assertProblem(RawReply reply, int status, String code) {
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.headers().toLowerCase()).contains("content-type: application/problem+json");
    JsonNode body = reply.json();
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("code").asString()).isEqualTo(code);
    assertThat(body.get("title").asString()).isNotBlank();
    assertThat(reply.body()).doesNotContain("Tomcat").doesNotContain("Exception");
  }

  @Test
  void aHugeHeaderIs431WithAProblemBody() throws IOException {
    RawReply reply = send("/api/v1/test/notes", "X-Huge: " + "a".repeat(10_000));

    assertProblem(reply, 431, "request-header-too-large");
  }

  @Test
  void anEncodedNulInThePathIs400WithAProblemBody() throws IOException {
    assertProblem(send("/api/v1/test/notes/%00", null), 400, "invalid-request-target");
  }

  @Test
  void anEncodedTraversalInThePathIs400WithAProblemBody() throws IOException {
    assertProblem(send("/api/v1/test/..%2F..%2Fetc/passwd", null), 400, "invalid-request-target");
  }
}
