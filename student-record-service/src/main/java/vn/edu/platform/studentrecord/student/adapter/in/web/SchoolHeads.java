package vn.edu.platform.studentrecord.student.adapter.in.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;
import vn.edu.platform.starter.security.Roles;

/**
 * The roles of school-admin and principal of a school: the ones who change its students, classes,
 * enrolments, transfers and guardians (teachers read, they do not change identity data). Checked
 * before the request body is read; the school a caller reaches is decided after, by the
 * organisation scope.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@PreAuthorize("hasAnyRole('" + Roles.SCHOOL_ADMIN + "','" + Roles.PRINCIPAL + "')")
@interface SchoolHeads {}
