package vn.edu.platform.test.securitykit;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.test.fixtures.OrgTreeFixture;
import vn.edu.platform.test.security.Personas;

/**
 * The callers the matrix tries on every operation: one per kind of caller the platform knows, and
 * for unit-bound callers one in unit A and one in unit B of {@link OrgTreeFixture}, so that "my
 * unit" and "another unit" are both exercised. Matrix files name them in kebab case ({@code
 * teacher-a}).
 */
public enum Persona {
  ANONYMOUS(null),
  OTHER_AUDIENCE(null),
  TEACHER_A(OrgTreeFixture.SCHOOL_A_PRIMARY),
  SCHOOL_ADMIN_A(OrgTreeFixture.SCHOOL_A_PRIMARY),
  PRINCIPAL_A(OrgTreeFixture.SCHOOL_A_PRIMARY),
  TEACHER_B(OrgTreeFixture.SCHOOL_B_PRIMARY),
  SCHOOL_ADMIN_B(OrgTreeFixture.SCHOOL_B_PRIMARY),
  PRINCIPAL_B(OrgTreeFixture.SCHOOL_B_PRIMARY),
  COMMUNE_OFFICER_A(OrgTreeFixture.COMMUNE_A),
  COMMUNE_OFFICER_B(OrgTreeFixture.COMMUNE_B),
  DEPARTMENT_OFFICER(OrgTreeFixture.DEPARTMENT),
  DEPARTMENT_ADMIN(OrgTreeFixture.DEPARTMENT),
  GOV_CLIENT_WITH_ROLE(null),
  GOV_CLIENT_WITHOUT_ROLE(null),
  /**
   * A citizen of the realm (role {@code citizen}, no unit) with the login {@link #CITIZEN_LOGIN}: a
   * service that lets parents read their children's data links this login to unit A's objects in
   * its fixture, so the matrix sees what a linked parent gets and the other-unit check that the
   * link opens nothing of unit B.
   */
  CITIZEN(null);

  /** The client id of the government system personas. */
  public static final String GOV_CLIENT_ID = "security-kit-gov";

  /** The login of the {@link #CITIZEN} persona ({@code preferred_username}). */
  public static final String CITIZEN_LOGIN = "congdan.a";

  private final @Nullable String unit;

  Persona(@Nullable String unit) {
    this.unit = unit;
  }

  /** The persona's organisation unit, {@code null} for callers outside the tree. */
  public @Nullable String unit() {
    return unit;
  }

  /** Whether the service must refuse the caller before looking at anything: 401. */
  public boolean unauthenticated() {
    return this == ANONYMOUS || this == OTHER_AUDIENCE;
  }

  /** The name used in matrix files: {@code school-admin-a}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Persona ofKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /**
   * A fresh signed token, {@code null} for {@link #ANONYMOUS}.
   *
   * @param govClientRole the client role the service requires of government systems
   */
  public @Nullable String token(String govClientRole) {
    return switch (this) {
      case ANONYMOUS -> Personas.anonymous();
      case OTHER_AUDIENCE -> Personas.otherAudience();
      case TEACHER_A, TEACHER_B -> Personas.teacher(requireNonNull(unit));
      case SCHOOL_ADMIN_A, SCHOOL_ADMIN_B -> Personas.schoolAdmin(requireNonNull(unit));
      case PRINCIPAL_A, PRINCIPAL_B -> Personas.principal(requireNonNull(unit));
      case COMMUNE_OFFICER_A, COMMUNE_OFFICER_B -> Personas.communeOfficer(requireNonNull(unit));
      case DEPARTMENT_OFFICER -> Personas.departmentOfficer();
      case DEPARTMENT_ADMIN -> Personas.departmentAdmin();
      case GOV_CLIENT_WITH_ROLE -> Personas.governmentSystem(GOV_CLIENT_ID, govClientRole);
      case GOV_CLIENT_WITHOUT_ROLE -> Personas.governmentSystem(GOV_CLIENT_ID);
      case CITIZEN -> Personas.citizen(CITIZEN_LOGIN);
    };
  }
}
