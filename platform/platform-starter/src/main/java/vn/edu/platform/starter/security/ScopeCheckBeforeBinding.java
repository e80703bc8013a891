package vn.edu.platform.starter.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A service's own authorization of the handlers marked with one annotation, decided from the caller
 * and the path before Spring MVC reads, binds and validates the body: the organisation scope that
 * {@code @PreAuthorize}'s roles cannot express (the unit owning the form or the student in the
 * path). A caller outside that scope gets the 403 or 404 the check throws (a kernel exception)
 * whatever body it sends, and learns nothing of what the body should look like.
 *
 * <p>A subclass is a {@code @Component} of the service naming its marker annotation and what to
 * check; it runs after the starter's role check (highest precedence) and its text parameter check
 * (+10). A path variable of the wrong form is left to the binding's 400, which says nothing of any
 * resource.
 */
public abstract class ScopeCheckBeforeBinding implements HandlerInterceptor, WebMvcConfigurer {

  /** After the starter's role check and its text parameter check. */
  public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

  private final Class<? extends Annotation> marker;

  protected ScopeCheckBeforeBinding(Class<? extends Annotation> marker) {
    this.marker = marker;
  }

  /** Throws the kernel's AccessDenied or NotFound when the caller may not call this handler. */
  protected abstract void check(PathVariables path);

  @Override
  public final void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).order(ORDER);
  }

  @Override
  public final boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(marker)) {
      check(new PathVariables(request));
    }
    return true;
  }

  /** The request's URI template variables, as the path gives them (not yet converted). */
  public static final class PathVariables {

    private final HttpServletRequest request;

    PathVariables(HttpServletRequest request) {
      this.request = request;
    }

    /** The variable's text, if the path has it and it matches {@code regex}. */
    public Optional<String> text(String name, String regex) {
      return request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
                  instanceof Map<?, ?> variables
              && variables.get(name) instanceof String value
              && value.matches(regex)
          ? Optional.of(value)
          : Optional.empty();
    }

    /** The variable as a UUID, if it reads as one (as Spring's conversion reads it). */
    public Optional<UUID> uuid(String name) {
      return text(name, ".+")
          .flatMap(
              value -> {
                try {
                  return Optional.of(UUID.fromString(value));
                } catch (IllegalArgumentException notAUuid) {
                  return Optional.empty();
                }
              });
    }
  }
}
