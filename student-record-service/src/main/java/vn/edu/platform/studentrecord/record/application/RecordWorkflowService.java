package vn.edu.platform.studentrecord.record.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.ExpectedRevision;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;
import vn.edu.platform.studentrecord.record.application.port.in.RecordCommands;
import vn.edu.platform.studentrecord.record.application.port.in.RecordWorkflowUseCase;
import vn.edu.platform.studentrecord.record.application.port.in.SubjectCatalogueQuery;
import vn.edu.platform.studentrecord.record.application.port.out.SchoolRecordRepository;
import vn.edu.platform.studentrecord.record.domain.Changes;
import vn.edu.platform.studentrecord.record.domain.IdentitySnapshot;
import vn.edu.platform.studentrecord.record.domain.RecordStatus;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.record.domain.catalogue.GradeCurriculum;
import vn.edu.platform.studentrecord.student.application.port.in.EnrolmentQuery;
import vn.edu.platform.studentrecord.student.application.port.in.StudentIdentityView;
import vn.edu.platform.studentrecord.student.application.port.in.StudentQuery;

/**
 * The workflow steps: load the record locked, check who acts and the revision they saw, let the
 * record decide, store, then audit and publish what it announced.
 */
@Service
class RecordWorkflowService implements RecordWorkflowUseCase {

  private final SchoolRecordRepository records;
  private final StudentQuery students;
  private final EnrolmentQuery enrolments;
  private final SubjectCatalogueQuery catalogue;
  private final RecordAccess access;
  private final RecordChanges changes;
  private final Clock clock;

  RecordWorkflowService(
      SchoolRecordRepository records,
      StudentQuery students,
      EnrolmentQuery enrolments,
      SubjectCatalogueQuery catalogue,
      RecordAccess access,
      RecordChanges changes,
      Clock clock) {
    this.records = records;
    this.students = students;
    this.enrolments = enrolments;
    this.catalogue = catalogue;
    this.access = access;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  @Transactional
  public SchoolRecord verify(RecordCommands.Step c) {
    SchoolRecord record = managed(c.actor(), c.recordId(), c.expected());
    StudentIdentityView student =
        students
            .identity(record.studentCode())
            .orElseThrow(() -> new NotFound("student-not-found", record.studentCode()));
    IdentitySnapshot identity =
        new IdentitySnapshot(
            student.fullName(),
            student.dateOfBirth(),
            student.sex().name(),
            student.placeOfBirth(),
            student.personalId());
    return store(
        record.verify(gradeOf(record), identity, student.personalIdVerified(), clock.instant()));
  }

  @Override
  @Transactional
  public SchoolRecord confirm(RecordCommands.Step c) {
    return store(managed(c.actor(), c.recordId(), c.expected()).confirm(clock.instant()));
  }

  @Override
  @Transactional
  public SchoolRecord confirmCompletion(RecordCommands.Step c) {
    SchoolRecord record = locked(c.recordId());
    access.requirePrincipal(c.actor(), record);
    c.expected().verify("record " + record.id(), record.revision());
    return store(record.confirmCompletion(loginOf(c.actor()), clock.instant()));
  }

  @Override
  @Transactional
  public SchoolRecord lock(RecordCommands.Step c) {
    return store(managed(c.actor(), c.recordId(), c.expected()).lock(clock.instant()));
  }

  @Override
  @Transactional
  public SchoolRecord reopen(RecordCommands.Reopen c) {
    return store(
        managed(c.actor(), c.recordId(), c.expected()).reopen(c.reason(), clock.instant()));
  }

  @Override
  @Transactional
  public SchoolRecord correct(RecordCommands.Correct c) {
    SchoolRecord record = managed(c.actor(), c.recordId(), c.expected());
    // the correction takes the placement the student has now in that year (a class may have been
    // renamed or its homeroom teacher changed since the signed version)
    var placement =
        enrolments
            .enrolment(record.studentCode(), record.schoolYear())
            .map(RecordSubmissionService::placementOf)
            .orElse(record.placement());
    SchoolRecord.Corrected corrected =
        record.correct(
            UUID.randomUUID(),
            placement,
            gradeOf(record),
            catalogue.catalogue().version(),
            c.content(),
            c.reason(),
            c.decisionNumber(),
            c.decisionDate(),
            clock.instant());
    records.update(corrected.superseded());
    records.insert(corrected.draft());
    changes.record(corrected.events());
    return corrected.draft();
  }

  @Override
  @Transactional
  public BulkOutcome stepInBulk(RecordCommands.StepInBulk c) {
    Actor actor = c.actor();
    if (!actor.worksAt(c.schoolCode())) {
      throw new NotFound("school-not-found", c.schoolCode());
    }
    if (!actor.is(Actor.Capacity.SCHOOL_ADMIN) && !actor.is(Actor.Capacity.PRINCIPAL)) {
      throw new vn.edu.platform.kernel.AccessDenied(c.schoolCode());
    }
    RecordStatus waiting =
        switch (c.step()) {
          case VERIFY -> RecordStatus.DRAFT;
          case CONFIRM -> RecordStatus.VERIFIED;
          case LOCK -> RecordStatus.SIGNED_BY_PRINCIPAL;
        };
    List<SchoolRecord> candidates =
        records
            .list(
                new vn.edu.platform.studentrecord.record.application.port.in.RecordQuery.Filter(
                    c.schoolCode(), c.schoolYear(), c.classId(), waiting, null),
                0,
                Integer.MAX_VALUE)
            .items();
    Map<UUID, SchoolRecord> locked =
        records.findAll(candidates.stream().map(SchoolRecord::id).toList(), true);
    Map<String, StudentIdentityView> identities = new java.util.HashMap<>();
    if (c.step() == RecordCommands.BulkStep.VERIFY) {
      for (SchoolRecord r : candidates) {
        students.identity(r.studentCode()).ifPresent(i -> identities.put(r.studentCode(), i));
      }
    }
    Instant now = clock.instant();
    List<SchoolRecord> moved = new ArrayList<>();
    List<Refusal> refused = new ArrayList<>();
    List<vn.edu.platform.studentrecord.record.domain.RecordEvent> events = new ArrayList<>();
    for (SchoolRecord candidate : candidates) {
      SchoolRecord record = locked.get(candidate.id());
      if (record == null || record.status() != waiting || record.supersededBy() != null) {
        continue;
      }
      try {
        Changes<SchoolRecord> change =
            switch (c.step()) {
              case VERIFY -> {
                StudentIdentityView student = identities.get(record.studentCode());
                if (student == null) {
                  throw new NotFound("student-not-found", record.studentCode());
                }
                yield record.verify(
                    gradeOf(record), snapshotOf(student), student.personalIdVerified(), now);
              }
              case CONFIRM -> record.confirm(now);
              case LOCK -> record.lock(now);
            };
        moved.add(change.state());
        events.addAll(change.events());
      } catch (vn.edu.platform.kernel.ApplicationException e) {
        refused.add(new Refusal(record.id(), record.studentCode(), e.code(), e.violations()));
      }
    }
    records.updateAll(moved);
    changes.record(events);
    return new BulkOutcome(moved, refused);
  }

  private static IdentitySnapshot snapshotOf(StudentIdentityView student) {
    return new IdentitySnapshot(
        student.fullName(),
        student.dateOfBirth(),
        student.sex().name(),
        student.placeOfBirth(),
        student.personalId());
  }

  private SchoolRecord managed(Actor actor, UUID id, ExpectedRevision expected) {
    SchoolRecord record = locked(id);
    access.requireManager(actor, record);
    expected.verify("record " + id, record.revision());
    return record;
  }

  private SchoolRecord locked(UUID id) {
    return records.lock(id).orElseThrow(() -> new NotFound("record-not-found", id));
  }

  private SchoolRecord store(Changes<SchoolRecord> change) {
    if (change.events().isEmpty()) {
      return change.state();
    }
    records.update(change.state());
    return changes.record(change);
  }

  private GradeCurriculum gradeOf(SchoolRecord record) {
    return catalogue
        .catalogue()
        .grade(record.placement().grade())
        .orElseThrow(() -> new NotFound("grade-not-in-catalogue", record.placement().grade()));
  }

  private static String loginOf(Actor actor) {
    return actor.login() == null ? "unknown" : actor.login();
  }
}
