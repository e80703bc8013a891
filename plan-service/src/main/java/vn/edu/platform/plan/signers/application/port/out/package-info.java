/** What the register needs from outside: a repository per aggregate, its lists, its outbox. */
package vn.edu.platform.plan.signers.application.port.out;
