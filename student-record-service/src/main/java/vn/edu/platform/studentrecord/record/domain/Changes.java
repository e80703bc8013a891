package vn.edu.platform.studentrecord.record.domain;

import java.util.List;

/**
 * The state a transition leads to, with the events it raised: the application stores the state,
 * then audits and publishes the events, so a rule and what it announces are decided in one place.
 */
public record Changes<T>(T state, List<RecordEvent> events) {

  public Changes {
    events = List.copyOf(events);
  }

  public static <T> Changes<T> of(T state, RecordEvent... events) {
    return new Changes<>(state, List.of(events));
  }
}
