package vn.edu.platform.studentrecord.student.adapter.in.web;

import static vn.edu.platform.studentrecord.student.adapter.in.web.StudentController.BASE;
import static vn.edu.platform.studentrecord.student.adapter.in.web.StudentController.STUDENT_CODE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentRequests.EnrolRequest;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentRequests.TransferRequest;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentResponses.EnrolmentResponse;
import vn.edu.platform.studentrecord.student.adapter.in.web.StudentResponses.TransferResponse;
import vn.edu.platform.studentrecord.student.application.port.in.ManageEnrolmentsUseCase;
import vn.edu.platform.studentrecord.student.application.port.in.StudentCommands;

/**
 * Enrolments in a class (xếp lớp) and transfers between schools (chuyển trường), by the
 * administrator or principal of the school holding the student's file; both land in the student's
 * history and are announced on {@code edu.student-record.student.v1}.
 */
@RestController
@RequestMapping(BASE + "/" + STUDENT_CODE)
@Tag(
    name = "Enrolments and transfers",
    description = "A student's enrolments in classes and transfers between schools")
class EnrolmentController {

  private final ManageEnrolmentsUseCase enrolments;
  private final StudentCallers callers;

  EnrolmentController(ManageEnrolmentsUseCase enrolments, StudentCallers callers) {
    this.enrolments = enrolments;
    this.callers = callers;
  }

  @PostMapping("/enrolments")
  @SchoolHeads
  @Operation(
      operationId = "enrolStudent",
      summary = "Enrol a student in a class of the school holding the file",
      description =
          "One open enrolment per student and school year: a class of the same school and year"
              + " ends the open enrolment the day before startDate (a move between classes); the"
              + " same class again answers 409 already-enrolled-in-class. After a transfer within"
              + " the province the receiving school enrols the student (from after the last day"
              + " at the sending school) and takes the transfer up. The class must be the"
              + " school's (422 /classId unknown-class), the day within its school year (422"
              + " /startDate outside-school-year). Another school's student: 404"
              + " student-not-found. Announced as StudentEnrolled; audited.")
  @ApiResponse(
      responseCode = "201",
      description = "The new enrolment; Location names the student's history",
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "409",
      description =
          "already-enrolled-in-class, enrolled-in-another-school; or a request with the same"
              + " Idempotency-Key is still running")
  ResponseEntity<EnrolmentResponse> enrol(
      @StudentCodeParameter @PathVariable String studentCode,
      @Valid @RequestBody EnrolRequest request) {
    var enrolled =
        enrolments.enrol(
            callers.current(),
            new StudentCommands.Enrol(studentCode, request.classId(), request.startDate()));
    return ResponseEntity.created(URI.create(BASE + "/" + studentCode + "/history"))
        .body(EnrolmentResponse.of(enrolled));
  }

  @PostMapping("/transfers")
  @SchoolHeads
  @Operation(
      operationId = "transferStudent",
      summary = "Transfer a student to another school of the province or out of it",
      description =
          "The school holding the file ends the student's current enrolment (its open"
              + " enrolment of the latest year; 409 no-current-enrolment without one) after the"
              + " last day. To a school of the province (toSchoolCode, a school of the"
              + " organisation tree): the file moves there, the receiving school reads the"
              + " student and enrols them, the sending school no longer reads them. Out of the"
              + " province (destinationOutsideProvince): the file stays. One destination, and a"
              + " reason (422 student-rule). Announced as StudentTransferred (without the reason"
              + " or a destination outside the province); audited.")
  @ApiResponse(
      responseCode = "201",
      description = "The transfer; Location names the student's history",
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "409",
      description =
          "no-current-enrolment; or a request with the same Idempotency-Key is still running")
  ResponseEntity<TransferResponse> transfer(
      @StudentCodeParameter @PathVariable String studentCode,
      @Valid @RequestBody TransferRequest request) {
    var transfer =
        enrolments.transfer(
            callers.current(),
            new StudentCommands.Transfer(
                studentCode,
                request.date(),
                request.reason(),
                request.toSchoolCode(),
                request.destinationOutsideProvince()));
    return ResponseEntity.created(URI.create(BASE + "/" + studentCode + "/history"))
        .body(TransferResponse.of(transfer));
  }
}
