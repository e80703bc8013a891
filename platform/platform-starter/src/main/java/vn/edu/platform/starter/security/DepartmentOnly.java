package vn.edu.platform.starter.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only department staff who manage (dept-admin, dept-officer) ({@link
 * AccessRules#DEPARTMENT_ONLY}), checked before the request body is read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@PreAuthorize(AccessRules.DEPARTMENT_ONLY)
public @interface DepartmentOnly {}
