package vn.edu.platform.plan.orgunit.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.plan.orgunit.domain.OrgUnitKind;
import vn.edu.platform.plan.orgunit.domain.Ownership;
import vn.edu.platform.plan.orgunit.domain.SchoolLevel;

/** The commands of the organisation directory, each a record that checks its own shape. */
public final class OrgUnitCommands {

  private OrgUnitCommands() {}

  /** Add a unit (or, in an import, add or update it). */
  public record CreateOrgUnit(
      String code,
      String name,
      OrgUnitKind kind,
      SchoolLevel schoolLevel,
      Ownership ownership,
      String administrativeCode,
      String parentCode,
      LocalDate validFrom) {
    public CreateOrgUnit {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(validFrom, "validFrom");
    }
  }

  /** Change what describes a unit; {@code expectedRevision} guards against lost updates. */
  public record DescribeOrgUnit(
      String code,
      String name,
      SchoolLevel schoolLevel,
      Ownership ownership,
      String administrativeCode,
      ExpectedRevision expectedRevision) {
    public DescribeOrgUnit {
      Objects.requireNonNull(expectedRevision, "expectedRevision");
    }
  }

  /** Put a unit under another parent from a date. */
  public record MoveOrgUnit(String code, String parentCode, LocalDate effectiveFrom) {
    public MoveOrgUnit {
      Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
  }

  /** Merge units into one that exists on the date. */
  public record MergeOrgUnits(
      List<String> sourceCodes, String targetCode, LocalDate effectiveFrom) {
    public MergeOrgUnits {
      sourceCodes = List.copyOf(sourceCodes);
      Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
  }

  /** Close a unit after its last day. */
  public record CloseOrgUnit(String code, LocalDate lastDay) {
    public CloseOrgUnit {
      Objects.requireNonNull(lastDay, "lastDay");
    }
  }
}
