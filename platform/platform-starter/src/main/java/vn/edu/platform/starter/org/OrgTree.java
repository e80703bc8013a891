package vn.edu.platform.starter.org;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The organisation tree as a service sees it.
 *
 * <p>plan-service owns the tree and answers from its own tables; every other service answers from
 * its local replica ({@link JdbcOrgTreeReplica}), kept current by the {@code OrgUnitChanged}
 * events. The starter's {@code OrgScope} asks only these two questions.
 */
public interface OrgTree {

  /** The unit with this code as valid on {@code date}, if it exists then. */
  Optional<OrgUnitRef> find(String unitCode, LocalDate date);

  /**
   * Whether {@code unitCode} is {@code ancestorCode} itself or lies below it in the tree valid on
   * {@code date}.
   */
  boolean isWithin(String unitCode, String ancestorCode, LocalDate date);
}
