package vn.edu.platform.studentrecord.student.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.studentrecord.student.domain.SchoolClass;
import vn.edu.platform.studentrecord.student.domain.SchoolYear;

/** Where classes live; unique by school, year and name. */
public interface ClassRepository {

  Optional<SchoolClass> find(UUID classId);

  /** The class, locked until the transaction ends. */
  Optional<SchoolClass> lock(UUID classId);

  Optional<SchoolClass> find(String schoolCode, SchoolYear year, String name);

  /**
   * @return false when the school has a class of that name in that year already
   */
  boolean insert(SchoolClass schoolClass);

  /** Stores the homeroom teacher and the new revision. */
  void update(SchoolClass schoolClass);

  /** The school's classes of the year, by grade and name. */
  List<SchoolClass> of(String schoolCode, SchoolYear year);
}
