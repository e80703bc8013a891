package vn.edu.platform.starter.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.edu.platform.starter.web.problem.ProblemWriter;

/**
 * Rejects request bodies above {@code platform.web.max-body-size} with a 413 problem, before any of
 * it is parsed. Multipart uploads are limited by {@code spring.servlet.multipart.*} instead, since
 * imports legitimately carry large files.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final ProblemWriter problems;

  public RequestSizeLimitFilter(long maxBytes, ProblemWriter problems) {
    this.maxBytes = maxBytes;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    if (contentType != null && contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > maxBytes) {
      problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
      return;
    }
    try {
      chain.doFilter(new LimitedRequest(request, maxBytes), response);
    } catch (PayloadTooLargeException e) {
      problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
    } catch (ServletException | RuntimeException e) {
      if (causedByTooLarge(e)) {
        problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
      } else {
        throw e;
      }
    }
  }

  private static boolean causedByTooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PayloadTooLargeException) {
        return true;
      }
    }
    return false;
  }

  /** Thrown while reading a chunked body that grows past the limit. */
  static final class PayloadTooLargeException extends IOException {
    PayloadTooLargeException() {
      super("request body exceeds the configured limit");
    }
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), maxBytes);
      }
      return stream;
    }
  }

  private static final class CountingStream extends ServletInputStream {
    private final ServletInputStream delegate;
    private final long maxBytes;
    private long count;

    CountingStream(ServletInputStream delegate, long maxBytes) {
      this.delegate = delegate;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = delegate.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = delegate.read(buffer, offset, length);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) throws PayloadTooLargeException {
      count += n;
      if (count > maxBytes) {
        throw new PayloadTooLargeException();
      }
    }

    @Override
    public boolean isFinished() {
      return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
      return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      delegate.setReadListener(listener);
    }
  }
}
