package vn.edu.platform.starter.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Those who approve a unit's work: department managers and commune officers ({@link
 * AccessRules#APPROVERS}), checked before the request body is read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@PreAuthorize(AccessRules.APPROVERS)
public @interface Approvers {}
