package vn.edu.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an event record (or of a value record inside one) that may be {@code null}.
 *
 * <p>Every other component is required: the compact constructor rejects {@code null} and the JSON
 * Schema lists it in {@code required}. A nullable component is left out of {@code required} and its
 * schema type admits {@code null}, so a payload may carry it as {@code null} or omit it. Fields
 * added to an existing event version later are always nullable (that is what keeps the change
 * backwards compatible). The schema drift test reads this annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface NullableField {}
