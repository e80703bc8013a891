package vn.edu.platform.studentrecord.record.adapter.in.web;

import org.springframework.stereotype.Component;
import vn.edu.platform.starter.security.ScopeCheckBeforeBinding;
import vn.edu.platform.studentrecord.record.application.port.in.RecordPackagesUseCase;

/**
 * Decides a {@link StudentImportersOnly} handler's caller from its path before Spring MVC binds and
 * validates the body, after the starter's role check: the student's current enrolment must be at
 * the caller's school, the caller its administrator or principal ({@link
 * RecordPackagesUseCase#requireImporter}). A student code of the wrong form is left to the
 * binding's 400, which says nothing of any student.
 */
@Component
class StudentImportersBeforeBinding extends ScopeCheckBeforeBinding {

  private final RecordPackagesUseCase packages;
  private final RecordCallers callers;

  StudentImportersBeforeBinding(RecordPackagesUseCase packages, RecordCallers callers) {
    super(StudentImportersOnly.class);
    this.packages = packages;
    this.callers = callers;
  }

  @Override
  protected void check(PathVariables path) {
    path.text("studentCode", RecordBodies.STUDENT_CODE)
        .ifPresent(studentCode -> packages.requireImporter(callers.actor(), studentCode));
  }
}
