package vn.edu.platform.studentrecord.student.adapter.in.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the contract describes the {@code {classId}} path parameter (the class's id): one place, so
 * the operations cannot drift apart. Spring MVC reads {@code @PathVariable} only where written.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(
    schema = @Schema(type = "string", format = "uuid"),
    description = "The class's id",
    example = "7e6f5a4b-3c2d-4e1f-9a8b-7c6d5e4f3a2b")
@interface ClassIdParameter {}
