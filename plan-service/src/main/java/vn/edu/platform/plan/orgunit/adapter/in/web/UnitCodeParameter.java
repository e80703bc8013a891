package vn.edu.platform.plan.orgunit.adapter.in.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the contract describes the {@code {code}} of the directory's changes: one place, so the
 * operations cannot drift apart. Spring MVC reads {@code @PathVariable} only where written, so it
 * stays beside this one.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(
    schema = @Schema(type = "string", maxLength = 32),
    description = "Unit code",
    example = "S311002")
@interface UnitCodeParameter {}
