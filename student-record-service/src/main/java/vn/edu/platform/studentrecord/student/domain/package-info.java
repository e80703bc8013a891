/**
 * The student feature's aggregates, free of frameworks: {@code Student} (registered, identity
 * corrected, moved to the school it is transferred to), {@code SensitiveData}, {@code SchoolClass},
 * {@code Enrolment}, {@code Transfer} and {@code Guardian}. Each transition checks its rules (422
 * {@code student-rule} with one error per field, or a 409 state conflict) and returns its state
 * with the events it raised as {@code Changes}; the application stores, audits and publishes them.
 */
package vn.edu.platform.studentrecord.student.domain;
