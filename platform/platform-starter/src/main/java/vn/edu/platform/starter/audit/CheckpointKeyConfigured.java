package vn.edu.platform.starter.audit;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when {@code platform.audit.checkpoint.key} has a non-blank value. */
class CheckpointKeyConfigured implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return StringUtils.hasText(
        context.getEnvironment().getProperty("platform.audit.checkpoint.key"));
  }
}
