package vn.edu.platform.starter.imports.access;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import vn.edu.platform.starter.imports.spi.ImportDefinition;

/**
 * Decides who may upload and who may read a job. The framework turns a refusal into a 403 problem
 * ({@code import-forbidden} for uploads, {@code forbidden-org-unit} for jobs).
 */
public interface ImportAccessPolicy {

  /** The caller behind an authenticated request. */
  ImportCaller callerOf(Authentication authentication);

  /** Whether the caller may upload files of this type. */
  boolean mayUpload(ImportCaller caller, ImportDefinition<?> definition);

  /**
   * Whether the caller may read a job (its state, errors and report).
   *
   * @param jobOrgUnit the organisation unit the job was submitted for
   * @param jobSubmittedBy the subject who submitted it
   */
  boolean mayRead(ImportCaller caller, @Nullable String jobOrgUnit, String jobSubmittedBy);
}
