package vn.edu.platform.studentrecord.student.adapter.in.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the contract describes the {@code {studentCode}} path parameter (the student code (mã định
 * danh học sinh) of the sector database: 10 digits): one place, so the operations cannot drift
 * apart. Spring MVC reads {@code @PathVariable} only where written.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(
    schema = @Schema(type = "string", pattern = "^[0-9]{10}$", minLength = 10, maxLength = 10),
    description = "The student code (mã định danh học sinh) of the sector database: 10 digits",
    example = "3110250001")
@interface StudentCodeParameter {}
