package vn.edu.platform.studentrecord.student.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.studentrecord.student.application.port.out.ClassRepository;
import vn.edu.platform.studentrecord.student.application.port.out.EnrolmentRepository;
import vn.edu.platform.studentrecord.student.application.port.out.SchoolDirectory;
import vn.edu.platform.studentrecord.student.application.port.out.StudentEventPublisher;
import vn.edu.platform.studentrecord.student.application.port.out.StudentRepository;
import vn.edu.platform.studentrecord.student.domain.Enrolment;
import vn.edu.platform.studentrecord.student.domain.SchoolClass;
import vn.edu.platform.studentrecord.student.domain.SchoolYear;
import vn.edu.platform.studentrecord.student.domain.SensitiveData;
import vn.edu.platform.studentrecord.student.domain.Student;
import vn.edu.platform.studentrecord.student.domain.StudentEvent;
import vn.edu.platform.studentrecord.student.domain.Transfer;

/**
 * Fakes of the student feature's out-ports in memory, with the audit entries and events they were
 * handed, so a use case's rules are tested without PostgreSQL.
 */
final class InMemoryStudents
    implements StudentRepository,
        ClassRepository,
        EnrolmentRepository,
        SchoolDirectory,
        StudentEventPublisher,
        AuditLog {

  final Map<String, Student> students = new LinkedHashMap<>();
  final Map<UUID, SchoolClass> classes = new LinkedHashMap<>();
  final Map<UUID, Enrolment> enrolments = new LinkedHashMap<>();
  final Map<UUID, Transfer> transfers = new LinkedHashMap<>();
  final Map<String, SensitiveData> sensitive = new HashMap<>();
  final List<String> schools = new ArrayList<>(List.of("S311002", "S311012"));
  final List<String> audit = new ArrayList<>();
  final List<StudentEvent> published = new ArrayList<>();

  // students

  @Override
  public Optional<Student> find(String studentCode) {
    return Optional.ofNullable(students.get(studentCode));
  }

  @Override
  public Optional<Student> lock(String studentCode) {
    return find(studentCode);
  }

  @Override
  public boolean insert(Student student) {
    return students.putIfAbsent(student.studentCode(), student) == null;
  }

  @Override
  public void update(Student student) {
    students.put(student.studentCode(), student);
  }

  @Override
  public Optional<String> withPersonalId(String personalId) {
    return students.values().stream()
        .filter(s -> personalId.equals(s.identity().personalId()))
        .map(Student::studentCode)
        .findFirst();
  }

  @Override
  public SensitiveData sensitiveData(String studentCode) {
    return sensitive.getOrDefault(studentCode, SensitiveData.none(studentCode));
  }

  @Override
  public void save(SensitiveData data) {
    sensitive.put(data.studentCode(), data);
  }

  // classes

  @Override
  public Optional<SchoolClass> find(UUID classId) {
    return Optional.ofNullable(classes.get(classId));
  }

  @Override
  public Optional<SchoolClass> lock(UUID classId) {
    return find(classId);
  }

  @Override
  public Optional<SchoolClass> find(String schoolCode, SchoolYear year, String name) {
    return classes.values().stream()
        .filter(
            c ->
                c.schoolCode().equals(schoolCode)
                    && c.schoolYear().equals(year)
                    && c.name().equals(name))
        .findFirst();
  }

  @Override
  public boolean insert(SchoolClass schoolClass) {
    if (find(schoolClass.schoolCode(), schoolClass.schoolYear(), schoolClass.name()).isPresent()) {
      return false;
    }
    classes.put(schoolClass.id(), schoolClass);
    return true;
  }

  @Override
  public void update(SchoolClass schoolClass) {
    classes.put(schoolClass.id(), schoolClass);
  }

  @Override
  public List<SchoolClass> of(String schoolCode, SchoolYear year) {
    return classes.values().stream()
        .filter(c -> c.schoolCode().equals(schoolCode) && c.schoolYear().equals(year))
        .toList();
  }

  // enrolments and transfers

  @Override
  public Optional<Enrolment> openOf(String studentCode, SchoolYear year) {
    return enrolments.values().stream()
        .filter(e -> e.studentCode().equals(studentCode) && e.schoolYear().equals(year))
        .filter(Enrolment::isOpen)
        .findFirst();
  }

  @Override
  public Optional<Enrolment> currentAt(String studentCode, String schoolCode) {
    return enrolments.values().stream()
        .filter(e -> e.studentCode().equals(studentCode) && e.schoolCode().equals(schoolCode))
        .filter(Enrolment::isOpen)
        .max(Comparator.comparing(e -> e.schoolYear().firstYear()));
  }

  @Override
  public List<Enrolment> of(String studentCode) {
    return enrolments.values().stream().filter(e -> e.studentCode().equals(studentCode)).toList();
  }

  @Override
  public boolean insert(Enrolment enrolment) {
    if (openOf(enrolment.studentCode(), enrolment.schoolYear()).isPresent()) {
      return false;
    }
    enrolments.put(enrolment.id(), enrolment);
    return true;
  }

  @Override
  public void update(Enrolment enrolment) {
    enrolments.put(enrolment.id(), enrolment);
  }

  @Override
  public Optional<Transfer> pendingTransfer(String studentCode) {
    return transfers.values().stream()
        .filter(t -> t.studentCode().equals(studentCode) && t.status() == Transfer.Status.PENDING)
        .findFirst();
  }

  @Override
  public List<Transfer> transfers(String studentCode) {
    return transfers.values().stream().filter(t -> t.studentCode().equals(studentCode)).toList();
  }

  @Override
  public void insert(Transfer transfer) {
    transfers.put(transfer.id(), transfer);
  }

  @Override
  public void update(Transfer transfer) {
    transfers.put(transfer.id(), transfer);
  }

  // the organisation replica, the outbox, the audit trail

  @Override
  public boolean isSchool(String unitCode, LocalDate day) {
    return schools.contains(unitCode);
  }

  @Override
  public void publish(StudentEvent event) {
    published.add(event);
  }

  @Override
  public void record(
      Action action, String subjectType, String subjectId, String unitCode, String purpose) {
    audit.add(action + " " + subjectType + " " + subjectId + " " + unitCode + ": " + purpose);
  }
}
