/** What plans need from outside: their store, the outbox of public events, the audit trail. */
package vn.edu.platform.plan.planning.application.port.out;
