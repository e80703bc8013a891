package vn.edu.platform.studentrecord.student.application.port.in;

public enum Sex {
  MALE,
  FEMALE
}
