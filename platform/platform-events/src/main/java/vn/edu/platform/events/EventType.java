package vn.edu.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an {@link IntegrationEvent} on the wire.
 *
 * <p>{@code type} is the CloudEvents type ({@code vn.edu.platform.plan.OrgUnitChanged}); {@code
 * version} is the schema version: a change that is not backwards compatible gets a new version (a
 * new record and a new schema file), never an edit of the old one. {@code topic} is one of {@link
 * Topics}; {@code source} is the publishing service.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

  String type();

  int version();

  String topic();

  String source();
}
