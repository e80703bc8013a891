package vn.edu.platform.test.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Builds one access token shaped like a Keycloak 26 access token of the {@code edu} realm.
 *
 * <p>Start from {@link TestTokens#user(String)} or {@link TestTokens#serviceAccount(String)}; the
 * defaults are what Keycloak would issue (audience, built-in roles, five-minute lifetime), so a
 * test only states what matters to it. Every setter returns this builder; {@link #build()} signs.
 */
public final class TokenBuilder {

  /** Keycloak's default access-token lifespan. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

  private final String username;
  private final boolean serviceAccount;
  private String subject;
  private String authorizedParty;
  private final Set<String> realmRoles = new LinkedHashSet<>();
  private final Map<String, Set<String>> clientRoles = new LinkedHashMap<>();
  private List<String> audience;
  private @Nullable String orgUnit;
  private String scope;
  private Instant issuedAt;
  private Duration lifetime = DEFAULT_LIFETIME;
  private @Nullable String issuer;
  private boolean foreignKey;
  private final Map<String, Object> extraClaims = new LinkedHashMap<>();

  private TokenBuilder(String username, boolean serviceAccount, String authorizedParty) {
    this.username = Objects.requireNonNull(username, "username");
    this.serviceAccount = serviceAccount;
    this.authorizedParty = authorizedParty;
    // Keycloak user ids are UUIDs that never change: derive one so a user keeps its sub
    this.subject =
        UUID.nameUUIDFromBytes(("edu:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    this.realmRoles.addAll(KeycloakNames.BUILT_IN_REALM_ROLES);
    this.issuedAt = Instant.now();
    if (serviceAccount) {
      this.audience = List.of(KeycloakNames.AUDIENCE);
      // client-credentials tokens carry no openid scope and no user session
      this.scope = "profile email";
    } else {
      this.audience = List.of(KeycloakNames.AUDIENCE, KeycloakNames.ACCOUNT_CLIENT);
      this.scope = "openid profile email";
      this.clientRoles.put(
          KeycloakNames.ACCOUNT_CLIENT, new LinkedHashSet<>(KeycloakNames.BUILT_IN_ACCOUNT_ROLES));
    }
  }

  static TokenBuilder user(String username) {
    return new TokenBuilder(username, false, KeycloakNames.FRONTEND_CLIENT);
  }

  static TokenBuilder serviceAccount(String clientId) {
    return new TokenBuilder(KeycloakNames.SERVICE_ACCOUNT_PREFIX + clientId, true, clientId);
  }

  /** Adds realm roles ({@code realm_access.roles}), e.g. {@link KeycloakNames#TEACHER}. */
  public TokenBuilder realmRoles(String... roles) {
    realmRoles.addAll(List.of(roles));
    return this;
  }

  /** Adds roles of {@code client} ({@code resource_access.<client>.roles}). */
  public TokenBuilder clientRoles(String client, String... roles) {
    clientRoles.computeIfAbsent(client, c -> new LinkedHashSet<>()).addAll(List.of(roles));
    return this;
  }

  /** Sets the {@code org_unit} claim (the caller's unit code); {@code null} leaves it out. */
  public TokenBuilder orgUnit(@Nullable String unitCode) {
    this.orgUnit = unitCode;
    return this;
  }

  /** Replaces the audience ({@code aud}); no argument leaves {@code aud} out entirely. */
  public TokenBuilder audience(String... audiences) {
    this.audience = List.of(audiences);
    return this;
  }

  /**
   * Sets the lifetime: {@code exp = iat + lifetime}. Resource servers allow 60 s of clock skew by
   * default, so use {@link #expired()} for a token that must be rejected as expired.
   */
  public TokenBuilder expiresIn(Duration lifetime) {
    this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    return this;
  }

  /** Issued ten minutes ago with the default lifetime: expired well beyond any clock skew. */
  public TokenBuilder expired() {
    this.issuedAt = Instant.now().minus(Duration.ofMinutes(10));
    this.lifetime = DEFAULT_LIFETIME;
    return this;
  }

  /** Overrides the issuer ({@code iss}), e.g. to prove that another realm is rejected. */
  public TokenBuilder issuer(String issuer) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    return this;
  }

  /**
   * Signs with a different RSA key that carries the real key's {@code kid}: the token looks right
   * but its signature does not verify against the published JWKS.
   */
  public TokenBuilder signedWithForeignKey() {
    this.foreignKey = true;
    return this;
  }

  /** Overrides the subject ({@code sub}); by default a UUID derived from the username. */
  public TokenBuilder subject(String subject) {
    this.subject = Objects.requireNonNull(subject, "subject");
    return this;
  }

  /** Overrides the authorised party ({@code azp}), the client the token was issued to. */
  public TokenBuilder authorizedParty(String clientId) {
    this.authorizedParty = Objects.requireNonNull(clientId, "clientId");
    return this;
  }

  /** Overrides the space-separated {@code scope} claim. */
  public TokenBuilder scope(String scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
    return this;
  }

  /** Adds or replaces any other claim; the value must be JSON-serialisable by Nimbus. */
  public TokenBuilder claim(String name, Object value) {
    extraClaims.put(name, value);
    return this;
  }

  /** The claims this builder would sign now; useful to assert on the shape itself. */
  public JWTClaimsSet claims() {
    Instant expiresAt = issuedAt.plus(lifetime);
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .expirationTime(Date.from(expiresAt))
            .issueTime(Date.from(issuedAt))
            .jwtID(UUID.randomUUID().toString())
            .issuer(issuer != null ? issuer : TestTokens.issuer());
    if (!audience.isEmpty()) {
      // Nimbus writes a one-element audience as a plain string, as Keycloak does
      claims.audience(audience);
    }
    claims
        .subject(subject)
        .claim("typ", "Bearer")
        .claim(KeycloakNames.CLAIM_AUTHORIZED_PARTY, authorizedParty);
    if (!serviceAccount) {
      claims.claim("sid", UUID.randomUUID().toString());
    }
    claims
        .claim("acr", "1")
        .claim(KeycloakNames.CLAIM_REALM_ACCESS, Map.of("roles", List.copyOf(realmRoles)));
    if (!clientRoles.isEmpty()) {
      // Keycloak leaves resource_access out when the caller holds no client role
      claims.claim(KeycloakNames.CLAIM_RESOURCE_ACCESS, resourceAccess());
    }
    claims.claim("scope", scope).claim(KeycloakNames.CLAIM_PREFERRED_USERNAME, username);
    if (serviceAccount) {
      claims.claim(KeycloakNames.CLAIM_CLIENT_ID, authorizedParty);
    }
    if (orgUnit != null) {
      claims.claim(KeycloakNames.CLAIM_ORG_UNIT, orgUnit);
    }
    extraClaims.forEach(claims::claim);
    return claims.build();
  }

  /** Signs the token (RS256, the realm's {@code kid}) and returns its compact serialisation. */
  public String build() {
    TestIdentityProvider provider = TestIdentityProvider.get();
    RSAKey key = foreignKey ? provider.foreignKey() : provider.signingKey();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .type(JOSEObjectType.JWT)
            .keyID(key.getKeyID())
            .build();
    SignedJWT jwt = new SignedJWT(header, claims());
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign the test token", e);
    }
    return jwt.serialize();
  }

  private Map<String, Object> resourceAccess() {
    Map<String, Object> access = new LinkedHashMap<>();
    clientRoles.forEach(
        (client, roles) -> access.put(client, Map.of("roles", new ArrayList<>(roles))));
    return access;
  }
}
