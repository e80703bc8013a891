package vn.edu.platform.starter.web.conditional;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.edu.platform.kernel.ExpectedRevision;

/**
 * Gives a handler's {@link ExpectedRevision} parameter from {@code If-Match} ({@code "3"} or {@code
 * W/"3"}): 428 {@code precondition-required} without the header unless the parameter is
 * {@code @IfMatch(required = false)}, 412 {@code precondition-failed} for a header that names no
 * revision. A stale one is the use case's {@link vn.edu.platform.kernel.StaleRevision}, also 412.
 */
public class ExpectedRevisionArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == ExpectedRevision.class;
  }

  @Override
  public ExpectedRevision resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binderFactory) {
    String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
    if (isRequired(parameter)) {
      return ExpectedRevision.of(Revisions.required(ifMatch));
    }
    Long revision = Revisions.optional(ifMatch);
    return revision == null ? ExpectedRevision.any() : ExpectedRevision.of(revision);
  }

  static boolean isRequired(MethodParameter parameter) {
    IfMatch ifMatch = parameter.getParameterAnnotation(IfMatch.class);
    return ifMatch == null || ifMatch.required();
  }
}
