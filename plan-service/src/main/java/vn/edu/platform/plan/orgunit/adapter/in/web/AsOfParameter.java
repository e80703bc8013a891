package vn.edu.platform.plan.orgunit.adapter.in.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the contract describes the {@code asOf} day of the directory's reads: one place for the three
 * operations. Spring MVC reads {@code @RequestParam} only where written, so it stays there.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(description = "The day (ISO date); today in Vietnam when absent", example = "2024-05-31")
@interface AsOfParameter {}
