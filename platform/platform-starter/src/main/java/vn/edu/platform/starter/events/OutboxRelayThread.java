package vn.edu.platform.starter.events;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The context's {@code @Async} executor: one thread, so that the outbox relay sends events in the
 * order their transactions committed (see {@link EventsAutoConfiguration#outboxRelayThread()}). On
 * shutdown it finishes the sends already handed to it, for at most 5 s; a send it could not finish
 * stays an incomplete publication and is sent again on the next start.
 */
public final class OutboxRelayThread implements AsyncConfigurer, DisposableBean {

  private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

  OutboxRelayThread() {
    executor.setCorePoolSize(1);
    executor.setMaxPoolSize(1);
    executor.setThreadNamePrefix("outbox-relay-");
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(5);
    executor.initialize();
  }

  @Override
  public Executor getAsyncExecutor() {
    return executor;
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }
}
