package vn.edu.platform.studentrecord.record.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.starter.security.Authenticated;
import vn.edu.platform.studentrecord.record.application.port.in.SubjectCatalogueQuery;
import vn.edu.platform.studentrecord.record.domain.catalogue.AssessmentKind;
import vn.edu.platform.studentrecord.record.domain.catalogue.GradeCurriculum;
import vn.edu.platform.studentrecord.record.domain.catalogue.SchoolLevel;
import vn.edu.platform.studentrecord.record.domain.catalogue.Subject;

/**
 * The subject catalogue, for the schools' software and the frontend: which subjects a grade's
 * record holds, how each is assessed and how many regular assessments a semester of it takes.
 */
@RestController
@RequestMapping("/api/v1/student-records/subject-catalogue")
@Tag(name = "Subject catalogue")
class SubjectCatalogueController {

  private final SubjectCatalogueQuery catalogue;

  SubjectCatalogueController(SubjectCatalogueQuery catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/grades/{grade}")
  @Authenticated
  @Operation(
      operationId = "getGradeCurriculum",
      summary = "The subjects of one grade and how each is assessed",
      description =
          "Any signed-in caller. 404 grade-not-in-catalogue for a grade the catalogue does not"
              + " have.")
  @ApiResponse(
      responseCode = "200",
      description = "The grade's subjects",
      useReturnTypeSchema = true)
  GradeCurriculumResponse grade(
      @Parameter(description = "Grade of general education, 1-12", example = "9")
          @PathVariable
          @Min(1)
          @Max(12)
          int grade) {
    return catalogue
        .catalogue()
        .grade(grade)
        .map(g -> GradeCurriculumResponse.of(catalogue.catalogue().version(), g))
        .orElseThrow(() -> new NotFound("grade-not-in-catalogue", grade));
  }

  @Schema(description = "The subjects of one grade in the subject catalogue")
  record GradeCurriculumResponse(
      @Schema(
              description = "The catalogue's version the records are checked against",
              example = "2018-gdpt-1")
          String catalogueVersion,
      @Schema(description = "Grade, 1-12", example = "9") int grade,
      @Schema(
              description =
                  "Level of the grade: PRIMARY (Circular 27/2020), LOWER_SECONDARY or"
                      + " UPPER_SECONDARY (Circular 22/2021)",
              example = "LOWER_SECONDARY")
          SchoolLevel level,
      @Schema(description = "The fewest elective subjects a record holds", example = "0")
          int minElectives,
      @Schema(description = "The most elective subjects a record holds", example = "0")
          int maxElectives,
      @Schema(description = "Compulsory and elective subjects, in the order of the record")
          List<SubjectResponse> subjects) {

    static GradeCurriculumResponse of(String version, GradeCurriculum grade) {
      return new GradeCurriculumResponse(
          version,
          grade.grade(),
          grade.level(),
          grade.minElectives(),
          grade.maxElectives(),
          grade.subjects().stream().map(SubjectResponse::of).toList());
    }
  }

  @Schema(description = "A subject or educational activity of a grade")
  record SubjectResponse(
      @Schema(description = "Stable subject code, the same in every grade", example = "toan")
          String code,
      @Schema(description = "Vietnamese name", example = "Toán") String name,
      @Schema(description = "Periods a year in the grade's curriculum", example = "140")
          int yearlyPeriods,
      @Schema(
              description =
                  "SCORED (comment plus 0-10 scores), COMMENT_ONLY (Đạt / Chưa đạt),"
                      + " PRIMARY_LEVEL_AND_TEST (level plus a whole-number test),"
                      + " PRIMARY_LEVEL (level only)",
              example = "SCORED")
          AssessmentKind kind,
      @Schema(description = "Whether the student chooses it", example = "false") boolean elective,
      @Schema(
              description =
                  "Regular assessments (ĐĐGtx) per semester: 2 up to 35 periods a year, 3 for"
                      + " 36-70, 4 above 70; 0 when not scored",
              example = "4")
          int regularAssessmentsPerSemester) {

    static SubjectResponse of(Subject subject) {
      return new SubjectResponse(
          subject.code(),
          subject.name(),
          subject.yearlyPeriods(),
          subject.kind(),
          subject.elective(),
          subject.regularAssessmentsPerSemester());
    }
  }
}
