package vn.edu.platform.plan.report.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.edu.platform.plan.report.application.port.in.ReportQuery;

/**
 * Decides whether the caller may read the report form of a {@link FormReadersOnly} handler before
 * Spring MVC binds and validates its body, as the starter's role check does for roles: a unit whose
 * form this is not gets the form's 404 whatever it sends, and learns nothing of the form's plan,
 * periods or rules, nor of what the body should look like.
 */
@Component
class FormAccessBeforeBinding implements HandlerInterceptor, WebMvcConfigurer {

  /** After the starter's role check (highest precedence) and its text parameter check (+10). */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

  private final ReportQuery queries;
  private final ReportCallers callers;

  FormAccessBeforeBinding(ReportQuery queries, ReportCallers callers) {
    this.queries = queries;
    this.callers = callers;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).order(ORDER);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)
        || !method.hasMethodAnnotation(FormReadersOnly.class)) {
      return true;
    }
    UUID formId = formIdOf(request);
    if (formId != null) {
      queries.form(callers.viewer(), formId);
    }
    return true;
  }

  /** The path's form id, or null when it is no UUID (binding then answers 400). */
  private static UUID formIdOf(HttpServletRequest request) {
    if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
            instanceof Map<?, ?> variables)
        || !(variables.get("formId") instanceof String value)) {
      return null;
    }
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException notAUuid) {
      return null;
    }
  }
}
