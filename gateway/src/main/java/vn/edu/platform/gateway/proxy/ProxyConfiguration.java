package vn.edu.platform.gateway.proxy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.platform.gateway.config.GatewayProperties;

/** Client address resolution and the forwarding headers the services receive. */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

  @Bean
  ClientAddressResolver clientAddressResolver(GatewayProperties properties) {
    return new ClientAddressResolver(properties.trustedProxies());
  }

  @Bean
  ClientForwardingHeadersFilter clientForwardingHeadersFilter(ClientAddressResolver clients) {
    return new ClientForwardingHeadersFilter(clients);
  }
}
