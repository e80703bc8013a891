package vn.edu.platform.systemtest.keycloak;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.edu.platform.runtime.keycloak.KeycloakServer;

/**
 * An access token of the realm whose signature has been checked against the realm's published keys
 * (JWKS), with readers for the claims the platform's Keycloak adapter uses.
 *
 * @param algorithm the JWS algorithm of the header
 * @param claims the verified claims
 */
record AccessToken(JWSAlgorithm algorithm, JWTClaimsSet claims) {

  /**
   * Parses {@code token} and verifies its signature with the realm key named by its {@code kid}.
   */
  static AccessToken verified(String token, KeycloakServer server) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      JWKSet keys = JWKSet.load(URI.create(server.jwksUri(EduRealm.NAME)).toURL());
      JWK key = keys.getKeyByKeyId(jwt.getHeader().getKeyID());
      if (key == null) {
        throw new AssertionError("No realm key with kid " + jwt.getHeader().getKeyID());
      }
      if (!jwt.verify(new RSASSAVerifier(key.toRSAKey()))) {
        throw new AssertionError("Signature does not verify with the realm's key");
      }
      return new AccessToken(jwt.getHeader().getAlgorithm(), jwt.getJWTClaimsSet());
    } catch (ParseException | IOException | JOSEException e) {
      throw new AssertionError("Not a verifiable token of the realm: " + e.getMessage(), e);
    }
  }

  String issuer() {
    return claims.getIssuer();
  }

  List<String> audience() {
    return claims.getAudience();
  }

  String username() {
    return string("preferred_username");
  }

  String authorizedParty() {
    return string("azp");
  }

  /** The {@code org_unit} claim, or {@code null} when the token has none. */
  String orgUnit() {
    return string("org_unit");
  }

  boolean hasClaim(String name) {
    return claims.getClaims().containsKey(name);
  }

  /** {@code realm_access.roles}. */
  Set<String> realmRoles() {
    return roles(claims.getClaims().get("realm_access"));
  }

  /** {@code resource_access.<client>.roles}. */
  Set<String> clientRoles(String client) {
    if (claims.getClaims().get("resource_access") instanceof Map<?, ?> access) {
      return roles(access.get(client));
    }
    return Set.of();
  }

  /** Seconds between {@code iat} and {@code exp}. */
  long lifetimeSeconds() {
    return (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000;
  }

  private String string(String claim) {
    try {
      return claims.getStringClaim(claim);
    } catch (ParseException e) {
      throw new AssertionError("Claim " + claim + " is not a string", e);
    }
  }

  private static Set<String> roles(Object access) {
    Set<String> roles = new LinkedHashSet<>();
    if (access instanceof Map<?, ?> map && map.get("roles") instanceof List<?> list) {
      list.forEach(role -> roles.add(String.valueOf(role)));
    }
    return roles;
  }
}
