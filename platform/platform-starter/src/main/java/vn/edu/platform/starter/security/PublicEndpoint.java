package vn.edu.platform.starter.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler (or controller) as deliberately open to anonymous callers, e.g. the public
 * diploma verification under {@code /public/v1/**}. Every other handler must state its roles with
 * {@code @PreAuthorize}: {@link EndpointSecurityVerifier} refuses to start a service otherwise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicEndpoint {

  /** Why this endpoint needs no authentication (read in reviews). */
  String reason();
}
