package vn.edu.platform.test.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.platform.test.fixtures.OrgTreeFixture;

/** The claims each persona carries, read from the signed token as a resource server sees it. */
class PersonasTests {

  static Stream<Arguments> userPersonas() {
    return Stream.of(
        persona(Personas::departmentAdmin, KeycloakNames.DEPT_ADMIN, OrgTreeFixture.DEPARTMENT),
        persona(Personas::departmentOfficer, KeycloakNames.DEPT_OFFICER, OrgTreeFixture.DEPARTMENT),
        persona(
            () -> Personas.communeOfficer(OrgTreeFixture.COMMUNE_A),
            KeycloakNames.COMMUNE_OFFICER,
            OrgTreeFixture.COMMUNE_A),
        persona(
            () -> Personas.schoolAdmin(OrgTreeFixture.SCHOOL_A_PRIMARY),
            KeycloakNames.SCHOOL_ADMIN,
            OrgTreeFixture.SCHOOL_A_PRIMARY),
        persona(
            () -> Personas.teacher(OrgTreeFixture.SCHOOL_B_LOWER_SECONDARY),
            KeycloakNames.TEACHER,
            OrgTreeFixture.SCHOOL_B_LOWER_SECONDARY),
        persona(
            () -> Personas.principal(OrgTreeFixture.SCHOOL_UPPER_SECONDARY),
            KeycloakNames.PRINCIPAL,
            OrgTreeFixture.SCHOOL_UPPER_SECONDARY));
  }

  private static Arguments persona(Supplier<String> token, String role, String unit) {
    return Arguments.of(token, role, unit);
  }

  @ParameterizedTest(name = "{1} of {2}")
  @MethodSource("userPersonas")
  void userPersonaCarriesRoleAndUnitLikeAKeycloakUserToken(
      Supplier<String> persona, String role, String unit) throws ParseException {
    JWTClaimsSet claims = claims(persona.get());

    assertThat(claims.getIssuer()).isEqualTo(TestTokens.issuer());
    assertThat(UUID.fromString(claims.getSubject())).isNotNull();
    assertThat(claims.getAudience()).containsExactly("edu-api", "account");
    assertThat(claims.getStringClaim("azp")).isEqualTo("edu-frontend");
    assertThat(claims.getStringClaim("typ")).isEqualTo("Bearer");
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(claims.getStringClaim("sid")).isNotBlank();
    assertThat(claims.getStringClaim("scope")).contains("openid");
    assertThat(claims.getStringClaim("preferred_username")).isNotBlank();
    assertThat(
            Duration.between(
                claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
        .isEqualTo(Duration.ofMinutes(5));
    assertThat(realmRoles(claims)).contains(role, "default-roles-edu", "offline_access");
    assertThat(clientRoles(claims, "account")).contains("view-profile", "manage-account");
    assertThat(claims.getStringClaim("org_unit")).isEqualTo(unit);
  }

  @Test
  void governmentSystemIsAServiceAccountWithoutUnit() throws ParseException {
    JWTClaimsSet claims = claims(Personas.governmentSystem("national-db", "diploma:read"));

    assertThat(claims.getStringClaim("preferred_username"))
        .isEqualTo("service-account-national-db");
    assertThat(claims.getStringClaim("azp")).isEqualTo("national-db");
    assertThat(claims.getStringClaim("client_id")).isEqualTo("national-db");
    assertThat(claims.getAudience()).containsExactly("edu-api");
    assertThat(realmRoles(claims)).contains("gov-system");
    assertThat(clientRoles(claims, "edu-api")).containsExactly("diploma:read");
    assertThat(claims.getClaims()).doesNotContainKeys("org_unit", "sid");
    assertThat(claims.getStringClaim("scope")).doesNotContain("openid");
  }

  @Test
  void singleAudienceIsWrittenAsAStringLikeKeycloakDoes() throws ParseException {
    String payload =
        SignedJWT.parse(Personas.governmentSystem("national-db")).getPayload().toString();

    assertThat(payload).contains("\"aud\":\"edu-api\"");
  }

  @Test
  void serviceAccountWithoutClientRolesHasNoResourceAccess() throws ParseException {
    JWTClaimsSet claims = claims(Personas.governmentSystem("national-db"));

    assertThat(claims.getClaims()).doesNotContainKey("resource_access");
  }

  @Test
  void otherAudienceIsAValidDepartmentAdminTokenIssuedForAnotherApi() throws ParseException {
    JWTClaimsSet claims = claims(Personas.otherAudience());

    assertThat(claims.getAudience()).containsExactly("other-api");
    assertThat(realmRoles(claims)).contains(KeycloakNames.DEPT_ADMIN);
    assertThat(claims.getStringClaim(KeycloakNames.CLAIM_ORG_UNIT))
        .isEqualTo(OrgTreeFixture.DEPARTMENT);
  }

  @Test
  void citizenIsAUserOfTheRealmWithoutUnitNamedByTheirLogin() throws ParseException {
    JWTClaimsSet claims = claims(Personas.citizen("congdan.a"));

    assertThat(claims.getStringClaim("preferred_username")).isEqualTo("congdan.a");
    assertThat(claims.getStringClaim("azp")).isEqualTo("edu-frontend");
    assertThat(realmRoles(claims)).contains(KeycloakNames.CITIZEN, "default-roles-edu");
    assertThat(realmRoles(claims)).doesNotContain(KeycloakNames.TEACHER, KeycloakNames.PRINCIPAL);
    assertThat(claims.getClaims()).doesNotContainKey("org_unit");
  }

  @Test
  void anonymousHasNoToken() {
    assertThat(Personas.anonymous()).isNull();
  }

  @Test
  void sameUserKeepsSubjectButGetsAFreshTokenId() throws ParseException {
    JWTClaimsSet first = claims(Personas.teacher(OrgTreeFixture.SCHOOL_A_PRIMARY));
    JWTClaimsSet second = claims(Personas.teacher(OrgTreeFixture.SCHOOL_A_PRIMARY));
    JWTClaimsSet otherSchool = claims(Personas.teacher(OrgTreeFixture.SCHOOL_B_PRIMARY));

    assertThat(second.getSubject()).isEqualTo(first.getSubject());
    assertThat(second.getJWTID()).isNotEqualTo(first.getJWTID());
    assertThat(otherSchool.getSubject()).isNotEqualTo(first.getSubject());
  }

  @Test
  void builderAddsClientRolesAndCustomClaims() throws ParseException {
    JWTClaimsSet claims =
        claims(
            TestTokens.user("vb.lan")
                .realmRoles(KeycloakNames.DIPLOMA_OFFICER)
                .clientRoles("edu-api", "diploma:issue", "diploma:revoke")
                .orgUnit(OrgTreeFixture.DIVISION_SECONDARY)
                .claim("name", "Nguyễn Thị Lan")
                .build());

    assertThat(clientRoles(claims, "edu-api")).containsExactly("diploma:issue", "diploma:revoke");
    assertThat(realmRoles(claims)).contains("diploma-officer");
    assertThat(claims.getStringClaim("org_unit")).isEqualTo("SGD31-GDTrH");
    assertThat(claims.getStringClaim("name")).isEqualTo("Nguyễn Thị Lan");
  }

  @Test
  void realmRoleNamesMatchTheRealm() {
    assertThat(KeycloakNames.PLATFORM_REALM_ROLES)
        .containsExactly(
            "dept-admin",
            "dept-officer",
            "diploma-officer",
            "admission-officer",
            "commune-officer",
            "school-admin",
            "principal",
            "teacher",
            "citizen",
            "verifier",
            "gov-system");
  }

  private static JWTClaimsSet claims(String token) throws ParseException {
    return SignedJWT.parse(token).getJWTClaimsSet();
  }

  @SuppressWarnings("unchecked")
  private static List<String> realmRoles(JWTClaimsSet claims) throws ParseException {
    return (List<String>) claims.getJSONObjectClaim("realm_access").get("roles");
  }

  @SuppressWarnings("unchecked")
  private static List<String> clientRoles(JWTClaimsSet claims, String client)
      throws ParseException {
    Map<String, Object> access = claims.getJSONObjectClaim("resource_access");
    return (List<String>) ((Map<String, Object>) access.get(client)).get("roles");
  }
}
