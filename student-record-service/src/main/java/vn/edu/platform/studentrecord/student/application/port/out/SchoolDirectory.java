package vn.edu.platform.studentrecord.student.application.port.out;

import java.time.LocalDate;

/** The province's schools, as the organisation replica has them. */
public interface SchoolDirectory {

  /** Whether {@code unitCode} is a school of the province on {@code day}. */
  boolean isSchool(String unitCode, LocalDate day);
}
