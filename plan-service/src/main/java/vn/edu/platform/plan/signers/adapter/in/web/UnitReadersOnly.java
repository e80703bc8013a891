package vn.edu.platform.plan.signers.adapter.in.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose body names the unit it asks about: a caller who reads no unit at all (a
 * government system without {@code province-read}, a user without a unit) is refused with 403
 * before the body is bound or validated ({@link UnitReadersBeforeBinding}); the others are held to
 * the unit they name once the body is read.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface UnitReadersOnly {}
