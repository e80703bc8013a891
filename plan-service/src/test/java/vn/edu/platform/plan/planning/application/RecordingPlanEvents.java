package vn.edu.platform.plan.planning.application;

import java.util.ArrayList;
import java.util.List;
import vn.edu.platform.plan.planning.application.port.out.PlanEventPublisher;
import vn.edu.platform.plan.planning.domain.PlanEvent;

/** Keeps the domain events handed to the publisher, in order. */
final class RecordingPlanEvents implements PlanEventPublisher {

  final List<PlanEvent> published = new ArrayList<>();

  @Override
  public void publish(PlanEvent event) {
    published.add(event);
  }

  <E extends PlanEvent> List<E> of(Class<E> type) {
    return published.stream().filter(type::isInstance).map(type::cast).toList();
  }

  void clear() {
    published.clear();
  }
}
