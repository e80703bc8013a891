package vn.edu.platform.studentrecord.record.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.edu.platform.studentrecord.record.application.port.in.RecordPackagesUseCase;

/**
 * Decides a {@link StudentImportersOnly} handler's caller from its path before Spring MVC binds and
 * validates the body, after the starter's role check: the student's current enrolment must be at
 * the caller's school, the caller its administrator or principal ({@link
 * RecordPackagesUseCase#requireImporter}). A student code of the wrong form is left to the
 * binding's 400, which says nothing of any student.
 */
@Component
class StudentImportersBeforeBinding implements HandlerInterceptor, WebMvcConfigurer {

  /** After the starter's role check (highest precedence) and its text parameter check (+10). */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

  private final RecordPackagesUseCase packages;
  private final RecordCallers callers;

  StudentImportersBeforeBinding(RecordPackagesUseCase packages, RecordCallers callers) {
    this.packages = packages;
    this.callers = callers;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).order(ORDER);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method
        && method.hasMethodAnnotation(StudentImportersOnly.class)
        && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
            instanceof Map<?, ?> variables
        && variables.get("studentCode") instanceof String studentCode
        && studentCode.matches(RecordBodies.STUDENT_CODE)) {
      packages.requireImporter(callers.actor(), studentCode);
    }
    return true;
  }
}
