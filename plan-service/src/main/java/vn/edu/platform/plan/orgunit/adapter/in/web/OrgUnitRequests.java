package vn.edu.platform.plan.orgunit.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.edu.platform.plan.orgunit.domain.OrgUnitKind;
import vn.edu.platform.plan.orgunit.domain.Ownership;
import vn.edu.platform.plan.orgunit.domain.SchoolLevel;
import vn.edu.platform.starter.web.text.SingleLineText;

/** Request bodies of the organisation directory API. */
final class OrgUnitRequests {

  static final String CODE = "[A-Z][A-Za-z0-9.-]{1,31}";

  private OrgUnitRequests() {}

  @Schema(description = "A new unit of the organisation tree")
  record CreateOrgUnitRequest(
      @Schema(description = "Unit code, unique for ever", example = "S311004")
          @NotBlank
          @Size(max = 32)
          @Pattern(regexp = CODE)
          @SingleLineText
          String code,
      @Schema(description = "Official name", example = "Trường Tiểu học Lê Lợi")
          @NotBlank
          @Size(max = 200)
          @SingleLineText
          String name,
      @Schema(description = "Kind of unit", example = "SCHOOL") @NotNull OrgUnitKind kind,
      @Schema(description = "School level; schools only", example = "PRIMARY")
          SchoolLevel schoolLevel,
      @Schema(description = "Public or private; schools only", example = "PUBLIC")
          Ownership ownership,
      @Schema(
              description =
                  "National administrative code; communes, districts, People's Committees",
              example = "11311")
          @Size(max = 5)
          @Pattern(regexp = "[0-9]{2}|[0-9]{3}|[0-9]{5}")
          @SingleLineText
          String administrativeCode,
      @Schema(
              description = "Code of the parent unit; absent for the department",
              example = "X11311")
          @Size(max = 32)
          @Pattern(regexp = CODE)
          @SingleLineText
          String parentCode,
      @Schema(description = "First day the unit exists", example = "2025-09-01") @NotNull
          LocalDate validFrom) {}

  @Schema(description = "What describes a unit; absent fields stay as they are")
  record UpdateOrgUnitRequest(
      @Schema(description = "Official name", example = "Trường Tiểu học Lê Lợi")
          @Size(min = 1, max = 200)
          @SingleLineText
          String name,
      @Schema(description = "School level; schools only", example = "MULTI_LEVEL")
          SchoolLevel schoolLevel,
      @Schema(description = "Public or private; schools only", example = "PUBLIC")
          Ownership ownership,
      @Schema(description = "National administrative code", example = "11311")
          @Size(max = 5)
          @Pattern(regexp = "[0-9]{2}|[0-9]{3}|[0-9]{5}")
          @SingleLineText
          String administrativeCode) {}

  @Schema(description = "Put a unit under another parent from a date on")
  record MoveOrgUnitRequest(
      @Schema(description = "Code of the new parent", example = "X11629")
          @NotBlank
          @Size(max = 32)
          @Pattern(regexp = CODE)
          @SingleLineText
          String parentCode,
      @Schema(description = "First day under the new parent", example = "2026-01-01") @NotNull
          LocalDate effectiveFrom) {}

  @Schema(description = "Merge units into one; the merged units end the day before")
  record MergeOrgUnitsRequest(
      @Schema(description = "Codes of the units merged away", example = "[\"X10105\", \"X10108\"]")
          @NotEmpty
          @Size(max = 50)
          List<@NotBlank @Size(max = 32) @Pattern(regexp = CODE) String> sourceCodes,
      @Schema(
              description = "Code of the unit they merge into (existing on the date)",
              example = "X11311")
          @NotBlank
          @Size(max = 32)
          @Pattern(regexp = CODE)
          @SingleLineText
          String targetCode,
      @Schema(description = "First day of the merged unit", example = "2025-07-01") @NotNull
          LocalDate effectiveFrom) {}

  @Schema(description = "Close a unit")
  record CloseOrgUnitRequest(
      @Schema(description = "Last day the unit exists", example = "2026-05-31") @NotNull
          LocalDate lastDay) {}
}
