/** What progress reports need from outside: their store, the outbox of events, the audit trail. */
package vn.edu.platform.plan.report.application.port.out;
