package vn.edu.platform.starter.testapp.kernel;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.kernel.AlreadyExists;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.starter.security.AnyStaff;
import vn.edu.platform.starter.security.Authenticated;
import vn.edu.platform.starter.security.Caller;
import vn.edu.platform.starter.security.CurrentCaller;
import vn.edu.platform.starter.security.DepartmentOnly;
import vn.edu.platform.starter.security.OrgScope;
import vn.edu.platform.starter.web.conditional.IfMatch;
import vn.edu.platform.starter.web.conditional.Revisioned;
import vn.edu.platform.starter.web.text.SingleLineText;

/**
 * Handlers written the way the shared kernel lets a service write them: meta-annotated roles,
 * kernel exceptions without an advice, {@link ExpectedRevision} parameters and {@link Revisioned}
 * bodies. Hidden from the OpenAPI document, which stays the committed contract of the notes
 * feature.
 */
@Hidden
@RestController
@RequestMapping("/api/v1/test/kernel")
class KernelController {

  /** The revision every document of this fixture is at. */
  static final long CURRENT_REVISION = 3;

  record CreateUnit(
      @NotBlank @Size(max = 16) @SingleLineText String code,
      @NotBlank @Size(max = 200) @SingleLineText String name,
      String description,
      List<String> tags,
      Map<String, Object> extra) {}

  record UnitView(String code, String name, String description) {}

  record DocView(String id, long revision) implements Revisioned {}

  @PostMapping("/units")
  @DepartmentOnly
  @ResponseStatus(HttpStatus.CREATED)
  UnitView createUnit(@Valid @RequestBody CreateUnit command) {
    if (command.code().equals("EXISTS")) {
      throw new AlreadyExists(
          "unit-exists", List.of(Violation.at("/code", "duplicate-code")), command.code());
    }
    return new UnitView(command.code(), command.name(), command.description());
  }

  @GetMapping("/problems/{kind}")
  @Authenticated
  void fail(@PathVariable String kind) {
    switch (kind) {
      case "rule" ->
          throw new RuleViolation(
              "plan-rule",
              List.of(
                  Violation.at("/deadline", "text-bidi-control", "U+202E", 4).under("/tasks/0"),
                  Violation.withMessage("/title", "title-taken", "another plan has this title")));
      case "state" -> throw new StateConflict("plan-closed", "plan 7 is closed");
      case "not-found" -> throw new NotFound("plan-not-found", "7");
      case "denied" -> throw new AccessDenied("S311012");
      case "stale" -> ExpectedRevision.of(1).verify("doc 7", CURRENT_REVISION);
      default -> throw new NotFound(NotFound.DEFAULT_CODE);
    }
  }

  @PatchMapping("/docs/{id}")
  @AnyStaff
  DocView update(@PathVariable String id, ExpectedRevision expected) {
    expected.verify("doc " + id, CURRENT_REVISION);
    return new DocView(id, CURRENT_REVISION + 1);
  }

  @PatchMapping("/docs/{id}/flags")
  @AnyStaff
  Map<String, Object> flag(
      @PathVariable String id, @IfMatch(required = false) ExpectedRevision expected) {
    expected.verify("doc " + id, CURRENT_REVISION);
    return Map.of("any", expected.isAny());
  }

  @GetMapping("/docs/{id}")
  @AnyStaff
  DocView read(@PathVariable String id) {
    return new DocView(id, CURRENT_REVISION);
  }

  private final CurrentCaller callers;
  private final OrgScope scope;

  KernelController(CurrentCaller callers, OrgScope scope) {
    this.callers = callers;
    this.scope = scope;
  }

  @GetMapping("/whoami")
  @Authenticated
  Map<String, Object> whoami() {
    Caller caller = callers.get();
    return Map.of(
        "department", scope.isDepartment(),
        "departmentUnitCode", scope.departmentUnitCode(),
        "departmentRole", caller.hasDepartmentRole(),
        "schoolRole", caller.hasSchoolRole(),
        "governmentSystem", caller.isGovernmentSystem());
  }

  @GetMapping("/echo/{name}")
  @Authenticated
  Map<String, String> echo(@PathVariable String name, @RequestParam(required = false) String q) {
    return Map.of("name", name, "q", q == null ? "" : q);
  }
}
