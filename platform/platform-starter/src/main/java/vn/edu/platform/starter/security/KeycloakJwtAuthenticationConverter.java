package vn.edu.platform.starter.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Our "Keycloak adapter": turns a validated Keycloak access token into Spring authorities and a
 * {@link Caller}.
 *
 * <p>Realm roles ({@code realm_access.roles}) and the roles granted on our API client ({@code
 * resource_access.<audience>.roles}) both become {@code ROLE_<name>}; scopes become {@code
 * SCOPE_<name>}. Roles of other clients (e.g. Keycloak's own {@code account}) are ignored: they
 * mean nothing to us and must not widen access.
 */
public final class KeycloakJwtAuthenticationConverter
    implements Converter<Jwt, AbstractAuthenticationToken> {

  public static final String ORG_UNIT_CLAIM = "org_unit";
  private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

  private final String apiClient;

  public KeycloakJwtAuthenticationConverter(String apiClient) {
    this.apiClient = apiClient;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    Caller caller = callerOf(jwt);
    Collection<GrantedAuthority> authorities = new ArrayList<>();
    Set<String> roles = new LinkedHashSet<>(caller.realmRoles());
    roles.addAll(caller.clientRoles());
    roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
    String scope = jwt.getClaimAsString("scope");
    if (scope != null) {
      for (String s : scope.split(" ")) {
        if (!s.isBlank()) {
          authorities.add(new SimpleGrantedAuthority("SCOPE_" + s));
        }
      }
    }
    return new JwtAuthenticationToken(jwt, authorities, caller.subject());
  }

  Caller callerOf(Jwt jwt) {
    Set<String> realmRoles = rolesIn(jwt.getClaimAsMap("realm_access"));
    Map<String, Object> resourceAccess = jwt.getClaimAsMap("resource_access");
    Set<String> clientRoles =
        resourceAccess == null ? Set.of() : rolesIn(asMap(resourceAccess.get(apiClient)));
    String username = jwt.getClaimAsString("preferred_username");
    boolean serviceAccount = username != null && username.startsWith(SERVICE_ACCOUNT_PREFIX);
    String orgUnit = jwt.getClaimAsString(ORG_UNIT_CLAIM);
    return new Caller(
        jwt.getSubject(),
        jwt.getClaimAsString("azp"),
        orgUnit == null || orgUnit.isBlank() ? null : orgUnit.trim(),
        realmRoles,
        clientRoles,
        serviceAccount,
        username == null || username.isBlank() ? null : username);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
  }

  private static Set<String> rolesIn(Map<String, Object> access) {
    if (access == null || !(access.get("roles") instanceof List<?> roles)) {
      return Set.of();
    }
    Set<String> result = new LinkedHashSet<>();
    for (Object role : roles) {
      if (role instanceof String s && !s.isBlank()) {
        result.add(s);
      }
    }
    return result;
  }
}
