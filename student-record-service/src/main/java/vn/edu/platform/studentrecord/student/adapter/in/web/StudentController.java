package vn.edu.platform.studentrecord.student.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.starter.security.AnyStaffOrGovernment;
import vn.edu.platform.starter.web.paging.PageRequest;
import vn.edu.platform.starter.web.paging.PageResponse;
import vn.edu.platform.starter.web.problem.ApiProblemException;
import vn.edu.platform.starter.web.problem.FieldViolation;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentRequests.CorrectIdentityRequest;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentRequests.RegisterStudentRequest;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentRequests.SensitiveDataRequest;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentResponses.HistoryResponse;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentResponses.SensitiveDataResponse;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentResponses.StudentResponse;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentResponses.StudentSummaryResponse;
import vn.edu.platform.studentrecord.student.application.port.in.ManageStudentsUseCase;
import vn.edu.platform.studentrecord.student.application.port.in.ReadStudentsQuery;
import vn.edu.platform.studentrecord.student.application.port.in.Slice;
import vn.edu.platform.studentrecord.student.application.port.in.StudentCommands;
import vn.edu.platform.studentrecord.student.application.port.in.StudentFilter;
import vn.edu.platform.studentrecord.student.application.port.in.StudentSummary;
import vn.edu.platform.studentrecord.student.domain.Student;

/**
 * The province's students: registered by a school under the sector's student code, their identity
 * read by the school holding the file, its commune, the department and entitled government systems
 * (and by a linked guardian), corrected by the school's administrator or principal; their sensitive
 * data in a sub-resource of its own; their school history.
 */
@RestController
@RequestMapping("/api/v1/student-records/students")
@Tag(
    name = "Students",
    description =
        "Students (học sinh) under the sector's student code, their identity, sensitive data and"
            + " school history")
class StudentController {

  static final String BASE = "/api/v1/student-records/students";
  static final String STUDENT_CODE = "{studentCode:[0-9]{10}}";

  private final ManageStudentsUseCase students;
  private final ReadStudentsQuery queries;
  private final StudentCallers callers;

  StudentController(
      ManageStudentsUseCase students, ReadStudentsQuery queries, StudentCallers callers) {
    this.students = students;
    this.queries = queries;
    this.callers = callers;
  }

  @PostMapping
  @SchoolHeads
  @Operation(
      operationId = "registerStudent",
      summary = "Register a student with the caller's school",
      description =
          "The school's administrator or principal registers a student under the student code"
              + " of the sector database (10 digits, never changed). The identity's rules answer"
              + " 422 student-rule at their field: date of birth from 1990-01-01 to today, the"
              + " personal identification number's structure against the date of birth and sex."
              + " A code registered already answers 409 student-exists, a personal"
              + " identification number another student has 409 personal-id-taken. Audited.")
  @ApiResponse(
      responseCode = "201",
      description = "The student; Location names it, ETag = revision",
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "409",
      description =
          "student-exists or personal-id-taken; or a request with the same Idempotency-Key is"
              + " still running")
  ResponseEntity<StudentResponse> register(@Valid @RequestBody RegisterStudentRequest request) {
    Student registered =
        students.register(
            callers.current(),
            new StudentCommands.RegisterStudent(
                request.studentCode(),
                request.schoolCode(),
                request.fullName(),
                request.dateOfBirth(),
                request.placeOfBirth(),
                request.sex(),
                request.personalId(),
                Boolean.TRUE.equals(request.personalIdVerified())));
    return ResponseEntity.created(URI.create(BASE + "/" + registered.studentCode()))
        .body(StudentResponse.of(registered));
  }

  @GetMapping
  @AnyStaffOrGovernment
  @Operation(
      operationId = "searchStudents",
      summary = "Search the students of a school, in class-list order",
      description =
          "By the school holding their file (school staff: their own school, the default; a"
              + " commune officer one of the commune's schools, named; the department and"
              + " government systems with province-read any, or the whole province without"
              + " schoolCode), then by the open enrolment there in a school year, class or"
              + " grade, and by words of the name with or without diacritics. Ordered by given"
              + " name, then full name. 403 forbidden-org-unit for a school outside the caller's"
              + " scope. Reads from outside the school are audited, one entry per student"
              + " shown.")
  PageResponse<StudentSummaryResponse> search(
      @Parameter(
              description =
                  "The school holding the students' files; required unless the caller"
                      + " is school staff (own school) or reads the whole province",
              example = "S311002")
          @RequestParam(required = false)
          @Size(max = 32)
          @Pattern(regexp = StudentRequests.CODE)
          String schoolCode,
      @Parameter(description = "Only those enrolled in this school year", example = "2025-2026")
          @RequestParam(required = false)
          @Size(max = 9)
          @Pattern(regexp = StudentRequests.SCHOOL_YEAR)
          String schoolYear,
      @Parameter(
              description = "Only those enrolled in this class",
              example = "7e6f5a4b-3c2d-4e1f-9a8b-7c6d5e4f3a2b")
          @RequestParam(required = false)
          UUID classId,
      @Parameter(description = "Only those enrolled in this grade, 1-12", example = "5")
          @RequestParam(required = false)
          @Min(1)
          @Max(12)
          Integer grade,
      @Parameter(
              description = "Words of the full name, anywhere in it, with or without diacritics",
              example = "nguyen anh")
          @RequestParam(required = false)
          @Size(max = 100)
          String name,
      @Parameter(description = "Page, from 0", example = "0") @RequestParam(defaultValue = "0")
          int page,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @RequestParam(defaultValue = "50")
          int size) {
    PageRequest paging = PageRequest.of(page, size);
    var requester = callers.current();
    String school = blankToNull(schoolCode);
    if (school == null) {
      school = callers.ownSchool().orElse(null);
    }
    if (school == null && !requester.provinceWide()) {
      throw ApiProblemException.invalid(
          List.of(
              FieldViolation.ofPointer(
                  "schoolCode", "required", "Name the school whose students to list")));
    }
    Slice<StudentSummary> found =
        queries.search(
            requester,
            new StudentFilter(school, blankToNull(schoolYear), classId, grade, blankToNull(name)),
            page * size,
            size);
    long pages = (found.total() + size - 1) / size;
    return new PageResponse<>(
        found.items().stream().map(StudentSummaryResponse::of).toList(),
        paging.page(),
        paging.size(),
        found.total(),
        pages);
  }

  @GetMapping("/" + STUDENT_CODE)
  @StudentReaders
  @Operation(
      operationId = "getStudent",
      summary = "A student's identity",
      description =
          "The school holding the file, its commune, the department, government systems with"
              + " province-read; a citizen whose login the school linked to a guardian of the"
              + " student. Anyone else, and an unknown code, get 404 student-not-found. Never"
              + " the sensitive data (see /sensitive). Reads from outside the school are audited."
              + " ETag = revision.")
  StudentResponse get(@StudentCodeParameter @PathVariable String studentCode) {
    return StudentResponse.of(queries.student(callers.current(), studentCode));
  }

  @PatchMapping("/" + STUDENT_CODE)
  @SchoolHeads
  @Operation(
      operationId = "updateStudentIdentity",
      summary = "Correct a student's identity",
      description =
          "The administrator or principal of the school holding the file (teachers may not);"
              + " absent fields stay. The same rules as on registration (422 student-rule); a new"
              + " personal identification number is not verified unless personalIdVerified says"
              + " so. The student code never changes. If-Match with the student's ETag (412 when"
              + " stale). Audited.")
  @ApiResponse(
      responseCode = "200",
      description = "The corrected identity; ETag = its new revision",
      useReturnTypeSchema = true)
  StudentResponse correct(
      @StudentCodeParameter @PathVariable String studentCode,
      ExpectedRevision expected,
      @Valid @RequestBody CorrectIdentityRequest request) {
    return StudentResponse.of(
        students.correctIdentity(
            callers.current(),
            new StudentCommands.CorrectIdentity(
                studentCode,
                request.fullName(),
                request.dateOfBirth(),
                request.placeOfBirth(),
                request.sex(),
                request.personalId(),
                request.personalIdVerified(),
                expected)));
  }

  @GetMapping("/" + STUDENT_CODE + "/sensitive")
  @SensitiveReaders
  @Operation(
      operationId = "getStudentSensitiveData",
      summary = "A student's sensitive data: ethnic group and disability",
      description =
          "Sensitive personal data (Law 91/2025/QH15): the administrator and principal of the"
              + " school holding the file and the department's staff only; teachers, communes,"
              + " government systems and citizens are refused (403). Reads by the department are"
              + " audited. ETag = its own revision (0 before anything was recorded).")
  SensitiveDataResponse sensitive(@StudentCodeParameter @PathVariable String studentCode) {
    return SensitiveDataResponse.of(queries.sensitiveData(callers.current(), studentCode));
  }

  @PutMapping("/" + STUDENT_CODE + "/sensitive")
  @SchoolHeads
  @Operation(
      operationId = "setStudentSensitiveData",
      summary = "Record a student's sensitive data",
      description =
          "Replaces it as a whole (null values record none). The ethnic group is a code 01-54;"
              + " a disability has a kind and a level, both or neither (422 student-rule). If-Match"
              + " with its ETag, \"0\" before anything was recorded (412 when stale). Audited.")
  @ApiResponse(
      responseCode = "200",
      description = "The recorded data; ETag = its new revision",
      useReturnTypeSchema = true)
  SensitiveDataResponse setSensitive(
      @StudentCodeParameter @PathVariable String studentCode,
      ExpectedRevision expected,
      @Valid @RequestBody SensitiveDataRequest request) {
    return SensitiveDataResponse.of(
        students.setSensitiveData(
            callers.current(),
            new StudentCommands.SetSensitiveData(
                studentCode,
                request.ethnicityCode(),
                request.disabilityKind(),
                request.disabilityLevel(),
                expected)));
  }

  @GetMapping("/" + STUDENT_CODE + "/history")
  @AnyStaffOrGovernment
  @Operation(
      operationId = "getStudentHistory",
      summary = "A student's school career in the province",
      description =
          "Every enrolment (ended ones too) and transfer, oldest first, read by the school"
              + " holding the file now (after a transfer: the receiving school), its commune, the"
              + " department and government systems with province-read; 404 student-not-found"
              + " otherwise. Reads from outside the school are audited.")
  HistoryResponse history(@StudentCodeParameter @PathVariable String studentCode) {
    return HistoryResponse.of(queries.history(callers.current(), studentCode));
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
