package vn.edu.platform.studentrecord.student.adapter.in.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the contract describes the {@code {guardianId}} path parameter (the guardian's id): one
 * place, so the operations cannot drift apart. Spring MVC reads {@code @PathVariable} only where
 * written.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(
    schema = @Schema(type = "string", format = "uuid"),
    description = "The guardian's id",
    example = "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f")
@interface GuardianIdParameter {}
