/**
 * The shared kernel of every edu-platform service: what a domain or an application layer throws and
 * calls, in plain Java.
 *
 * <ul>
 *   <li>{@link vn.edu.platform.kernel.ApplicationException} and its kinds — {@link
 *       vn.edu.platform.kernel.RuleViolation} (422, with {@link vn.edu.platform.kernel.Violation}s
 *       located by JSON pointers), {@link vn.edu.platform.kernel.StateConflict} (409), {@link
 *       vn.edu.platform.kernel.AlreadyExists} (409), {@link vn.edu.platform.kernel.NotFound} (404),
 *       {@link vn.edu.platform.kernel.AccessDenied} (403) and {@link
 *       vn.edu.platform.kernel.StaleRevision} (412). The platform starter answers each as an RFC
 *       9457 problem whose {@code code} is the exception's code; a service writes no advice.
 *   <li>{@link vn.edu.platform.kernel.ExpectedRevision}: the revision a conditional update is based
 *       on (the starter reads it from {@code If-Match}).
 *   <li>{@link vn.edu.platform.kernel.AuditLog}: the audit port (the starter's adapter writes the
 *       hash-chained trail in the business transaction).
 * </ul>
 *
 * This module depends on nothing, so that a domain using it stays framework-free.
 */
package vn.edu.platform.kernel;
