package vn.edu.platform.starter.security;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * "Every endpoint has an explicit role": at start-up, fails when a handler method of our code
 * ({@code vn.edu.platform..}) carries neither {@code @PreAuthorize}/{@code @Secured} nor {@link
 * PublicEndpoint}, on itself or its class, directly or through a meta-annotation such as {@link
 * DepartmentOnly}. A forgotten annotation then breaks the build's tests instead of silently
 * granting every authenticated user access.
 */
public class EndpointSecurityVerifier implements SmartInitializingSingleton {

  private static final List<Class<? extends Annotation>> DECLARATIONS =
      List.of(PreAuthorize.class, Secured.class, PublicEndpoint.class);

  private final List<RequestMappingHandlerMapping> mappings;

  public EndpointSecurityVerifier(List<RequestMappingHandlerMapping> mappings) {
    this.mappings = mappings;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<String> undeclared = new ArrayList<>();
    for (RequestMappingHandlerMapping mapping : mappings) {
      for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
          mapping.getHandlerMethods().entrySet()) {
        HandlerMethod handler = entry.getValue();
        Class<?> type = handler.getBeanType();
        if (!type.getName().startsWith("vn.edu.platform.")) {
          continue;
        }
        if (!declared(handler.getMethod()) && !declared(type)) {
          undeclared.add(type.getSimpleName() + "#" + handler.getMethod().getName());
        }
      }
    }
    if (!undeclared.isEmpty()) {
      throw new IllegalStateException(
          "Endpoints without an explicit access rule (@PreAuthorize or @PublicEndpoint): "
              + undeclared);
    }
  }

  private static boolean declared(Method method) {
    return DECLARATIONS.stream().anyMatch(a -> AnnotatedElementUtils.hasAnnotation(method, a));
  }

  private static boolean declared(Class<?> type) {
    return DECLARATIONS.stream().anyMatch(a -> AnnotatedElementUtils.hasAnnotation(type, a));
  }
}
