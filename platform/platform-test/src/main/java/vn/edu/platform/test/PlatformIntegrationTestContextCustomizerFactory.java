package vn.edu.platform.test;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Connects test classes annotated with {@link PlatformIntegrationTest} (directly, through a
 * meta-annotation, a superclass or an enclosing class) to the JVM's shared infrastructure.
 * Registered in {@code META-INF/spring.factories}; returns no customizer for any other test, so
 * plain Spring tests on the same classpath start nothing.
 */
public final class PlatformIntegrationTestContextCustomizerFactory
    implements ContextCustomizerFactory {

  @Override
  public @Nullable ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    PlatformIntegrationTest annotation =
        TestContextAnnotationUtils.findMergedAnnotation(testClass, PlatformIntegrationTest.class);
    if (annotation == null) {
      return null;
    }
    return new PlatformInfrastructureCustomizer(annotation.database());
  }
}
