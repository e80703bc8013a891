package vn.edu.platform.studentrecord.record.adapter.in.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that acts for the school of the student its path names ({@code {studentCode}}): a
 * caller who is not that school's administrator or principal is refused before the body is bound or
 * validated ({@link StudentImportersBeforeBinding}), 404 for another school's student, so a body it
 * may not send tells it nothing.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface StudentImportersOnly {}
