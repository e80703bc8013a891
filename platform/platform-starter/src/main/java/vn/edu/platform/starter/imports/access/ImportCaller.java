package vn.edu.platform.starter.imports.access;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The authenticated caller as the import framework needs it.
 *
 * @param subject stable id of the user or service account (the token's {@code sub})
 * @param orgUnit the caller's organisation unit code (the token's {@code org_unit}), null for
 *     accounts without one
 * @param roles realm roles, without any {@code ROLE_} prefix
 */
public record ImportCaller(String subject, @Nullable String orgUnit, Set<String> roles) {

  public ImportCaller {
    roles = Set.copyOf(roles);
  }

  public boolean hasAnyRole(Set<String> wanted) {
    for (String role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }
}
