package vn.edu.platform.starter.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.edu.platform.starter.web.problem.ProblemWriter;

/**
 * Makes POST and PATCH safe to retry, following the IETF draft "The Idempotency-Key HTTP Header
 * Field".
 *
 * <ul>
 *   <li>Key missing on a path that requires it: 400 {@code idempotency-key-missing}.
 *   <li>First use of a key: the request runs; a 2xx/3xx response is stored for the retention period
 *       (≥ 24 h). An error response is not stored and frees the key, since nothing changed (the
 *       business transaction rolled back), so the client may correct and retry.
 *   <li>Same key, same request (method, path, query, content type and body hash): the stored
 *       response is replayed with {@code Idempotent-Replayed: true}; nothing runs twice.
 *   <li>Same key, different request: 422 {@code idempotency-key-reused}.
 *   <li>Same key while the first request still runs: 409 {@code idempotency-request-in-progress}.
 * </ul>
 *
 * Keys are scoped per caller (token subject), so two clients can never collide. The claim is
 * committed before the request runs; if the process dies between the business commit and the
 * storing of the response, the key stays "in progress" until it expires and retries get 409 rather
 * than a second execution (ADR 0004 explains this trade-off).
 */
public class IdempotencyFilter extends OncePerRequestFilter {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final int MAX_KEY_LENGTH = 255;

  private final IdempotencyStore store;
  private final ProblemWriter problems;
  private final List<String> requiredPaths;
  private final List<String> exemptPaths;
  private final long maxStoredResponse;
  private final AntPathMatcher matcher = new AntPathMatcher();

  public IdempotencyFilter(
      IdempotencyStore store,
      ProblemWriter problems,
      List<String> requiredPaths,
      List<String> exemptPaths,
      long maxStoredResponse) {
    this.store = store;
    this.problems = problems;
    this.requiredPaths = List.copyOf(requiredPaths);
    this.exemptPaths = List.copyOf(exemptPaths);
    this.maxStoredResponse = maxStoredResponse;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    return !("POST".equals(method) || "PATCH".equals(method));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (key == null) {
      if (isRequired(path)) {
        problems.write(request, response, HttpStatus.BAD_REQUEST, "idempotency-key-missing");
      } else {
        chain.doFilter(request, response);
      }
      return;
    }
    key = stripQuotes(key.trim());
    if (!isValidKey(key)) {
      problems.write(request, response, HttpStatus.BAD_REQUEST, "idempotency-key-invalid");
      return;
    }

    // A multipart body is hashed part by part from the container's parsed parts, which stay
    // readable for the handler; any other body is read once here and replayed to the handler.
    boolean multipart = isMultipart(request);
    byte[] body = multipart ? null : request.getInputStream().readAllBytes();
    String hash = multipart ? hashOfParts(request, path) : hashOf(request, path, body);
    String caller = callerOf(request);

    Optional<IdempotencyStore.StoredRecord> existing =
        store.claim(caller, key, hash, request.getMethod(), path);
    if (existing.isPresent()) {
      answerFromExisting(existing.get(), hash, request, response);
      return;
    }

    ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
    boolean stored = false;
    try {
      chain.doFilter(multipart ? request : new CachedBodyRequest(request, body), captured);
      int status = captured.getStatus();
      if (status < 400) {
        byte[] responseBody = captured.getContentAsByteArray();
        store.complete(
            caller,
            key,
            status,
            captured.getContentType(),
            captured.getHeader(HttpHeaders.LOCATION),
            captured.getHeader(HttpHeaders.ETAG),
            responseBody.length <= maxStoredResponse ? responseBody : null);
        stored = true;
      }
    } finally {
      if (!stored) {
        store.release(caller, key);
      }
      captured.copyBodyToResponse();
    }
  }

  private void answerFromExisting(
      IdempotencyStore.StoredRecord record,
      String hash,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    if (!record.requestHash().equals(hash)) {
      problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused");
    } else if (!record.completed()) {
      response.setHeader(HttpHeaders.RETRY_AFTER, "1");
      problems.write(request, response, HttpStatus.CONFLICT, "idempotency-request-in-progress");
    } else {
      response.setStatus(record.status());
      response.setHeader(REPLAYED_HEADER, "true");
      if (record.location() != null) {
        response.setHeader(HttpHeaders.LOCATION, record.location());
      }
      if (record.etag() != null) {
        response.setHeader(HttpHeaders.ETAG, record.etag());
      }
      if (record.contentType() != null) {
        response.setContentType(record.contentType());
      }
      if (record.body() != null) {
        response.getOutputStream().write(record.body());
      }
    }
  }

  private boolean isRequired(String path) {
    return requiredPaths.stream().anyMatch(p -> matcher.match(p, path))
        && exemptPaths.stream().noneMatch(p -> matcher.match(p, path));
  }

  /** The draft defines the value as an RFC 8941 string ("..."); bare tokens are accepted too. */
  private static String stripQuotes(String key) {
    if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
      return key.substring(1, key.length() - 1);
    }
    return key;
  }

  private static boolean isValidKey(String key) {
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
      return false;
    }
    return key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  private static String callerOf(HttpServletRequest request) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.isAuthenticated()
        && authentication.getName() != null) {
      return authentication.getName();
    }
    return "anonymous";
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String contentType = request.getContentType();
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  private static String hashOfParts(HttpServletRequest request, String path)
      throws IOException, ServletException {
    MessageDigest digest = newDigest();
    digest.update(headOf(request, path).getBytes(StandardCharsets.UTF_8));
    for (Part part : request.getParts()) {
      String partHead =
          part.getName()
              + '\n'
              + (part.getSubmittedFileName() == null ? "" : part.getSubmittedFileName())
              + '\n'
              + (part.getContentType() == null ? "" : part.getContentType())
              + '\n';
      digest.update(partHead.getBytes(StandardCharsets.UTF_8));
      try (var in = part.getInputStream()) {
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          digest.update(buffer, 0, n);
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String headOf(HttpServletRequest request, String path) {
    String contentType = request.getContentType();
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      // the boundary differs between two sends of the same form: leave it out of the hash
      contentType = contentType.split(";")[0];
    }
    return request.getMethod()
        + '\n'
        + path
        + '?'
        + (request.getQueryString() == null ? "" : request.getQueryString())
        + '\n'
        + (contentType == null ? "" : contentType)
        + '\n';
  }

  private static String hashOf(HttpServletRequest request, String path, byte[] body) {
    MessageDigest digest = newDigest();
    digest.update(headOf(request, path).getBytes(StandardCharsets.UTF_8));
    digest.update(body);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Lets the body be read again after we hashed it. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              getInputStream(),
              encoding == null
                  ? StandardCharsets.UTF_8
                  : java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
