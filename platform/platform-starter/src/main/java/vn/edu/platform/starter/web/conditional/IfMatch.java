package vn.edu.platform.starter.web.conditional;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only needed to make the precondition optional: an {@link vn.edu.platform.kernel.ExpectedRevision}
 * parameter requires {@code If-Match} (428 without it); {@code @IfMatch(required = false)} gives
 * {@link vn.edu.platform.kernel.ExpectedRevision#any()} when the header is absent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface IfMatch {

  boolean required() default true;
}
