package vn.edu.platform.plan.orgunit.application.port.in;

import java.util.List;
import vn.edu.platform.plan.orgunit.domain.DirectoryChange;
import vn.edu.platform.plan.orgunit.domain.OrgUnit;

/** The department admin's changes to the organisation tree. */
public interface ChangeOrgDirectoryUseCase {

  OrgUnit create(OrgUnitCommands.CreateOrgUnit command);

  OrgUnit describe(OrgUnitCommands.DescribeOrgUnit command);

  OrgUnit move(OrgUnitCommands.MoveOrgUnit command);

  DirectoryChange merge(OrgUnitCommands.MergeOrgUnits command);

  OrgUnit close(OrgUnitCommands.CloseOrgUnit command);

  /**
   * Adds or updates units in order (a parent before its children): a new code is created, a known
   * one gets its description updated and, if its parent differs, is moved from the row's date. Used
   * by the file import; each unit is one step, so the caller can isolate a bad row.
   */
  DirectoryChange upsert(List<OrgUnitCommands.CreateOrgUnit> units);
}
