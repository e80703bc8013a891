package vn.edu.platform.starter.web.text;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import vn.edu.platform.starter.web.problem.ApiProblemException;
import vn.edu.platform.starter.web.problem.FieldViolation;
import vn.edu.platform.starter.web.problem.ProblemMessages;

/**
 * Applies {@link TextRules} to the path variables and query parameters of a request before the
 * handler's arguments are bound (after the role check): 400 {@code validation-failed}, one error
 * per refused value, located by the variable's or parameter's name. Parameters are one line.
 */
public class TextParametersInterceptor implements HandlerInterceptor {

  private final ProblemMessages messages;

  public TextParametersInterceptor(ProblemMessages messages) {
    this.messages = messages;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod)) {
      return true;
    }
    Locale locale = ProblemMessages.localeOf(request);
    List<FieldViolation> violations = new ArrayList<>();
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
        instanceof Map<?, ?> variables) {
      variables.forEach(
          (name, value) -> check(String.valueOf(name), String.valueOf(value), locale, violations));
    }
    String query = request.getQueryString();
    if (query != null && !query.isEmpty()) {
      UriComponentsBuilder.newInstance()
          .query(query)
          .build()
          .getQueryParams()
          .forEach(
              (name, values) ->
                  values.forEach(
                      value ->
                          check(
                              decode(name),
                              value == null ? null : decode(value),
                              locale,
                              violations)));
    }
    if (!violations.isEmpty()) {
      throw new ApiProblemException(HttpStatus.BAD_REQUEST, "validation-failed", violations);
    }
    return true;
  }

  private void check(String name, String value, Locale locale, List<FieldViolation> violations) {
    TextRules.Refusal refusal = TextRules.check(value, false);
    if (refusal == null) {
      refusal = TextRules.check(name, false);
    }
    if (refusal != null) {
      violations.add(
          FieldViolation.ofPointer(
              TextRules.check(name, false) == null ? name : "",
              refusal.code(),
              messages.message(
                  "violation." + refusal.code(),
                  new Object[] {refusal.codePoint(), refusal.index() + 1},
                  locale)));
    }
  }

  private static String decode(String value) {
    try {
      return UriUtils.decode(value.replace('+', ' '), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }
}
