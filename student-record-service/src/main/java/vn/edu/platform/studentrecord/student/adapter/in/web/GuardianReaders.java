package vn.edu.platform.studentrecord.student.adapter.in.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;
import vn.edu.platform.starter.security.Roles;

/**
 * The roles of those who read a student's guardians: the school's staff and the department's
 * administrators and officers; not communes, government systems or citizens. Checked before the
 * request body is read; the school a caller reaches is decided after, by the organisation scope.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@PreAuthorize(
    "hasAnyRole('"
        + Roles.SCHOOL_ADMIN
        + "','"
        + Roles.PRINCIPAL
        + "','"
        + Roles.TEACHER
        + "','"
        + Roles.DEPT_ADMIN
        + "','"
        + Roles.DEPT_OFFICER
        + "')")
@interface GuardianReaders {}
