package vn.edu.platform.plan.orgunit.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.edu.platform.plan.orgunit.domain.OrgTreeSnapshot;
import vn.edu.platform.plan.orgunit.domain.OrgUnit;
import vn.edu.platform.plan.orgunit.domain.ParentLink;

/**
 * The directory's own reading of its domain, for its adapters (the org-unit API publishes every
 * detail of a unit and its parent history). Other features read {@link OrgTreeQuery}.
 */
public interface OrgDirectoryQuery {

  OrgTreeSnapshot snapshotOn(LocalDate date);

  /** The unit whatever its validity, to tell "closed" from "never existed". */
  Optional<OrgUnit> unit(String code);

  /** Every parent link the unit ever had, oldest first. */
  List<ParentLink> history(String code);
}
