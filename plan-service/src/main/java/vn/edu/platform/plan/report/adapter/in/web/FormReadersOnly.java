package vn.edu.platform.plan.report.adapter.in.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler on {@code /report-forms/{formId}/…} that only a caller who may read the form
 * reaches: the others get what the form's GET answers them (404 report-form-not-found) before the
 * body is bound or validated ({@link FormAccessBeforeBinding}).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface FormReadersOnly {}
