package vn.edu.platform.starter.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as read from a validated Keycloak access token.
 *
 * @param subject the token's {@code sub}: a stable user or service-account id (never log names)
 * @param clientId the token's {@code azp}: the client the token was issued to
 * @param orgUnit the {@code org_unit} claim: the unit code the user works for; {@code null} for
 *     service accounts that act across units
 * @param realmRoles realm roles ({@code realm_access.roles})
 * @param clientRoles roles granted on our API client ({@code resource_access.<audience>.roles})
 * @param serviceAccount whether the token came from a client-credentials grant
 * @param username the token's {@code preferred_username}: the login a person's unit knows them by
 *     (a homeroom teacher's login on a class, a guardian's account linked to a student); never
 *     changed in the realm ({@code editUsernameAllowed} is off), {@code null} when absent
 */
public record Caller(
    String subject,
    String clientId,
    String orgUnit,
    Set<String> realmRoles,
    Set<String> clientRoles,
    boolean serviceAccount,
    @Nullable String username) {

  public Caller {
    realmRoles = Set.copyOf(realmRoles);
    clientRoles = Set.copyOf(clientRoles);
  }

  public boolean hasRole(String role) {
    return realmRoles.contains(role) || clientRoles.contains(role);
  }

  /**
   * Whether the caller holds a department role ({@link Roles#DEPARTMENT}); whether it acts for the
   * department is {@link OrgScope#isDepartment()} (its unit must be the department or a division).
   */
  public boolean hasDepartmentRole() {
    return hasAnyRole(Roles.DEPARTMENT);
  }

  /** Whether the caller holds a school role ({@link Roles#SCHOOL}). */
  public boolean hasSchoolRole() {
    return hasAnyRole(Roles.SCHOOL);
  }

  /**
   * Whether the caller is a government system (client credentials with {@link Roles#GOV_SYSTEM}).
   */
  public boolean isGovernmentSystem() {
    return serviceAccount && hasRole(Roles.GOV_SYSTEM);
  }

  public boolean hasAnyRole(Iterable<String> roles) {
    for (String role : roles) {
      if (hasRole(role)) {
        return true;
      }
    }
    return false;
  }
}
