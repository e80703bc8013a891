package vn.edu.platform.test.security;

import static vn.edu.platform.test.security.KeycloakNames.CITIZEN;
import static vn.edu.platform.test.security.KeycloakNames.COMMUNE_OFFICER;
import static vn.edu.platform.test.security.KeycloakNames.DEPT_ADMIN;
import static vn.edu.platform.test.security.KeycloakNames.DEPT_OFFICER;
import static vn.edu.platform.test.security.KeycloakNames.GOV_SYSTEM;
import static vn.edu.platform.test.security.KeycloakNames.PRINCIPAL;
import static vn.edu.platform.test.security.KeycloakNames.SCHOOL_ADMIN;
import static vn.edu.platform.test.security.KeycloakNames.TEACHER;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.test.fixtures.OrgTreeFixture;

/**
 * Signed tokens for the platform's typical callers, one line each, so security tests read as "who
 * calls" rather than "which claims". Each call signs a fresh token (new {@code jti}, {@code iat}
 * now, valid for five minutes); the subject is stable per username. Unit codes come from {@link
 * OrgTreeFixture}. For anything unusual, use {@link TestTokens#user(String)}.
 */
public final class Personas {

  private Personas() {}

  /** An administrator of the department (Sở GD&ĐT), scoped to the whole department. */
  public static String departmentAdmin() {
    return TestTokens.user("sgd.admin")
        .realmRoles(DEPT_ADMIN)
        .orgUnit(OrgTreeFixture.DEPARTMENT)
        .build();
  }

  /** An officer (chuyên viên) of the department, scoped to the whole department. */
  public static String departmentOfficer() {
    return TestTokens.user("sgd.chuyenvien")
        .realmRoles(DEPT_OFFICER)
        .orgUnit(OrgTreeFixture.DEPARTMENT)
        .build();
  }

  /** The education officer of a commune People's Committee, scoped to that commune. */
  public static String communeOfficer(String communeCode) {
    return TestTokens.user("ubnd." + login(communeCode))
        .realmRoles(COMMUNE_OFFICER)
        .orgUnit(communeCode)
        .build();
  }

  /** The administrator of one school. */
  public static String schoolAdmin(String schoolCode) {
    return TestTokens.user("qt." + login(schoolCode))
        .realmRoles(SCHOOL_ADMIN)
        .orgUnit(schoolCode)
        .build();
  }

  /** A teacher of one school. */
  public static String teacher(String schoolCode) {
    return TestTokens.user("gv." + login(schoolCode))
        .realmRoles(TEACHER)
        .orgUnit(schoolCode)
        .build();
  }

  /** The principal (hiệu trưởng) of one school. */
  public static String principal(String schoolCode) {
    return TestTokens.user("ht." + login(schoolCode))
        .realmRoles(PRINCIPAL)
        .orgUnit(schoolCode)
        .build();
  }

  /**
   * A citizen (a parent, a student) signed in to the realm's public services: realm role {@code
   * citizen}, no {@code org_unit}, {@code preferred_username} = {@code login}, the login a school
   * links to a student's guardian so that the parent reads the student's records.
   */
  public static String citizen(String login) {
    return TestTokens.user(login).realmRoles(CITIZEN).build();
  }

  /**
   * Another government system calling with client credentials: realm role {@code gov-system}, no
   * {@code org_unit}, and {@code clientRoles} granted on the {@code edu-api} client (where the
   * platform's client roles live), e.g. {@code governmentSystem("national-db", "diploma:read")}.
   */
  public static String governmentSystem(String clientId, String... clientRoles) {
    TokenBuilder token = TestTokens.serviceAccount(clientId).realmRoles(GOV_SYSTEM);
    if (clientRoles.length > 0) {
      token.clientRoles(KeycloakNames.API_CLIENT, clientRoles);
    }
    return token.build();
  }

  /**
   * A correctly signed token of a department administrator that was issued for another API (its
   * audience is {@code other-api} only): a resource server must refuse it as if it were forged.
   */
  public static String otherAudience() {
    return TestTokens.user("sgd.admin")
        .realmRoles(DEPT_ADMIN)
        .orgUnit(OrgTreeFixture.DEPARTMENT)
        .audience("other-api")
        .build();
  }

  /**
   * No token at all: a caller that sends no {@code Authorization} header. It is {@code null} so
   * that a parameterised test can list it beside the other personas and pass it to {@link
   * TestTokens#authorizationHeaders(String)}, which then adds nothing.
   */
  public static @Nullable String anonymous() {
    return null;
  }

  private static String login(String unitCode) {
    return unitCode.toLowerCase(Locale.ROOT);
  }
}
