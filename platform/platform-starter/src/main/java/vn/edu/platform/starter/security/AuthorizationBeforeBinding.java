package vn.edu.platform.starter.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Evaluates a handler's {@code @PreAuthorize} (on the method or its class, directly or through a
 * meta-annotation such as {@link DepartmentOnly}) before Spring MVC binds and validates its
 * arguments. Method security alone runs after binding, so a caller without the role would get a 400
 * listing the fields of a body it may not send at all; with this check it gets 403 (401 when
 * anonymous) and learns nothing about the body.
 *
 * <p>Expressions that refer to the arguments ({@code #unitCode}) cannot be decided before binding:
 * they are left to method security, which still runs for every handler.
 */
public class AuthorizationBeforeBinding implements HandlerInterceptor {

  private final PreAuthorizeAuthorizationManager manager;
  private final Map<Method, Boolean> decidable = new ConcurrentHashMap<>();

  public AuthorizationBeforeBinding(PreAuthorizeAuthorizationManager manager) {
    this.manager = manager;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method) || !decidableBeforeBinding(method)) {
      return true;
    }
    Object bean = method.getBean();
    Method target = method.getMethod();
    Supplier<Authentication> authentication =
        () -> SecurityContextHolder.getContext().getAuthentication();
    AuthorizationResult result =
        manager.authorize(
            authentication,
            new SimpleMethodInvocation(bean, target, new Object[target.getParameterCount()]));
    if (result != null && !result.isGranted()) {
      Authentication current = authentication.get();
      if (current == null
          || current instanceof AnonymousAuthenticationToken
          || !current.isAuthenticated()) {
        throw new AuthenticationCredentialsNotFoundException("A valid access token is required");
      }
      throw new AuthorizationDeniedException("Access Denied", result);
    }
    return true;
  }

  private boolean decidableBeforeBinding(HandlerMethod handler) {
    return decidable.computeIfAbsent(
        handler.getMethod(),
        method -> {
          PreAuthorize rule =
              AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
          if (rule == null) {
            rule =
                AnnotatedElementUtils.findMergedAnnotation(
                    handler.getBeanType(), PreAuthorize.class);
          }
          return rule != null && !rule.value().contains("#");
        });
  }
}
