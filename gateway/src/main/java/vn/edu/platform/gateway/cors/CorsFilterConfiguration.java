package vn.edu.platform.gateway.cors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.platform.gateway.config.GatewayProperties;
import vn.edu.platform.gateway.problem.ProblemResponder;

@Configuration(proxyBeanMethods = false)
class CorsFilterConfiguration {

  @Bean
  CorsFilter corsFilter(GatewayProperties properties, ProblemResponder problems) {
    return new CorsFilter(properties.cors(), problems);
  }
}
