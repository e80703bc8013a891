package vn.edu.platform.plan.signers.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a {@link UnitReadersOnly} handler's caller who reads no unit before Spring MVC binds and
 * validates the body, as the starter's role check does for roles: such a caller gets 403 {@code
 * forbidden-org-unit} whatever it sends, never a 400 describing the body it may not send.
 */
@Component
class UnitReadersBeforeBinding implements HandlerInterceptor, WebMvcConfigurer {

  /** After the starter's role check (highest precedence) and its text parameter check (+10). */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

  private final SignerCallers callers;

  UnitReadersBeforeBinding(SignerCallers callers) {
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
        && method.hasMethodAnnotation(UnitReadersOnly.class)) {
      callers.requireSomeUnitRead();
    }
    return true;
  }
}
