package vn.edu.platform.starter.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.starter.config.PlatformProperties;
import vn.edu.platform.starter.org.JdbcOrgTreeReplica;
import vn.edu.platform.starter.org.OrgTree;
import vn.edu.platform.starter.org.OrgUnitReplicaListener;
import vn.edu.platform.starter.web.PlatformWebAutoConfiguration;
import vn.edu.platform.starter.web.problem.ProblemWriter;

/**
 * The Keycloak adapter: every service is a stateless JWT resource server that validates issuer,
 * signature (RS256, keys from the realm's JWKS) and a <em>required</em> audience, maps Keycloak
 * roles to authorities, and gives application code the {@link Caller} and its {@link OrgScope}.
 *
 * <p>Open without a token: health probes, Prometheus metrics, the OpenAPI document and Swagger UI,
 * {@code /public/**} and {@code platform.security.public-paths}. Everything else needs a valid
 * token, and each handler states its roles ({@link EndpointSecurityVerifier}).
 */
@AutoConfiguration(
    after = PlatformWebAutoConfiguration.class,
    beforeName = {
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration"
    })
@EnableConfigurationProperties({PlatformProperties.class, OAuth2ResourceServerProperties.class})
@EnableMethodSecurity
public class PlatformSecurityAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  KeycloakJwtAuthenticationConverter keycloakJwtAuthenticationConverter(
      PlatformProperties properties) {
    return new KeycloakJwtAuthenticationConverter(properties.security().audience());
  }

  @Bean
  @ConditionalOnMissingBean
  CurrentCaller currentCaller(KeycloakJwtAuthenticationConverter converter) {
    return new CurrentCaller(converter);
  }

  @Bean
  @ConditionalOnMissingBean(OrgTree.class)
  JdbcOrgTreeReplica orgTreeReplica(JdbcClient jdbc) {
    return new JdbcOrgTreeReplica(jdbc);
  }

  /**
   * Feeds the replica from plan-service's events. plan-service owns the tree: it declares its own
   * {@link OrgTree} and sets {@code platform.org-replica.enabled=false}.
   */
  @Bean
  @ConditionalOnProperty(name = "platform.org-replica.enabled", matchIfMissing = true)
  OrgUnitReplicaListener orgUnitReplicaListener(JdbcOrgTreeReplica replica, JsonMapper json) {
    return new OrgUnitReplicaListener(replica, json);
  }

  @Bean
  @ConditionalOnMissingBean
  OrgScope orgScope(
      CurrentCaller caller, OrgTree tree, PlatformProperties properties, Clock clock) {
    return new OrgScope(caller, tree, properties.security().departmentUnitCode(), clock);
  }

  @Bean
  @ConditionalOnMissingBean
  JwtDecoder jwtDecoder(
      OAuth2ResourceServerProperties resourceServer, PlatformProperties platform) {
    OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
    String issuer = jwt.getIssuerUri();
    if (issuer == null || issuer.isBlank()) {
      throw new IllegalStateException(
          "spring.security.oauth2.resourceserver.jwt.issuer-uri must name the Keycloak realm");
    }
    // Keycloak publishes its keys here; naming it avoids a discovery call at start-up, so a
    // service starts even while Keycloak is still booting.
    String jwkSetUri =
        jwt.getJwkSetUri() != null
            ? jwt.getJwkSetUri()
            : issuer.replaceAll("/$", "") + "/protocol/openid-connect/certs";
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSetUri(jwkSetUri).jwsAlgorithm(SignatureAlgorithm.RS256).build();
    decoder.setJwtValidator(validator(issuer, platform.security().audience()));
    return decoder;
  }

  static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
    List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
    validators.add(JwtValidators.createDefaultWithIssuer(issuer));
    validators.add(
        new JwtClaimValidator<List<String>>(
            JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
    return new DelegatingOAuth2TokenValidator<>(validators);
  }

  @Bean
  @ConditionalOnMissingBean
  ProblemSecurityHandlers problemSecurityHandlers(ProblemWriter writer) {
    return new ProblemSecurityHandlers(writer);
  }

  @Bean
  @ConditionalOnMissingBean(SecurityFilterChain.class)
  SecurityFilterChain platformSecurityFilterChain(
      HttpSecurity http,
      KeycloakJwtAuthenticationConverter converter,
      ProblemSecurityHandlers problems,
      PlatformProperties properties)
      throws Exception {
    String base = properties.service().apiBasePath();
    List<String> open = new ArrayList<>(properties.security().publicPaths());
    open.addAll(
        List.of(
            "/actuator/health/**",
            "/actuator/info",
            "/actuator/prometheus",
            "/public/**",
            "/error",
            base + "/v3/api-docs/**",
            base + "/v3/api-docs",
            base + "/swagger-ui.html",
            base + "/swagger-ui/**",
            "/v3/api-docs/**",
            "/swagger-ui/**"));
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(open.toArray(String[]::new))
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(
            rs ->
                rs.jwt(j -> j.jwtAuthenticationConverter(converter))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .headers(
            h ->
                h.contentTypeOptions(c -> {})
                    .frameOptions(f -> f.deny())
                    .referrerPolicy(
                        r ->
                            r.policy(
                                org.springframework.security.web.header.writers
                                    .ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    return http.build();
  }

  /** Role checks before binding and Bean Validation, for every handler (see the class). */
  @Bean
  WebMvcConfigurer authorizationBeforeBindingConfigurer(
      ObjectProvider<MethodSecurityExpressionHandler> expressionHandler,
      ApplicationContext context) {
    PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();
    manager.setExpressionHandler(
        expressionHandler.getIfAvailable(
            () -> {
              DefaultMethodSecurityExpressionHandler handler =
                  new DefaultMethodSecurityExpressionHandler();
              handler.setApplicationContext(context);
              return handler;
            }));
    manager.setApplicationContext(context);
    AuthorizationBeforeBinding interceptor = new AuthorizationBeforeBinding(manager);
    return new WebMvcConfigurer() {
      @Override
      public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).order(Ordered.HIGHEST_PRECEDENCE);
      }
    };
  }

  @Bean
  EndpointSecurityVerifier endpointSecurityVerifier(
      ObjectProvider<RequestMappingHandlerMapping> mappings) {
    return new EndpointSecurityVerifier(mappings.orderedStream().toList());
  }
}
