package vn.edu.platform.gateway.limits;

import org.springframework.util.unit.DataSize;

/** A streamed (chunked) request body grew past its limit while being forwarded. */
public final class RequestBodyTooLargeException extends RuntimeException {

  private final DataSize limit;

  public RequestBodyTooLargeException(DataSize limit) {
    super("request body exceeds " + limit, null, false, false);
    this.limit = limit;
  }

  /** The limit for people: {@code 10 MB}, {@code 512 KB} or {@code 100 bytes}. */
  public String limitText() {
    return RequestSizeLimitFilter.describe(limit);
  }
}
