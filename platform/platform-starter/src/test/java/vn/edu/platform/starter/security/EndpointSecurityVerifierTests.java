package vn.edu.platform.starter.security;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class EndpointSecurityVerifierTests {

  static class Handlers {
    @DepartmentOnly
    public void metaAnnotated() {}

    @org.springframework.security.access.prepost.PreAuthorize(AccessRules.ANY_STAFF)
    public void annotated() {}

    public void undeclared() {}
  }

  @AnyStaffOrGovernment
  static class MetaAnnotatedType {
    public void inherited() {}
  }

  private static EndpointSecurityVerifier verifierFor(Object bean, String... methods)
      throws NoSuchMethodException {
    RequestMappingHandlerMapping mapping = new RequestMappingHandlerMapping();
    for (String name : methods) {
      Method method = bean.getClass().getMethod(name);
      mapping.registerMapping(RequestMappingInfo.paths("/" + name).build(), bean, method);
    }
    return new EndpointSecurityVerifier(List.of(mapping));
  }

  @Test
  void acceptsHandlersWithMetaAnnotatedRules() throws Exception {
    EndpointSecurityVerifier verifier = verifierFor(new Handlers(), "metaAnnotated", "annotated");
    EndpointSecurityVerifier onType = verifierFor(new MetaAnnotatedType(), "inherited");

    assertThatNoException().isThrownBy(verifier::afterSingletonsInstantiated);
    assertThatNoException().isThrownBy(onType::afterSingletonsInstantiated);
  }

  @Test
  void refusesAHandlerWithoutARule() throws Exception {
    EndpointSecurityVerifier verifier = verifierFor(new Handlers(), "metaAnnotated", "undeclared");

    assertThatIllegalStateException()
        .isThrownBy(verifier::afterSingletonsInstantiated)
        .withMessageContaining("Handlers#undeclared")
        .withMessageNotContaining("metaAnnotated");
  }
}
