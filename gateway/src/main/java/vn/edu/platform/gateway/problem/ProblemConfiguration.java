package vn.edu.platform.gateway.problem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.gateway.config.GatewayProperties;

/** Problem bodies for every error, whichever filter or handler raised it. */
@Configuration(proxyBeanMethods = false)
class ProblemConfiguration {

  @Bean
  ProblemResponder problemResponder(JsonMapper jsonMapper) {
    return new ProblemResponder(jsonMapper, new ProblemMessages());
  }

  @Bean
  ProblemErrorWebExceptionHandler problemErrorWebExceptionHandler(
      ProblemResponder problemResponder, GatewayProperties properties) {
    return new ProblemErrorWebExceptionHandler(
        problemResponder, properties.resilience().circuitBreaker().waitInOpenState());
  }
}
