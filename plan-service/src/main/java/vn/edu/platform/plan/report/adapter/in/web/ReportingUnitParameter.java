package vn.edu.platform.plan.report.adapter.in.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the contract describes the {@code unitCode} a report is written for (saving and submitting):
 * one place for both. Spring MVC reads {@code @RequestParam} only where written, so it stays there.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(
    schema = @Schema(type = "string", maxLength = 32),
    description = "The reporting unit; the caller's own when absent")
@interface ReportingUnitParameter {}
