package vn.edu.platform.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.edu.platform.gateway.config.GatewayProperties.RequestSize;
import vn.edu.platform.gateway.config.UploadPaths;
import vn.edu.platform.gateway.problem.GatewayProblem;
import vn.edu.platform.gateway.problem.ProblemResponder;

/**
 * Rejects request bodies above the limit with a 413 problem: {@code max-body} (10 MB) in general,
 * {@code max-upload} (200 MB) on upload paths. A declared {@code Content-Length} over the limit is
 * rejected before anything is forwarded or authenticated; a chunked body is counted while it
 * streams and the exchange fails as soon as it passes the limit. The gateway never buffers a body
 * to measure it.
 */
public final class RequestSizeLimitFilter implements WebFilter, Ordered {

  /** After correlation and CORS, before authentication: size is checked on headers alone. */
  public static final int ORDER = -150;

  private final long maxBody;
  private final long maxUpload;
  private final UploadPaths uploadPaths;
  private final ProblemResponder problems;

  public RequestSizeLimitFilter(RequestSize limits, ProblemResponder problems) {
    this.maxBody = limits.maxBody().toBytes();
    this.maxUpload = limits.maxUpload().toBytes();
    this.uploadPaths = new UploadPaths(limits.uploadPaths());
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    long limit = uploadPaths.matches(request.getPath().value()) ? maxUpload : maxBody;
    long declared = request.getHeaders().getContentLength();
    if (declared > limit) {
      return problems.respond(
          exchange,
          GatewayProblem.of(
                  HttpStatus.CONTENT_TOO_LARGE,
                  "payload-too-large",
                  describe(DataSize.ofBytes(limit)))
              .withDetailVariant("limit"));
    }
    if (declared >= 0 || !request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
      // a declared length is enforced by the HTTP codec; no length and no chunking means no body
      return chain.filter(exchange);
    }
    return chain.filter(exchange.mutate().request(new CountingRequest(request, limit)).build());
  }

  static String describe(DataSize size) {
    long bytes = size.toBytes();
    if (bytes >= DataSize.ofMegabytes(1).toBytes()
        && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
      return size.toMegabytes() + " MB";
    }
    if (bytes >= DataSize.ofKilobytes(1).toBytes()
        && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
      return size.toKilobytes() + " KB";
    }
    return bytes + " bytes";
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  private static final class CountingRequest extends ServerHttpRequestDecorator {

    private final long limit;

    CountingRequest(ServerHttpRequest delegate, long limit) {
      super(delegate);
      this.limit = limit;
    }

    @Override
    public Flux<DataBuffer> getBody() {
      AtomicLong seen = new AtomicLong();
      return super.getBody()
          .map(
              buffer -> {
                if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                  DataBufferUtils.release(buffer);
                  throw new RequestBodyTooLargeException(DataSize.ofBytes(limit));
                }
                return buffer;
              });
    }
  }
}
