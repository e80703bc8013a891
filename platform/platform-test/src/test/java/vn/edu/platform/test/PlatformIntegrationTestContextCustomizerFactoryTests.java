package vn.edu.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextCustomizer;

/**
 * Which test classes get the platform's infrastructure, and when Spring's context cache may share
 * one context (and thus one database) between them. Starts no server: creating a customizer is
 * free, only customising a context starts the infrastructure.
 */
class PlatformIntegrationTestContextCustomizerFactoryTests {

  private final PlatformIntegrationTestContextCustomizerFactory factory =
      new PlatformIntegrationTestContextCustomizerFactory();

  @Test
  void ignoresTestClassesWithoutTheAnnotation() {
    assertThat(customizerFor(PlainTest.class)).isNull();
  }

  @Test
  void identicallyConfiguredClassesGetEqualCustomizersSoTheyShareAContext() {
    ContextCustomizer first = customizerFor(FirstIntegrationTest.class);
    ContextCustomizer second = customizerFor(SecondIntegrationTest.class);

    assertThat(first).isNotNull().isEqualTo(second).hasSameHashCodeAs(second);
  }

  @Test
  void namedDatabaseMakesADifferentContext() {
    ContextCustomizer fresh = customizerFor(FirstIntegrationTest.class);
    ContextCustomizer shared = customizerFor(SharedDatabaseTest.class);

    assertThat(shared).isNotNull().isNotEqualTo(fresh);
    assertThat(shared).isEqualTo(new PlatformInfrastructureCustomizer("reporting"));
  }

  @Test
  void findsTheAnnotationOnAnEnclosingClass() {
    assertThat(customizerFor(FirstIntegrationTest.Inner.class))
        .isEqualTo(customizerFor(FirstIntegrationTest.class));
  }

  @Test
  void findsTheAnnotationThroughAMetaAnnotationAndASuperclass() {
    assertThat(customizerFor(MetaAnnotatedTest.class)).isNotNull();
    assertThat(customizerFor(SubclassTest.class)).isNotNull();
  }

  private ContextCustomizer customizerFor(Class<?> testClass) {
    return factory.createContextCustomizer(testClass, List.of());
  }

  static class PlainTest {}

  @PlatformIntegrationTest
  static class FirstIntegrationTest {
    class Inner {}
  }

  @PlatformIntegrationTest
  static class SecondIntegrationTest {}

  @PlatformIntegrationTest(database = "reporting")
  static class SharedDatabaseTest {}

  @Retention(RetentionPolicy.RUNTIME)
  @PlatformIntegrationTest
  @interface ServiceIntegrationTest {}

  @ServiceIntegrationTest
  static class MetaAnnotatedTest {}

  static class SubclassTest extends SecondIntegrationTest {}
}
