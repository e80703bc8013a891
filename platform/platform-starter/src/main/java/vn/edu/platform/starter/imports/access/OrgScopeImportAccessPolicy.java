package vn.edu.platform.starter.imports.access;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import vn.edu.platform.starter.imports.spi.ImportDefinition;
import vn.edu.platform.starter.security.Caller;
import vn.edu.platform.starter.security.CurrentCaller;
import vn.edu.platform.starter.security.OrgScope;

/**
 * The platform's rules applied to import jobs: a caller may upload when one of its roles is allowed
 * by the import type, and may read a job it submitted or whose unit its {@link OrgScope} covers —
 * so a school sees its own jobs, a commune officer its schools' jobs and the department all.
 */
public class OrgScopeImportAccessPolicy implements ImportAccessPolicy {

  private final CurrentCaller currentCaller;
  private final OrgScope scope;

  public OrgScopeImportAccessPolicy(CurrentCaller currentCaller, OrgScope scope) {
    this.currentCaller = currentCaller;
    this.scope = scope;
  }

  @Override
  public ImportCaller callerOf(Authentication authentication) {
    Caller caller = currentCaller.get();
    Set<String> roles = new HashSet<>(caller.realmRoles());
    roles.addAll(caller.clientRoles());
    return new ImportCaller(caller.subject(), caller.orgUnit(), roles);
  }

  @Override
  public boolean mayUpload(ImportCaller caller, ImportDefinition<?> definition) {
    return caller.hasAnyRole(definition.allowedRoles());
  }

  @Override
  public boolean mayRead(ImportCaller caller, @Nullable String jobOrgUnit, String jobSubmittedBy) {
    return jobSubmittedBy.equals(caller.subject())
        || (jobOrgUnit != null && scope.canRead(jobOrgUnit))
        || scope.coversProvince(OrgScope.Access.READ);
  }
}
