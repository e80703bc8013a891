package vn.edu.platform.plan.orgunit.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.edu.platform.plan.orgunit.domain.OrgTreeSnapshot;
import vn.edu.platform.plan.orgunit.domain.OrgUnit;
import vn.edu.platform.plan.orgunit.domain.ParentLink;

/** Reading the tree, today or on any past or planned day. */
public interface OrgTreeQuery {

  OrgTreeSnapshot asOf(LocalDate date);

  /** The unit whatever its validity, to tell "closed" from "never existed". */
  Optional<OrgUnit> find(String code);

  /** Every parent link the unit ever had, oldest first. */
  List<ParentLink> history(String code);
}
