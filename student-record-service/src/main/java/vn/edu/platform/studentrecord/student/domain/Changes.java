package vn.edu.platform.studentrecord.student.domain;

import java.util.List;

/**
 * The state a transition leads to, with the events it raised: the application stores the state,
 * then hands the events on (audit trail, public events), so a rule and what it announces are
 * decided in one place.
 */
public record Changes<T>(T state, List<StudentEvent> events) {

  public Changes {
    events = List.copyOf(events);
  }

  public static <T> Changes<T> of(T state, StudentEvent... events) {
    return new Changes<>(state, List.of(events));
  }
}
