package vn.edu.platform.plan.orgunit.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.plan.orgunit.domain.OrgTreeSnapshot;
import vn.edu.platform.plan.orgunit.domain.OrgUnit;
import vn.edu.platform.plan.orgunit.domain.OrgUnitKind;
import vn.edu.platform.plan.orgunit.domain.Ownership;
import vn.edu.platform.plan.orgunit.domain.ParentLink;
import vn.edu.platform.plan.orgunit.domain.SchoolLevel;
import vn.edu.platform.starter.web.conditional.Revisioned;

/** Response bodies of the organisation directory API. */
final class OrgUnitResponses {

  private OrgUnitResponses() {}

  @Schema(description = "A unit as it stands on the day asked for")
  record OrgUnitResponse(
      @Schema(description = "Unit code", example = "S311002") String code,
      @Schema(description = "Official name", example = "Trường Tiểu học Hồng Bàng") String name,
      @Schema(description = "Kind of unit", example = "SCHOOL") OrgUnitKind kind,
      @Schema(description = "School level, for schools", example = "PRIMARY")
          @Nullable SchoolLevel schoolLevel,
      @Schema(description = "Ownership, for schools", example = "PUBLIC")
          @Nullable Ownership ownership,
      @Schema(description = "National administrative code", example = "11311")
          @Nullable String administrativeCode,
      @Schema(description = "Parent on the day asked for", example = "X11311")
          @Nullable String parentCode,
      @Schema(description = "First day of the unit", example = "2025-07-01") LocalDate validFrom,
      @Schema(description = "Last day of the unit, if it ended", example = "2025-06-30")
          @Nullable LocalDate validTo,
      @Schema(description = "Units that took over after a merge or split", example = "[]")
          List<String> successorCodes,
      @Schema(description = "Revision; send it back in If-Match to update", example = "3")
          long revision)
      implements Revisioned {

    static OrgUnitResponse of(OrgUnit unit, String parentCode) {
      return new OrgUnitResponse(
          unit.code(),
          unit.name(),
          unit.kind(),
          unit.schoolLevel(),
          unit.ownership(),
          unit.administrativeCode(),
          parentCode,
          unit.validFrom(),
          unit.validTo(),
          unit.successorCodes(),
          unit.revision());
    }

    static OrgUnitResponse of(OrgUnit unit, OrgTreeSnapshot snapshot) {
      return of(unit, snapshot.parentOf(unit.code()).orElse(null));
    }
  }

  @Schema(description = "A unit with its place in the tree on the day asked for and its history")
  record OrgUnitDetailResponse(
      @Schema(description = "The day the tree was read for", example = "2026-11-28") LocalDate asOf,
      OrgUnitResponse unit,
      @Schema(description = "Ancestors, nearest first", example = "[\"X11311\", \"SGD31\"]")
          List<String> ancestorCodes,
      @Schema(description = "Direct children on that day", example = "[\"S311001\", \"S311002\"]")
          List<String> childCodes,
      @Schema(description = "Every parent the unit had, oldest first")
          List<ParentLinkResponse> parentHistory)
      implements Revisioned {

    // The unit is what a conditional update of this resource changes.
    @Override
    @JsonIgnore
    public long revision() {
      return unit.revision();
    }
  }

  @Schema(description = "A period under one parent")
  record ParentLinkResponse(
      @Schema(description = "Parent unit", example = "X11311") String parentCode,
      @Schema(description = "First day", example = "2025-07-01") LocalDate validFrom,
      @Schema(description = "Last day, if it ended", example = "2026-08-31")
          @Nullable LocalDate validTo) {
    static ParentLinkResponse of(ParentLink link) {
      return new ParentLinkResponse(link.parentCode(), link.validFrom(), link.validTo());
    }
  }

  @Schema(description = "A node of the tree with its children")
  record OrgTreeNodeResponse(
      @Schema(description = "Unit code", example = "X11311") String code,
      @Schema(description = "Name", example = "Phường Hồng Bàng") String name,
      @Schema(description = "Kind", example = "COMMUNE") OrgUnitKind kind,
      @Schema(description = "School level, for schools", example = "PRIMARY")
          @Nullable SchoolLevel schoolLevel,
      @Schema(description = "Units directly below") List<OrgTreeNodeResponse> children) {}

  @Schema(description = "The tree on one day")
  record OrgTreeResponse(
      @Schema(description = "The day", example = "2024-05-31") LocalDate asOf,
      @Schema(description = "Number of units in the tree", example = "812") int unitCount,
      List<OrgTreeNodeResponse> roots) {}

  @Schema(description = "The units a merge changed")
  record MergeResponse(
      @Schema(description = "Units merged away (ended the day before)", example = "[\"X10105\"]")
          List<String> mergedCodes,
      @Schema(description = "Units moved under the target", example = "[\"S101051\"]")
          List<String> movedCodes) {}
}
