package vn.edu.platform.studentrecord.student.adapter.in.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;
import vn.edu.platform.starter.security.AccessRules;
import vn.edu.platform.starter.security.Roles;

/**
 * The roles of every member of staff and government systems (their scope decides whose students
 * they read), and citizens (who read a student only as a linked guardian). Checked before the
 * request body is read; the school a caller reaches is decided after, by the organisation scope.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@PreAuthorize(AccessRules.ANY_STAFF_OR_GOVERNMENT + " or hasRole('" + Roles.CITIZEN + "')")
@interface StudentReaders {}
