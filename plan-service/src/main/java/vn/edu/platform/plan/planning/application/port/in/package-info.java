/** What the outside asks of plans: the use cases, their commands and the views they answer. */
package vn.edu.platform.plan.planning.application.port.in;
