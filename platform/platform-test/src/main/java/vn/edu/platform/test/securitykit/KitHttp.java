package vn.edu.platform.test.securitykit;

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
import org.jspecify.annotations.Nullable;

/**
 * The kit's HTTP client: any method, any raw (already encoded) path and query, any bytes and
 * content type, because the fuzzer must be able to send what a well-behaved client never would.
 */
public final class KitHttp {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;

  public KitHttp(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** A request as the kit builds it; {@code pathAndQuery} is sent as is. */
  public record Request(
      String method,
      String pathAndQuery,
      Map<String, String> headers,
      byte @Nullable [] body,
      @Nullable String contentType) {

    public Request withHeader(String name, String value) {
      Map<String, String> copy = new LinkedHashMap<>(headers);
      copy.put(name, value);
      return new Request(method, pathAndQuery, copy, body, contentType);
    }

    /** For failure messages: method, path and at most 300 characters of the body. */
    public String describe() {
      String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
      if (text.length() > 300) {
        text = text.substring(0, 300) + "…(" + text.length() + " chars)";
      }
      return method + " " + abbreviate(pathAndQuery) + (text.isEmpty() ? "" : " " + text);
    }

    private static String abbreviate(String value) {
      return value.length() > 200 ? value.substring(0, 200) + "…" : value;
    }
  }

  /** A response: status, content type and body text. */
  public record Response(int status, @Nullable String contentType, String body) {}

  public Response send(Request request) {
    HttpRequest.BodyPublisher publisher =
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body());
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + request.pathAndQuery()))
            .timeout(Duration.ofSeconds(30))
            .method(request.method(), publisher);
    request.headers().forEach(builder::header);
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          new String(response.body(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("No answer to " + request.describe(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
