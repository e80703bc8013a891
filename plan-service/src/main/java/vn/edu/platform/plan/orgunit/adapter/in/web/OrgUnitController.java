package vn.edu.platform.plan.orgunit.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.plan.orgunit.adapter.in.web.OrgUnitRequests.CloseOrgUnitRequest;
import vn.edu.platform.plan.orgunit.adapter.in.web.OrgUnitRequests.CreateOrgUnitRequest;
import vn.edu.platform.plan.orgunit.adapter.in.web.OrgUnitRequests.MergeOrgUnitsRequest;
import vn.edu.platform.plan.orgunit.adapter.in.web.OrgUnitRequests.MoveOrgUnitRequest;
import vn.edu.platform.plan.orgunit.adapter.in.web.OrgUnitRequests.UpdateOrgUnitRequest;
import vn.edu.platform.plan.orgunit.adapter.in.web.OrgUnitResponses.MergeResponse;
import vn.edu.platform.plan.orgunit.adapter.in.web.OrgUnitResponses.OrgTreeNodeResponse;
import vn.edu.platform.plan.orgunit.adapter.in.web.OrgUnitResponses.OrgTreeResponse;
import vn.edu.platform.plan.orgunit.adapter.in.web.OrgUnitResponses.OrgUnitDetailResponse;
import vn.edu.platform.plan.orgunit.adapter.in.web.OrgUnitResponses.OrgUnitResponse;
import vn.edu.platform.plan.orgunit.adapter.in.web.OrgUnitResponses.ParentLinkResponse;
import vn.edu.platform.plan.orgunit.application.port.in.ChangeOrgDirectoryUseCase;
import vn.edu.platform.plan.orgunit.application.port.in.OrgDirectoryQuery;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitCommands;
import vn.edu.platform.plan.orgunit.domain.ChangeType;
import vn.edu.platform.plan.orgunit.domain.DirectoryChange;
import vn.edu.platform.plan.orgunit.domain.OrgTreeSnapshot;
import vn.edu.platform.plan.orgunit.domain.OrgUnit;
import vn.edu.platform.plan.orgunit.domain.OrgUnitKind;
import vn.edu.platform.starter.config.PlatformTime;
import vn.edu.platform.starter.security.Authenticated;
import vn.edu.platform.starter.security.DepartmentAdmin;
import vn.edu.platform.starter.web.paging.PageRequest;
import vn.edu.platform.starter.web.paging.PageResponse;

/**
 * The organisation directory: the tree of the department, communes and schools on any day, and the
 * department admin's changes to it. Reading needs any valid token (the tree is public sector
 * structure, not personal data); changing it needs {@code dept-admin}.
 */
@RestController
@RequestMapping("/api/v1/org-units")
@Tag(name = "Organisation directory", description = "Units of the province and the tree over time")
class OrgUnitController {

  private final OrgDirectoryQuery directory;
  private final ChangeOrgDirectoryUseCase changes;
  private final TreeDocuments treeDocuments;
  private final Clock clock;

  OrgUnitController(
      OrgDirectoryQuery directory,
      ChangeOrgDirectoryUseCase changes,
      TreeDocuments treeDocuments,
      Clock clock) {
    this.directory = directory;
    this.changes = changes;
    this.treeDocuments = treeDocuments;
    this.clock = clock;
  }

  @GetMapping
  @Authenticated
  @Operation(
      operationId = "listOrgUnits",
      summary = "List the units existing on a day, filtered and paged")
  PageResponse<OrgUnitResponse> list(
      @AsOfParameter @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf,
      @Parameter(description = "Only units of this kind", example = "SCHOOL")
          @RequestParam(required = false)
          OrgUnitKind kind,
      @Parameter(description = "Only units directly under this one", example = "X11311")
          @RequestParam(required = false)
          @Size(max = 32)
          String parentCode,
      @Parameter(description = "Only units below this one, at any depth", example = "X11311")
          @RequestParam(required = false)
          @Size(max = 32)
          String withinCode,
      @Parameter(description = "Search in names, with or without diacritics", example = "hong bang")
          @RequestParam(required = false)
          @Size(max = 200)
          String q,
      @Parameter(description = "Page, from 0", example = "0") @RequestParam(defaultValue = "0")
          int page,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @RequestParam(defaultValue = "50")
          int size) {
    PageRequest request = PageRequest.of(page, size);
    OrgTreeSnapshot snapshot = directory.snapshotOn(dayOf(asOf));
    String needle = q == null || q.isBlank() ? null : fold(q);
    List<OrgUnit> matching =
        snapshot.units().stream()
            .filter(u -> kind == null || u.kind() == kind)
            .filter(
                u ->
                    parentCode == null
                        || parentCode.equals(snapshot.parentOf(u.code()).orElse(null)))
            .filter(u -> withinCode == null || snapshot.isWithin(u.code(), withinCode))
            .filter(
                u ->
                    needle == null
                        || fold(u.name()).contains(needle)
                        || u.code()
                            .toUpperCase(Locale.ROOT)
                            .contains(q.strip().toUpperCase(Locale.ROOT)))
            .sorted(Comparator.comparing(OrgUnit::code))
            .toList();
    return PageResponse.of(matching, request, u -> OrgUnitResponse.of(u, snapshot));
  }

  @GetMapping(value = "/tree", produces = MediaType.APPLICATION_JSON_VALUE)
  @Authenticated
  @Operation(
      operationId = "getOrgTree",
      summary = "The tree on a day, from the root or from one unit")
  @ApiResponse(
      responseCode = "200",
      description = "The tree; its ETag changes only when the tree of that day changes",
      content = @Content(schema = @Schema(implementation = OrgTreeResponse.class)))
  @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  ResponseEntity<byte[]> tree(
      @AsOfParameter @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf,
      @Parameter(description = "Start from this unit instead of the root", example = "X11311")
          @RequestParam(required = false)
          @Size(max = 32)
          String rootCode,
      @Parameter(
              description = "ETag of a tree read before",
              example = "\"1f0c5a77e2b94c31d8e0a6b2c4f9e013\"")
          @RequestHeader(name = "If-None-Match", required = false)
          @Size(max = 1000)
          String ifNoneMatch) {
    OrgTreeSnapshot snapshot = directory.snapshotOn(dayOf(asOf));
    if (rootCode != null && snapshot.unit(rootCode).isEmpty()) {
      throw notFound(rootCode);
    }
    TreeDocuments.Document document =
        treeDocuments.of(snapshot, rootCode, () -> treeOf(snapshot, rootCode));
    if (TreeDocuments.matches(ifNoneMatch, document)) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(document.etag()).build();
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .eTag(document.etag())
        .body(document.json());
  }

  private static OrgTreeResponse treeOf(OrgTreeSnapshot snapshot, String rootCode) {
    List<OrgUnit> roots =
        rootCode == null ? snapshot.roots() : List.of(snapshot.unit(rootCode).orElseThrow());
    List<OrgTreeNodeResponse> nodes = new ArrayList<>();
    int[] count = {0};
    for (OrgUnit root : roots) {
      nodes.add(node(snapshot, root, count));
    }
    return new OrgTreeResponse(snapshot.date(), count[0], nodes);
  }

  @GetMapping("/{code}")
  @Authenticated
  @Operation(
      operationId = "getOrgUnit",
      summary = "One unit, its place in the tree on a day, and its history")
  OrgUnitDetailResponse get(
      @Parameter(description = "Unit code", example = "S311002") @PathVariable @Size(max = 32)
          String code,
      @AsOfParameter @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    OrgUnit unit = directory.unit(code).orElseThrow(() -> notFound(code));
    OrgTreeSnapshot snapshot = directory.snapshotOn(dayOf(asOf));
    return new OrgUnitDetailResponse(
        snapshot.date(),
        OrgUnitResponse.of(unit, snapshot),
        snapshot.ancestorsOf(code),
        snapshot.childrenOf(code),
        directory.history(code).stream().map(ParentLinkResponse::of).toList());
  }

  @PostMapping
  @DepartmentAdmin
  @Operation(operationId = "createOrgUnit", summary = "Add a unit")
  @ApiResponse(
      responseCode = "201",
      description = "The unit, added; Location names it",
      useReturnTypeSchema = true)
  ResponseEntity<OrgUnitResponse> create(@Valid @RequestBody CreateOrgUnitRequest request) {
    OrgUnit created =
        changes.create(
            new OrgUnitCommands.CreateOrgUnit(
                request.code(),
                request.name(),
                request.kind(),
                request.schoolLevel(),
                request.ownership(),
                request.administrativeCode(),
                request.parentCode(),
                request.validFrom()));
    return ResponseEntity.created(URI.create("/api/v1/org-units/" + created.code()))
        .body(OrgUnitResponse.of(created, request.parentCode()));
  }

  @PatchMapping("/{code}")
  @DepartmentAdmin
  @Operation(
      operationId = "updateOrgUnit",
      summary = "Change what describes a unit (name, level, ownership, national code)")
  OrgUnitResponse update(
      @UnitCodeParameter @PathVariable String code,
      ExpectedRevision expected,
      @Valid @RequestBody UpdateOrgUnitRequest request) {
    OrgUnit updated =
        changes.describe(
            new OrgUnitCommands.DescribeOrgUnit(
                code,
                request.name(),
                request.schoolLevel(),
                request.ownership(),
                request.administrativeCode(),
                expected));
    return OrgUnitResponse.of(updated, directory.snapshotOn(today()).parentOf(code).orElse(null));
  }

  @PostMapping("/{code}/moves")
  @DepartmentAdmin
  @Operation(
      operationId = "moveOrgUnit",
      summary = "Put a unit under another parent from a date on")
  OrgUnitResponse move(
      @UnitCodeParameter @PathVariable String code,
      @Valid @RequestBody MoveOrgUnitRequest request) {
    OrgUnit moved =
        changes.move(
            new OrgUnitCommands.MoveOrgUnit(code, request.parentCode(), request.effectiveFrom()));
    return OrgUnitResponse.of(moved, request.parentCode());
  }

  @PostMapping("/merges")
  @DepartmentAdmin
  @Operation(
      operationId = "mergeOrgUnits",
      summary = "Merge units into one; their units below move to it")
  MergeResponse merge(@Valid @RequestBody MergeOrgUnitsRequest request) {
    DirectoryChange change =
        changes.merge(
            new OrgUnitCommands.MergeOrgUnits(
                request.sourceCodes(), request.targetCode(), request.effectiveFrom()));
    return new MergeResponse(codesOf(change, ChangeType.MERGED), codesOf(change, ChangeType.MOVED));
  }

  @PostMapping("/{code}/closure")
  @DepartmentAdmin
  @Operation(operationId = "closeOrgUnit", summary = "Close a unit after its last day")
  OrgUnitResponse close(
      @UnitCodeParameter @PathVariable String code,
      @Valid @RequestBody CloseOrgUnitRequest request) {
    OrgUnit closed = changes.close(new OrgUnitCommands.CloseOrgUnit(code, request.lastDay()));
    return OrgUnitResponse.of(closed, (String) null);
  }

  private static List<String> codesOf(DirectoryChange change, ChangeType type) {
    return change.units().stream().filter(c -> c.type() == type).map(c -> c.unit().code()).toList();
  }

  private static OrgTreeNodeResponse node(OrgTreeSnapshot snapshot, OrgUnit unit, int[] count) {
    count[0]++;
    List<OrgTreeNodeResponse> children = new ArrayList<>();
    for (String child : snapshot.childrenOf(unit.code())) {
      children.add(node(snapshot, snapshot.unit(child).orElseThrow(), count));
    }
    return new OrgTreeNodeResponse(
        unit.code(), unit.name(), unit.kind(), unit.schoolLevel(), children);
  }

  private LocalDate dayOf(LocalDate asOf) {
    return asOf != null ? asOf : today();
  }

  private LocalDate today() {
    return PlatformTime.today(clock);
  }

  private static NotFound notFound(String code) {
    return new NotFound("org-unit-not-found", code);
  }

  /** Lower case without diacritics: "Hồng Bàng" and "hong bang" match. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).strip();
  }
}
