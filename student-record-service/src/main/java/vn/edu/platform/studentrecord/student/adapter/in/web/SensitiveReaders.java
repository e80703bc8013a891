package vn.edu.platform.studentrecord.student.adapter.in.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;
import vn.edu.platform.starter.security.Roles;

/**
 * The roles of those who read students' sensitive data: the school's administrator and principal,
 * the department's administrators and officers; never teachers, communes, government systems or
 * citizens. Checked before the request body is read; the school a caller reaches is decided after,
 * by the organisation scope.
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
        + Roles.DEPT_ADMIN
        + "','"
        + Roles.DEPT_OFFICER
        + "')")
@interface SensitiveReaders {}
