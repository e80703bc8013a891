package vn.edu.platform.studentrecord.record.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;
import vn.edu.platform.studentrecord.record.application.port.in.EnterGradeSheetUseCase;
import vn.edu.platform.studentrecord.record.application.port.in.EnterPrimaryGradeSheetUseCase;
import vn.edu.platform.studentrecord.record.application.port.in.RecordCommands;
import vn.edu.platform.studentrecord.record.application.port.in.RecordCommands.StudentContent;
import vn.edu.platform.studentrecord.record.application.port.in.SubjectCatalogueQuery;
import vn.edu.platform.studentrecord.record.application.port.in.SubmitRecordsUseCase;
import vn.edu.platform.studentrecord.record.application.port.out.SchoolRecordRepository;
import vn.edu.platform.studentrecord.record.domain.Changes;
import vn.edu.platform.studentrecord.record.domain.Placement;
import vn.edu.platform.studentrecord.record.domain.RecordContent;
import vn.edu.platform.studentrecord.record.domain.RecordEvent;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.record.domain.assessment.CommentSemester;
import vn.edu.platform.studentrecord.record.domain.assessment.CompetenceLevel;
import vn.edu.platform.studentrecord.record.domain.assessment.Competency;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimarySubjectAssessment;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimaryYearContent;
import vn.edu.platform.studentrecord.record.domain.assessment.Quality;
import vn.edu.platform.studentrecord.record.domain.assessment.ScoredSemester;
import vn.edu.platform.studentrecord.record.domain.assessment.SecondarySubjectAssessment;
import vn.edu.platform.studentrecord.record.domain.assessment.SecondaryYearContent;
import vn.edu.platform.studentrecord.record.domain.assessment.SemesterAssessment;
import vn.edu.platform.studentrecord.record.domain.catalogue.GradeCurriculum;
import vn.edu.platform.studentrecord.student.application.port.in.ClassView;
import vn.edu.platform.studentrecord.student.application.port.in.EnrolmentQuery;
import vn.edu.platform.studentrecord.student.application.port.in.EnrolmentView;

/**
 * Entering records. The student's enrolment of the year says which school owns the record, its
 * grade (hence the curriculum the content is checked against), class and homeroom teacher. A bulk
 * submission is one class or one school, checked as a whole before anything is stored: every
 * refused value of every record is reported at once ({@code /records/<i>/content/...}), and either
 * all records are stored or none.
 */
@Service
class RecordSubmissionService
    implements SubmitRecordsUseCase, EnterGradeSheetUseCase, EnterPrimaryGradeSheetUseCase {

  private final SchoolRecordRepository records;
  private final EnrolmentQuery enrolments;
  private final SubjectCatalogueQuery catalogue;
  private final RecordAccess access;
  private final RecordChanges changes;
  private final Clock clock;

  RecordSubmissionService(
      SchoolRecordRepository records,
      EnrolmentQuery enrolments,
      SubjectCatalogueQuery catalogue,
      RecordAccess access,
      RecordChanges changes,
      Clock clock) {
    this.records = records;
    this.enrolments = enrolments;
    this.catalogue = catalogue;
    this.access = access;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Submitted submit(RecordCommands.SubmitRecord c) {
    EnrolmentView enrolment =
        enrolments
            .enrolment(c.studentCode(), c.schoolYear())
            .orElseThrow(() -> new NotFound("student-not-enrolled", c.studentCode()));
    Placement placement = placementOf(enrolment);
    access.requireWrite(c.actor(), placement, c.studentCode());
    Submitted submitted = apply(enrolment, placement, c.content(), clock.instant());
    return submitted;
  }

  @Override
  @Transactional
  public List<Submitted> submitInBulk(RecordCommands.SubmitRecordsInBulk c) {
    List<EnrolmentView> enrolled;
    String schoolCode;
    if (c.classId() != null) {
      ClassView schoolClass =
          enrolments
              .schoolClass(c.classId())
              .filter(k -> k.schoolYear().equals(c.schoolYear()))
              .orElseThrow(() -> new NotFound("class-not-found", c.classId()));
      access.requireWrite(
          c.actor(),
          new Placement(
              schoolClass.schoolCode(),
              schoolClass.grade(),
              schoolClass.id(),
              schoolClass.name(),
              schoolClass.homeroomTeacher()),
          schoolClass.name());
      schoolCode = schoolClass.schoolCode();
      enrolled = enrolments.enrolmentsOfClass(c.classId());
    } else {
      schoolCode = c.schoolCode();
      if (schoolCode == null || !c.actor().worksAt(schoolCode)) {
        throw new NotFound("school-not-found", String.valueOf(schoolCode));
      }
      if (!c.actor().is(Actor.Capacity.SCHOOL_ADMIN) && !c.actor().is(Actor.Capacity.PRINCIPAL)) {
        throw new AccessDenied(schoolCode);
      }
      enrolled = enrolments.enrolmentsOfSchool(schoolCode, c.schoolYear());
    }
    Map<String, EnrolmentView> byStudent = new HashMap<>();
    enrolled.forEach(e -> byStudent.put(e.studentCode(), e));

    List<Violation> violations = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < c.records().size(); i++) {
      StudentContent entry = c.records().get(i);
      String at = "/records/" + i;
      EnrolmentView enrolment = byStudent.get(entry.studentCode());
      if (!seen.add(entry.studentCode())) {
        violations.add(
            Violation.withMessage(
                at + "/studentCode",
                "duplicate-student",
                "Student " + entry.studentCode() + " appears twice in the request"));
        continue;
      }
      if (enrolment == null) {
        violations.add(
            Violation.withMessage(
                at + "/studentCode",
                "student-not-in-scope",
                "Student "
                    + entry.studentCode()
                    + " is not enrolled in this "
                    + (c.classId() != null ? "class" : "school")
                    + " in "
                    + c.schoolYear()));
        continue;
      }
      GradeCurriculum grade = gradeOf(enrolment.grade());
      if (!entry.content().fits(grade)) {
        violations.add(
            Violation.withMessage(
                at + "/content",
                "content-level-mismatch",
                "Grade " + grade.grade() + " is assessed under the other circular"));
        continue;
      }
      entry
          .content()
          .draftProblems(grade)
          .forEach(v -> violations.add(v.under(at + "/content" + entry.content().pointer())));
    }
    RuleViolation.throwIfAny(SchoolRecord.CONTENT_RULES, violations);

    // the whole request in a few statements: the current versions read at once, the records
    // written in batches, the audit entries chained in one go
    Instant now = clock.instant();
    String version = catalogue.catalogue().version();
    Map<String, SchoolRecord> current =
        records.lockCurrent(
            c.records().stream().map(StudentContent::studentCode).toList(), c.schoolYear());
    List<Submitted> submitted = new ArrayList<>(c.records().size());
    List<SchoolRecord> opened = new ArrayList<>();
    List<SchoolRecord> replaced = new ArrayList<>();
    List<RecordEvent> events = new ArrayList<>();
    for (StudentContent entry : c.records()) {
      EnrolmentView enrolment = byStudent.get(entry.studentCode());
      GradeCurriculum grade = gradeOf(enrolment.grade());
      SchoolRecord existing = current.get(entry.studentCode());
      Changes<SchoolRecord> change =
          existing != null
              ? existing.replaceContent(
                  placementOf(enrolment), grade, version, entry.content(), now)
              : SchoolRecord.open(
                  UUID.randomUUID(),
                  enrolment.studentCode(),
                  enrolment.schoolYear(),
                  placementOf(enrolment),
                  grade,
                  version,
                  entry.content(),
                  now);
      (existing != null ? replaced : opened).add(change.state());
      events.addAll(change.events());
      submitted.add(new Submitted(change.state(), existing == null));
    }
    records.insertAll(opened);
    records.updateAll(replaced);
    changes.record(events);
    return submitted;
  }

  @Override
  @Transactional
  public void enter(Actor actor, GradeSheetLine line) {
    EnrolmentView enrolment =
        enrolments
            .enrolment(line.studentCode(), line.schoolYear())
            .orElseThrow(() -> new NotFound("student-not-enrolled", line.studentCode()));
    Placement placement = placementOf(enrolment);
    access.requireWrite(actor, placement, line.studentCode());
    GradeCurriculum grade = gradeOf(enrolment.grade());
    if (!grade.level().secondary()) {
      throw new RuleViolation(
          SchoolRecord.CONTENT_RULES,
          Violation.withMessage(
              "/content/secondary/subjects",
              "content-level-mismatch",
              "Grade " + grade.grade() + " is primary: its sheets are entered as primary records"));
    }
    SecondaryYearContent before =
        records
            .lockCurrent(line.studentCode(), line.schoolYear())
            .map(SchoolRecord::content)
            .filter(RecordContent.Secondary.class::isInstance)
            .map(c -> ((RecordContent.Secondary) c).year())
            .orElse(new SecondaryYearContent(List.of(), null, null, null, 0, 0));
    List<SecondarySubjectAssessment> subjects =
        replacingSubject(
            before.subjects(),
            new SecondarySubjectAssessment(
                line.subjectCode(),
                semester(line.semester1()),
                semester(line.semester2()),
                line.comment()),
            SecondarySubjectAssessment::subjectCode);
    SecondaryYearContent merged =
        new SecondaryYearContent(
            subjects,
            line.conductSemester1() != null ? line.conductSemester1() : before.conductSemester1(),
            line.conductSemester2() != null ? line.conductSemester2() : before.conductSemester2(),
            line.conductYear() != null ? line.conductYear() : before.conductYear(),
            line.absencesSemester1() != null
                ? line.absencesSemester1()
                : before.absencesSemester1(),
            line.absencesSemester2() != null
                ? line.absencesSemester2()
                : before.absencesSemester2());
    apply(enrolment, placement, new RecordContent.Secondary(merged), clock.instant());
  }

  /**
   * A primary sheet's line merged into the student's primary draft. A student of grades 6-12 is
   * refused by the record's own rule ({@code content-level-mismatch} at {@code /content}), as every
   * other problem of the merged content is, before anything is stored.
   */
  @Override
  @Transactional
  public void enter(Actor actor, PrimaryGradeSheetLine line) {
    EnrolmentView enrolment =
        enrolments
            .enrolment(line.studentCode(), line.schoolYear())
            .orElseThrow(() -> new NotFound("student-not-enrolled", line.studentCode()));
    Placement placement = placementOf(enrolment);
    access.requireWrite(actor, placement, line.studentCode());
    PrimaryYearContent before =
        records
            .lockCurrent(line.studentCode(), line.schoolYear())
            .map(SchoolRecord::content)
            .filter(RecordContent.Primary.class::isInstance)
            .map(c -> ((RecordContent.Primary) c).year())
            .orElse(new PrimaryYearContent(List.of(), Map.of(), Map.of(), 0, 0));
    List<PrimarySubjectAssessment> subjects =
        replacingSubject(
            before.subjects(),
            new PrimarySubjectAssessment(
                line.subjectCode(),
                line.semester1Level(),
                line.yearLevel(),
                line.semester1Test(),
                line.yearTest(),
                line.teacherComment()),
            PrimarySubjectAssessment::subjectCode);
    Map<Quality, @org.jspecify.annotations.Nullable CompetenceLevel> qualities =
        new EnumMap<>(Quality.class);
    qualities.putAll(before.qualities());
    qualities.putAll(line.qualities());
    Map<Competency, @org.jspecify.annotations.Nullable CompetenceLevel> competencies =
        new EnumMap<>(Competency.class);
    competencies.putAll(before.competencies());
    competencies.putAll(line.competencies());
    PrimaryYearContent merged =
        new PrimaryYearContent(
            subjects,
            qualities,
            competencies,
            line.absencesSemester1() != null
                ? line.absencesSemester1()
                : before.absencesSemester1(),
            line.absencesSemester2() != null
                ? line.absencesSemester2()
                : before.absencesSemester2());
    apply(enrolment, placement, new RecordContent.Primary(merged), clock.instant());
  }

  /**
   * The subjects with {@code entered} in place of the entry of its subject, or added at the end.
   */
  private static <S> List<S> replacingSubject(
      List<S> subjects, S entered, Function<S, String> codeOf) {
    List<S> merged = new ArrayList<>(subjects.size() + 1);
    boolean replaced = false;
    for (S subject : subjects) {
      if (codeOf.apply(subject).equals(codeOf.apply(entered))) {
        merged.add(entered);
        replaced = true;
      } else {
        merged.add(subject);
      }
    }
    if (!replaced) {
      merged.add(entered);
    }
    return merged;
  }

  private static @org.jspecify.annotations.Nullable SemesterAssessment semester(
      SemesterMarks marks) {
    if (marks.empty()) {
      return null;
    }
    if (marks.result() != null) {
      return new CommentSemester(marks.result());
    }
    return new ScoredSemester(new ArrayList<>(marks.regular()), marks.midTerm(), marks.endOfTerm());
  }

  private Submitted apply(
      EnrolmentView enrolment, Placement placement, RecordContent content, Instant at) {
    GradeCurriculum grade = gradeOf(enrolment.grade());
    String version = catalogue.catalogue().version();
    var current = records.lockCurrent(enrolment.studentCode(), enrolment.schoolYear());
    if (current.isPresent()) {
      Changes<SchoolRecord> replaced =
          current.get().replaceContent(placement, grade, version, content, at);
      records.update(replaced.state());
      return new Submitted(changes.record(replaced), false);
    }
    Changes<SchoolRecord> opened =
        SchoolRecord.open(
            UUID.randomUUID(),
            enrolment.studentCode(),
            enrolment.schoolYear(),
            placement,
            grade,
            version,
            content,
            at);
    records.insert(opened.state());
    return new Submitted(changes.record(opened), true);
  }

  private GradeCurriculum gradeOf(int grade) {
    return catalogue
        .catalogue()
        .grade(grade)
        .orElseThrow(() -> new NotFound("grade-not-in-catalogue", grade));
  }

  static Placement placementOf(EnrolmentView enrolment) {
    return new Placement(
        enrolment.schoolCode(),
        enrolment.grade(),
        enrolment.classId(),
        enrolment.className(),
        enrolment.homeroomTeacher());
  }
}
