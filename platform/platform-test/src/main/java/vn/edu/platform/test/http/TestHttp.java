package vn.edu.platform.test.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client (the JDK's) against a service under test on its random port: requests go
 * through Tomcat, the security filters and the error page, as a client's would.
 *
 * <pre>{@code
 * Reply reply = http.post("/api/v1/plans").token(Personas.departmentAdmin())
 *     .header("Idempotency-Key", UUID.randomUUID().toString()).json(body).send();
 * }</pre>
 */
public final class TestHttp {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;
  private final ResponseCheck check;

  public TestHttp(int port) {
    this(port, (method, path, reply) -> {});
  }

  private TestHttp(int port, ResponseCheck check) {
    this.port = port;
    this.check = check;
  }

  /**
   * The same client, with every response passed to {@code check} before the test sees it (e.g.
   * {@code OpenApiResponseValidator}, which fails the test when a response breaks the contract).
   */
  public TestHttp checkingResponses(ResponseCheck check) {
    return new TestHttp(port, check);
  }

  /** Looks at every response; throws (an {@link AssertionError}) to fail the test. */
  @FunctionalInterface
  public interface ResponseCheck {
    void check(String method, String path, Reply reply);
  }

  public Call get(String path) {
    return new Call("GET", path);
  }

  public Call post(String path) {
    return new Call("POST", path);
  }

  public Call put(String path) {
    return new Call("PUT", path);
  }

  public Call patch(String path) {
    return new Call("PATCH", path);
  }

  public Call delete(String path) {
    return new Call("DELETE", path);
  }

  public Call options(String path) {
    return new Call("OPTIONS", path);
  }

  /** One request being built. */
  public final class Call {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];

    private Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    public Call token(String token) {
      if (token != null) {
        headers.put("Authorization", "Bearer " + token);
      }
      return this;
    }

    public Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Call json(String json) {
      headers.put("Content-Type", "application/json");
      body = json.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    public Call json(Object value) {
      return json(JSON.writeValueAsString(value));
    }

    /** A {@code multipart/form-data} body with one file part, as a browser form sends it. */
    public Call file(String part, String fileName, String contentType, byte[] content) {
      return body(Multipart.CONTENT_TYPE, Multipart.file(part, fileName, contentType, content));
    }

    public Call body(String contentType, byte[] bytes) {
      headers.put("Content-Type", contentType);
      body = bytes;
      return this;
    }

    public Reply send() {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .timeout(Duration.ofSeconds(30))
              .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(builder::header);
      try {
        HttpResponse<byte[]> response =
            CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        Reply reply = new Reply(response);
        check.check(method, path, reply);
        return reply;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** A response with helpers to read it. */
  public record Reply(HttpResponse<byte[]> response) {
    public int status() {
      return response.statusCode();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public String text() {
      return new String(response.body(), StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      return JSON.readTree(response.body());
    }

    public String contentType() {
      return header("Content-Type");
    }
  }
}
