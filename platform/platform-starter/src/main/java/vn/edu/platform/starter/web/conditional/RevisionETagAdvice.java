package vn.edu.platform.starter.web.conditional;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Sets {@code ETag} from a {@link Revisioned} body of a successful response, unless the handler set
 * one. Collections and pages carry no ETag: each item names its own revision.
 */
@RestControllerAdvice
public class RevisionETagAdvice implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    if (body instanceof Revisioned revisioned
        && successful(response)
        && response.getHeaders().getETag() == null) {
      response.getHeaders().set(HttpHeaders.ETAG, Revisions.etagOf(revisioned.revision()));
    }
    return body;
  }

  private static boolean successful(ServerHttpResponse response) {
    return !(response instanceof ServletServerHttpResponse servlet)
        || servlet.getServletResponse().getStatus() < 300;
  }
}
