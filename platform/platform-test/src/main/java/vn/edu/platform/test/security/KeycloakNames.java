package vn.edu.platform.test.security;

import java.util.List;

/**
 * Names fixed by the Keycloak realm ({@code deploy/keycloak}): realm, clients, audience, roles and
 * claims. Tests use these constants so that a renamed role breaks at compile time, not in
 * production.
 */
public final class KeycloakNames {

  /** The realm every user and service account lives in. */
  public static final String REALM = "edu";

  /** The audience every platform API requires; added to tokens by the realm's audience mapper. */
  public static final String AUDIENCE = "edu-api";

  /** The resource-server client that owns the platform's client roles. */
  public static final String API_CLIENT = "edu-api";

  /** The public client of the web frontend; the {@code azp} of user tokens. */
  public static final String FRONTEND_CLIENT = "edu-frontend";

  /** Keycloak's built-in account console client; user tokens carry it as an audience. */
  public static final String ACCOUNT_CLIENT = "account";

  /** Keycloak prefixes the user behind a client's service account with this. */
  public static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

  /** Composite role Keycloak grants every user and service account of the realm. */
  public static final String DEFAULT_ROLES = "default-roles-" + REALM;

  /** Realm roles Keycloak grants every user through {@link #DEFAULT_ROLES}. */
  public static final List<String> BUILT_IN_REALM_ROLES =
      List.of(DEFAULT_ROLES, "offline_access", "uma_authorization");

  /** Client roles of {@link #ACCOUNT_CLIENT} Keycloak grants every user by default. */
  public static final List<String> BUILT_IN_ACCOUNT_ROLES =
      List.of("manage-account", "manage-account-links", "view-profile");

  // Realm roles: exactly the role names of the realm export.

  /** Department administrator (quản trị Sở). */
  public static final String DEPT_ADMIN = "dept-admin";

  /** Department officer (chuyên viên Sở). */
  public static final String DEPT_OFFICER = "dept-officer";

  /** Department officer in charge of diplomas and certificates (văn bằng, chứng chỉ). */
  public static final String DIPLOMA_OFFICER = "diploma-officer";

  /** Department officer in charge of admissions (tuyển sinh). */
  public static final String ADMISSION_OFFICER = "admission-officer";

  /** Education officer of a commune People's Committee (UBND cấp xã). */
  public static final String COMMUNE_OFFICER = "commune-officer";

  /** School administrator: manages the school's data and staff accounts. */
  public static final String SCHOOL_ADMIN = "school-admin";

  /** School principal (hiệu trưởng): signs the school's records. */
  public static final String PRINCIPAL = "principal";

  /** Teacher (giáo viên). */
  public static final String TEACHER = "teacher";

  /** Citizen: a student, parent or graduate using public services. */
  public static final String CITIZEN = "citizen";

  /** An employer or agency that verifies diplomas. */
  public static final String VERIFIER = "verifier";

  /** Another government system calling through a client-credentials service account. */
  public static final String GOV_SYSTEM = "gov-system";

  /** Every realm role of the platform (without Keycloak's built-in ones). */
  public static final List<String> PLATFORM_REALM_ROLES =
      List.of(
          DEPT_ADMIN,
          DEPT_OFFICER,
          DIPLOMA_OFFICER,
          ADMISSION_OFFICER,
          COMMUNE_OFFICER,
          SCHOOL_ADMIN,
          PRINCIPAL,
          TEACHER,
          CITIZEN,
          VERIFIER,
          GOV_SYSTEM);

  // Claims: the standard ones Keycloak writes plus the realm's own mapper.

  /** Realm roles: {@code realm_access.roles}. */
  public static final String CLAIM_REALM_ACCESS = "realm_access";

  /** Client roles: {@code resource_access.<client>.roles}. */
  public static final String CLAIM_RESOURCE_ACCESS = "resource_access";

  /** The user's organisation unit code, from the realm's user-attribute mapper. */
  public static final String CLAIM_ORG_UNIT = "org_unit";

  /** The login name. */
  public static final String CLAIM_PREFERRED_USERNAME = "preferred_username";

  /** The client the token was issued to. */
  public static final String CLAIM_AUTHORIZED_PARTY = "azp";

  /** Present on client-credentials tokens only: the client behind the service account. */
  public static final String CLAIM_CLIENT_ID = "client_id";

  private KeycloakNames() {}
}
