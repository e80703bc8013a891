package vn.edu.platform.starter.web.text;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import vn.edu.platform.starter.web.PlatformWebAutoConfiguration;
import vn.edu.platform.starter.web.problem.ProblemMessages;

/** Refused text in bodies (a Jackson module) and in parameters (an interceptor). */
@AutoConfiguration(after = PlatformWebAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class TextInputAutoConfiguration {

  /** After the role check ({@code AuthorizationBeforeBinding}, highest precedence). */
  static final int PARAMETERS_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

  @Bean
  JacksonModule platformTextInputModule() {
    return new SimpleModule("platform-text-input")
        .addDeserializer(String.class, new TextInputDeserializer());
  }

  @Bean
  WebMvcConfigurer textParametersConfigurer(ProblemMessages messages) {
    TextParametersInterceptor interceptor = new TextParametersInterceptor(messages);
    return new WebMvcConfigurer() {
      @Override
      public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).order(PARAMETERS_ORDER);
      }
    };
  }
}
