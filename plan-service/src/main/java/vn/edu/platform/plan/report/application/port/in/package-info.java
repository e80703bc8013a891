/** What the outside asks of progress reports: the use cases, their commands and their views. */
package vn.edu.platform.plan.report.application.port.in;
