package vn.edu.platform.studentrecord;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * student-record-service: the digital school records (học bạ số) of grades 1-12, their students and
 * enrolments, the assessment rules, the school's workflow and the signatures.
 */
@SpringBootApplication
public class StudentRecordServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(StudentRecordServiceApplication.class, args);
  }
}
