package vn.edu.platform.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import vn.edu.platform.gateway.config.GatewayProperties;
import vn.edu.platform.gateway.problem.ProblemResponder;
import vn.edu.platform.gateway.proxy.ClientAddressResolver;

/**
 * A stateless resource server: every {@code /api/**} request needs a valid Keycloak access token
 * (RS256, signed by a key of the realm's JWKS, the configured issuer, not expired, audience {@code
 * edu-api}, checked by Spring Boot's decoder from {@code
 * spring.security.oauth2.resourceserver.jwt.*}). The services' OpenAPI documents under {@code
 * /api}, the public paths, health, the Swagger UI and anything unknown (which then answers 404) are
 * open. The {@code Authorization} header is relayed unchanged; the services validate the token
 * again and decide on roles.
 *
 * <p>CORS and security headers are the gateway's own filters, placed before this chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

  @Bean
  SecurityWebFilterChain securityWebFilterChain(
      ServerHttpSecurity http, ProblemResponder problems) {
    ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .cors(ServerHttpSecurity.CorsSpec::disable)
        .headers(ServerHttpSecurity.HeaderSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .authorizeExchange(
            exchanges ->
                exchanges
                    .pathMatchers("/api/v1/*/v3/api-docs", "/api/v1/*/v3/api-docs/**")
                    .permitAll()
                    .pathMatchers("/api/**")
                    .authenticated()
                    .anyExchange()
                    .permitAll())
        .oauth2ResourceServer(
            server ->
                server
                    .bearerTokenConverter(new FastBearerTokenConverter())
                    .jwt(Customizer.withDefaults())
                    .authenticationEntryPoint(handlers)
                    .accessDeniedHandler(handlers))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
        .build();
  }

  /**
   * No observations of Spring Security's own filter chain, authentication and authorization: they
   * were a tenth of the gateway's CPU per request under load and say nothing the server's
   * observation ({@code http.server.requests}, the trace's server span) does not.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  /**
   * Spring Security's strict firewall with its own rules, only faster on the usual request: a
   * header name or value of printable ASCII is allowed without the firewall's Unicode regular
   * expression (every printable ASCII character is assigned and no control character); anything
   * else is still decided by the firewall's own predicate. The regex over the 1.5 kB {@code
   * Authorization} header alone was several per cent of the gateway's CPU per request.
   */
  @Bean
  ServerWebExchangeFirewall serverWebExchangeFirewall() {
    StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
    firewall.setAllowedHeaderNames(
        PrintableAscii.orElse(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES));
    firewall.setAllowedHeaderValues(
        PrintableAscii.orElse(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES));
    return firewall;
  }

  @Bean
  SecurityHeadersFilter securityHeadersFilter(
      GatewayProperties properties, ClientAddressResolver clients) {
    return new SecurityHeadersFilter(properties.headers(), clients);
  }
}
