package vn.edu.platform.plan.orgunit.application.port.in;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Reading the tree, today or on any past or planned day: how plans and reports see the directory.
 * It answers with views of this package, so the directory's domain stays its own.
 */
public interface OrgTreeQuery {

  OrgTreeView asOf(LocalDate date);

  /** The unit whatever its validity, to tell "closed" from "never existed". */
  Optional<OrgUnitView> find(String code);
}
