/** What the outside asks of the register of signers: its use cases, commands and views. */
package vn.edu.platform.plan.signers.application.port.in;
