package vn.edu.platform.studentrecord.student.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.AlreadyExists;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.starter.config.PlatformTime;
import vn.edu.platform.studentrecord.student.application.port.in.ManageGuardiansUseCase;
import vn.edu.platform.studentrecord.student.application.port.in.Requester;
import vn.edu.platform.studentrecord.student.application.port.in.StudentCommands;
import vn.edu.platform.studentrecord.student.application.port.out.GuardianRepository;
import vn.edu.platform.studentrecord.student.domain.Changes;
import vn.edu.platform.studentrecord.student.domain.Guardian;
import vn.edu.platform.studentrecord.student.domain.Student;

/** Guardians of a student, changed by the school holding the student's file only. */
@Service
class GuardianService implements ManageGuardiansUseCase {

  static final String NOT_FOUND = "guardian-not-found";

  private final GuardianRepository guardians;
  private final StudentAccess access;
  private final StudentChanges changes;
  private final Clock clock;

  GuardianService(
      GuardianRepository guardians, StudentAccess access, StudentChanges changes, Clock clock) {
    this.guardians = guardians;
    this.access = access;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Guardian add(Requester requester, StudentCommands.AddGuardian c) {
    Student student = access.writable(requester, c.studentCode());
    Changes<Guardian> added =
        Guardian.add(
            UUID.randomUUID(),
            student,
            c.fullName(),
            c.relationship(),
            c.legalRepresentative(),
            c.phone(),
            c.consentGivenOn(),
            c.consentRecordedAs(),
            c.accountLogin(),
            PlatformTime.today(clock),
            clock.instant());
    if (!guardians.insert(added.state())) {
      throw linkedAlready();
    }
    return changes.record(added);
  }

  @Override
  @Transactional
  public Guardian change(Requester requester, StudentCommands.ChangeGuardian c) {
    Student student = access.writable(requester, c.studentCode());
    Guardian guardian = find(student, c.guardianId());
    c.expectedRevision().verify("guardian " + c.guardianId(), guardian.revision());
    Changes<Guardian> changed =
        guardian.change(
            new Guardian.GuardianChange(
                c.phone(),
                c.legalRepresentative(),
                c.consentGivenOn(),
                c.consentRecordedAs(),
                c.accountLogin()),
            student.schoolCode(),
            PlatformTime.today(clock));
    if (changed.events().isEmpty()) {
      return guardian;
    }
    String login = changed.state().accountLogin();
    if (login != null
        && !login.equals(guardian.accountLogin())
        && guardians.isLinked(student.studentCode(), login)) {
      throw linkedAlready();
    }
    if (!guardians.update(changed.state())) {
      throw linkedAlready();
    }
    return changes.record(changed);
  }

  @Override
  @Transactional
  public Guardian unlinkAccount(Requester requester, StudentCommands.UnlinkGuardianAccount c) {
    Student student = access.writable(requester, c.studentCode());
    Guardian guardian = find(student, c.guardianId());
    c.expectedRevision().verify("guardian " + c.guardianId(), guardian.revision());
    Changes<Guardian> unlinked = guardian.unlinkAccount(student.schoolCode());
    guardians.update(unlinked.state());
    return changes.record(unlinked);
  }

  private Guardian find(Student student, UUID guardianId) {
    return guardians
        .find(student.studentCode(), guardianId)
        .orElseThrow(() -> new NotFound(NOT_FOUND, guardianId));
  }

  private static AlreadyExists linkedAlready() {
    return new AlreadyExists(
        "guardian-account-linked",
        List.of(Violation.at("/accountLogin", "guardian-account-linked")));
  }
}
