package vn.edu.platform.plan.planning.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The state an aggregate's transition leads to, with the events it raised: the application layer
 * stores the state, then hands the events on (public events, audit trail, read models), so a rule
 * and what it announces are decided in one place.
 */
public record Changes<T>(T state, List<PlanEvent> events) {

  public Changes {
    events = List.copyOf(events);
  }

  public static <T> Changes<T> of(T state, PlanEvent... events) {
    return new Changes<>(state, List.of(events));
  }

  /** The same events with another state (a transition that goes on from this one). */
  public <U> Changes<U> then(Changes<U> next) {
    List<PlanEvent> all = new ArrayList<>(events);
    all.addAll(next.events());
    return new Changes<>(next.state(), all);
  }
}
