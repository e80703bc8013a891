package vn.edu.platform.starter.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code platform-defaults.properties} with the lowest precedence, so every service starts
 * with the platform's conventions (Kafka serialisation, outbox settings, JSON logs, actuator
 * exposure, problem errors) and can still override any of them in its own configuration.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

  static final String SOURCE_NAME = "platform-defaults";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    try {
      environment
          .getPropertySources()
          .addLast(
              new ResourcePropertySource(
                  SOURCE_NAME, new ClassPathResource("platform-defaults.properties")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
