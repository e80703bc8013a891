/** Logging without personal data: the redactor applied to every structured (ECS) log line. */
@NullMarked
package vn.edu.platform.gateway.observability;

import org.jspecify.annotations.NullMarked;
