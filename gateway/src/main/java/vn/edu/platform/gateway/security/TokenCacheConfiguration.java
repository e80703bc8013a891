package vn.edu.platform.gateway.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Puts the token cache in front of the decoder Spring Boot builds from {@code
 * spring.security.oauth2.resourceserver.jwt.*}, so that issuer, audience, algorithm and key set
 * stay configured in one place and every check still runs on a token's first use.
 */
@Configuration(proxyBeanMethods = false)
class TokenCacheConfiguration {

  @Bean
  static BeanPostProcessor cachingJwtDecoder(ObjectProvider<TokenCacheProperties> settings) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ReactiveJwtDecoder decoder
            && !(bean instanceof CachingReactiveJwtDecoder)) {
          TokenCacheProperties cache = settings.getObject();
          return cache.enabled() ? new CachingReactiveJwtDecoder(decoder, cache) : decoder;
        }
        return bean;
      }
    };
  }
}
