package vn.edu.platform.starter.web.conditional;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Optimistic concurrency over HTTP without per-controller code: {@code ExpectedRevision} parameters
 * read from {@code If-Match}, {@code ETag} from {@link Revisioned} bodies, and the {@code If-Match}
 * header in the OpenAPI document of every operation that takes one.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ConditionalRequestsAutoConfiguration {

  @Bean
  WebMvcConfigurer expectedRevisionConfigurer() {
    return new WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ExpectedRevisionArgumentResolver());
      }
    };
  }

  @Bean
  RevisionETagAdvice revisionETagAdvice() {
    return new RevisionETagAdvice();
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springdoc.core.customizers.OperationCustomizer")
  static class Documentation {

    @Bean
    IfMatchOperationCustomizer ifMatchOperationCustomizer() {
      return new IfMatchOperationCustomizer();
    }
  }
}
