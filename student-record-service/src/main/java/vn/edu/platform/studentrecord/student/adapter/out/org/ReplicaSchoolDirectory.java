package vn.edu.platform.studentrecord.student.adapter.out.org;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.edu.platform.starter.org.OrgTree;
import vn.edu.platform.studentrecord.student.application.port.out.SchoolDirectory;

/**
 * The province's schools from the service's replica of the organisation tree (fed by plan-service's
 * {@code OrgUnitChanged}): a unit of kind {@code SCHOOL} valid on the day.
 */
@Component
class ReplicaSchoolDirectory implements SchoolDirectory {

  private final OrgTree tree;

  ReplicaSchoolDirectory(OrgTree tree) {
    this.tree = tree;
  }

  @Override
  public boolean isSchool(String unitCode, LocalDate day) {
    return tree.find(unitCode, day).map(unit -> "SCHOOL".equals(unit.kind())).orElse(false);
  }
}
