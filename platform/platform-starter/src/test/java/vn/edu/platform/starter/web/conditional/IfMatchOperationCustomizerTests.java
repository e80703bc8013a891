package vn.edu.platform.starter.web.conditional;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;
import vn.edu.platform.kernel.ExpectedRevision;

class IfMatchOperationCustomizerTests {

  static class Handlers {
    public void required(String id, ExpectedRevision expected) {}

    public void optional(@IfMatch(required = false) ExpectedRevision expected) {}

    public void none(String id) {}
  }

  private static Operation customize(String method) throws Exception {
    Handlers bean = new Handlers();
    HandlerMethod handler =
        new HandlerMethod(
            bean,
            java.util.Arrays.stream(Handlers.class.getMethods())
                .filter(m -> m.getName().equals(method))
                .findFirst()
                .orElseThrow());
    return new IfMatchOperationCustomizer().customize(new Operation(), handler);
  }

  @Test
  void documentsARequiredIfMatchHeader() throws Exception {
    Parameter header = customize("required").getParameters().getFirst();

    assertThat(header.getIn()).isEqualTo("header");
    assertThat(header.getName()).isEqualTo("If-Match");
    assertThat(header.getRequired()).isTrue();
  }

  @Test
  void documentsAnOptionalIfMatchHeaderAndNothingWithoutTheParameter() throws Exception {
    assertThat(customize("optional").getParameters().getFirst().getRequired()).isFalse();
    assertThat(customize("none").getParameters()).isNull();
  }
}
