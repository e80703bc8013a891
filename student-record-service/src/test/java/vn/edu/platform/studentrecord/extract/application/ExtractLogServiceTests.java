package vn.edu.platform.studentrecord.extract.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.studentrecord.extract.application.port.in.IssueExtractUseCase.IssueExtract;
import vn.edu.platform.studentrecord.extract.domain.Extract;
import vn.edu.platform.studentrecord.extract.domain.ExtractNumber;
import vn.edu.platform.studentrecord.extract.fixtures.Actors;
import vn.edu.platform.studentrecord.extract.fixtures.ExtractedRecords;

/** The log of a record's extracts: the owning school's staff and the department. */
class ExtractLogServiceTests {

  private static final UUID RECORD = ExtractedRecords.RECORD_ID;
  private static final String SCHOOL = ExtractedRecords.SCHOOL;

  private final ExtractFakes.Records records =
      new ExtractFakes.Records()
          .with(ExtractedRecords.lockedGrade9())
          .hiddenFrom(RECORD, "S311003");
  private final ExtractFakes.Repository repository = new ExtractFakes.Repository();
  private final IssueExtractService issuing =
      new IssueExtractService(
          records,
          repository,
          new ExtractFakes.Renderer(),
          new ExtractFakes.Seal(),
          new ExtractFakes.Events(),
          new ExtractFakes.Audit(),
          ExtractFakes.CLOCK,
          ExtractFakes.PUBLIC_URL);
  private final ExtractLogService log = new ExtractLogService(records, repository);

  private Extract issue(String purpose) {
    return issuing
        .issue(new IssueExtract(Actors.guardian(), "subject-guardian", RECORD, purpose))
        .extract();
  }

  @Test
  void theSchoolsStaffAndTheDepartmentReadTheLogOldestFirst() {
    Extract first = issue("Nộp hồ sơ tuyển sinh lớp 10");
    Extract second = issue("Hồ sơ chuyển trường");

    assertThat(log.extracts(Actors.teacher(SCHOOL), RECORD)).containsExactly(first, second);
    assertThat(log.extracts(Actors.departmentOfficer(), RECORD)).containsExactly(first, second);
    assertThat(log.extract(Actors.principal(SCHOOL), RECORD, second.number())).isEqualTo(second);
  }

  @Test
  void aGuardianOrAGovernmentSystemWhoReadsTheRecordIsRefusedItsLog() {
    issue("Nộp hồ sơ tuyển sinh lớp 10");

    assertThatThrownBy(() -> log.extracts(Actors.guardian(), RECORD))
        .isInstanceOf(AccessDenied.class)
        .hasFieldOrPropertyWithValue("unitCode", SCHOOL);
    assertThatThrownBy(() -> log.extracts(Actors.governmentSystem(), RECORD))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void anotherSchoolsStaffDoNotFindTheRecord() {
    assertThatThrownBy(() -> log.extracts(Actors.principal("S311003"), RECORD))
        .isInstanceOf(NotFound.class)
        .hasFieldOrPropertyWithValue("code", "record-not-found");
  }

  @Test
  void aNumberTheRecordHasNoExtractOfIsNotFound() {
    issue("Nộp hồ sơ tuyển sinh lớp 10");

    assertThatThrownBy(
            () ->
                log.extract(
                    Actors.principal(SCHOOL), RECORD, ExtractNumber.of(SCHOOL, "2025-2026", 99)))
        .isInstanceOf(NotFound.class)
        .hasFieldOrPropertyWithValue("code", "extract-not-found");
  }
}
