package vn.edu.platform.studentrecord.student.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.starter.security.AnyStaffOrGovernment;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentRequests.CreateClassRequest;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentRequests.HomeroomTeacherRequest;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentResponses.ClassResponse;
import vn.edu.platform.studentrecord.student.application.port.in.ManageClassesUseCase;
import vn.edu.platform.studentrecord.student.application.port.in.ReadStudentsQuery;
import vn.edu.platform.studentrecord.student.application.port.in.StudentCommands;
import vn.edu.platform.studentrecord.student.domain.SchoolClass;

/**
 * The classes (lớp) of a school in a school year and their homeroom teachers: opened and handed
 * over by the school's administrator or principal, read by its staff, its commune, the department
 * and entitled government systems.
 */
@RestController
@RequestMapping(ClassController.BASE)
@Tag(name = "Classes", description = "A school's classes of a school year")
class ClassController {

  static final String BASE = "/api/v1/student-records/classes";
  static final String CLASS_ID = "{classId:[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}}";

  private final ManageClassesUseCase classes;
  private final ReadStudentsQuery queries;
  private final StudentCallers callers;

  ClassController(ManageClassesUseCase classes, ReadStudentsQuery queries, StudentCallers callers) {
    this.classes = classes;
    this.queries = queries;
    this.callers = callers;
  }

  @PostMapping
  @SchoolHeads
  @Operation(
      operationId = "createClass",
      summary = "Open a class of the caller's school for a school year",
      description =
          "Grade 1-12, a name unique in the school and year (409 class-exists with the class's"
              + " id), the school year written 2025-2026 (422 /schoolYear school-year-format when"
              + " the second year is not the first plus one), an optional homeroom teacher's"
              + " login. Audited.")
  @ApiResponse(
      responseCode = "201",
      description = "The class; Location names it",
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "409",
      description = "class-exists; or a request with the same Idempotency-Key is still running")
  ResponseEntity<ClassResponse> create(@Valid @RequestBody CreateClassRequest request) {
    SchoolClass created =
        classes.create(
            callers.current(),
            new StudentCommands.CreateClass(
                request.schoolCode(),
                request.schoolYear(),
                request.grade(),
                request.name(),
                request.homeroomTeacher()));
    return ResponseEntity.created(URI.create(BASE + "/" + created.id()))
        .body(ClassResponse.of(created));
  }

  @GetMapping
  @AnyStaffOrGovernment
  @Operation(
      operationId = "listClasses",
      summary = "A school's classes of a school year, by grade and name",
      description =
          "403 forbidden-org-unit for a school outside the caller's scope (its staff, its"
              + " commune, the department, government systems with province-read).")
  List<ClassResponse> list(
      @Parameter(description = "The school", example = "S311002")
          @RequestParam
          @NotBlank
          @Size(max = 32)
          @Pattern(regexp = StudentRequests.CODE)
          String schoolCode,
      @Parameter(description = "The school year", example = "2025-2026")
          @RequestParam
          @NotBlank
          @Size(max = 9)
          @Pattern(regexp = StudentRequests.SCHOOL_YEAR)
          String schoolYear) {
    return queries.classes(callers.current(), schoolCode, schoolYear).stream()
        .map(ClassResponse::of)
        .toList();
  }

  @GetMapping("/" + CLASS_ID)
  @AnyStaffOrGovernment
  @Operation(
      operationId = "getClass",
      summary = "One class",
      description =
          "404 class-not-found for an unknown id or a class of a school outside the caller's"
              + " scope; ETag = revision.")
  ClassResponse get(@ClassIdParameter @PathVariable UUID classId) {
    return ClassResponse.of(queries.schoolClass(callers.current(), classId));
  }

  @PutMapping("/" + CLASS_ID + "/homeroom-teacher")
  @SchoolHeads
  @Operation(
      operationId = "changeHomeroomTeacher",
      summary = "Hand a class to another homeroom teacher",
      description =
          "The homeroom teacher (giáo viên chủ nhiệm) is named by their login in the realm; the"
              + " teacher the class has already answers 409 homeroom-teacher-unchanged. If-Match"
              + " with the class's ETag (412 when stale). Audited.")
  @ApiResponse(
      responseCode = "200",
      description = "The class; ETag = its new revision",
      useReturnTypeSchema = true)
  ClassResponse changeHomeroomTeacher(
      @ClassIdParameter @PathVariable UUID classId,
      ExpectedRevision expected,
      @Valid @RequestBody HomeroomTeacherRequest request) {
    return ClassResponse.of(
        classes.changeHomeroomTeacher(
            callers.current(),
            new StudentCommands.ChangeHomeroomTeacher(classId, request.login(), expected)));
  }
}
