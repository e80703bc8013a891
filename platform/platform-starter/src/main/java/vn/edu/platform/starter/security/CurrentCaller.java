package vn.edu.platform.starter.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads the {@link Caller} of the current request from Spring Security's context. */
public final class CurrentCaller {

  private final KeycloakJwtAuthenticationConverter converter;

  public CurrentCaller(KeycloakJwtAuthenticationConverter converter) {
    this.converter = converter;
  }

  /** The authenticated caller, or empty for anonymous requests. */
  public Optional<Caller> find() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof JwtAuthenticationToken token) {
      return Optional.of(converter.callerOf(token.getToken()));
    }
    return Optional.empty();
  }

  /** The authenticated caller; fails when there is none (a bug: the endpoint should be secured). */
  public Caller get() {
    return find()
        .orElseThrow(() -> new IllegalStateException("No authenticated caller on this request"));
  }
}
