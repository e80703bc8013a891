package vn.edu.platform.gateway.correlation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Request ids on every exchange. */
@Configuration(proxyBeanMethods = false)
class CorrelationConfiguration {

  @Bean
  RequestIdFilter requestIdFilter() {
    return new RequestIdFilter();
  }
}
