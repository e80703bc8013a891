package vn.edu.platform.plan.orgunit.application.port.out;

import vn.edu.platform.plan.orgunit.domain.DirectoryChange;
import vn.edu.platform.plan.orgunit.domain.OrgDirectory;

/** Where the directory lives. */
public interface OrgDirectoryStore {

  /**
   * Loads the whole directory for a change, holding the directory's lock until the transaction ends
   * so that two changes never work from the same stale copy.
   */
  OrgDirectory loadForChange();

  /** Loads the directory for reading. */
  OrgDirectory load();

  /** Persists a change; bumps the directory's version. */
  void save(DirectoryChange change);

  /** A number that changes whenever the directory does (cheap to ask). */
  long version();
}
