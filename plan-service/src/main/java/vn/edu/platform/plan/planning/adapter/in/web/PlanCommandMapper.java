package vn.edu.platform.plan.planning.adapter.in.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.plan.planning.adapter.in.web.PlanRequests.AttachmentRequest;
import vn.edu.platform.plan.planning.adapter.in.web.PlanRequests.DeadlineRequest;
import vn.edu.platform.plan.planning.adapter.in.web.PlanRequests.LegalBasisRequest;
import vn.edu.platform.plan.planning.adapter.in.web.PlanRequests.PhaseRequest;
import vn.edu.platform.plan.planning.adapter.in.web.PlanRequests.TargetRequest;
import vn.edu.platform.plan.planning.adapter.in.web.PlanRequests.TaskRequest;
import vn.edu.platform.plan.planning.application.port.in.PlanCommands;
import vn.edu.platform.plan.planning.domain.Attachment;
import vn.edu.platform.plan.planning.domain.Deadline;
import vn.edu.platform.plan.planning.domain.LegalBasis;
import vn.edu.platform.plan.planning.domain.Phase;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.TargetScope;

/**
 * Request bodies to commands. Value objects check their shape as they are built; their violations
 * are located under the body's pointer ({@code /tasks/3/deadline/month}) and all of them are
 * reported together.
 */
final class PlanCommandMapper {

  private final List<Violation> violations = new ArrayList<>();

  <T> T at(String pointer, Supplier<T> build) {
    try {
      return build.get();
    } catch (RuleViolation v) {
      v.violations().forEach(x -> violations.add(x.under(pointer)));
      return null;
    }
  }

  <S, T> List<T> list(String pointer, List<S> items, Function<S, T> map) {
    if (items == null) {
      return null;
    }
    List<T> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      S item = items.get(i);
      T value = at(pointer + "/" + i, () -> map.apply(item));
      if (value != null) {
        result.add(value);
      }
    }
    return result;
  }

  /** Throws the collected violations, if any. */
  void done() {
    RuleViolation.throwIfAny(Plan.RULES, violations);
  }

  Deadline deadline(String pointer, DeadlineRequest d) {
    if (d == null) {
      return null;
    }
    return at(
        pointer,
        () -> new Deadline(d.kind(), d.date(), d.month(), d.quarter(), d.year(), d.recurrence()));
  }

  List<LegalBasis> legalBases(List<LegalBasisRequest> bases) {
    return list(
        "/legalBases",
        bases,
        b -> new LegalBasis(b.documentNumber(), b.title(), b.issuedOn(), b.planId()));
  }

  List<Phase> phases(List<PhaseRequest> phases) {
    return list("/phases", phases, p -> new Phase(p.code(), p.from(), p.to()));
  }

  List<Attachment> attachments(List<AttachmentRequest> attachments) {
    return list(
        "/attachments",
        attachments,
        a -> new Attachment(a.fileName(), a.mediaType(), a.size(), a.sha256(), a.uri()));
  }

  PlanCommands.NewTarget target(String pointer, TargetRequest t) {
    return new PlanCommands.NewTarget(
        t.indicator(),
        t.unitOfMeasure(),
        t.targetValue(),
        t.baseline(),
        t.minValue(),
        t.maxValue(),
        deadline(pointer + "/deadline", t.deadline()),
        t.scope() == null
            ? null
            : at(
                pointer + "/scope",
                () ->
                    new TargetScope(
                        t.scope().level(), t.scope().educationLevel(), t.scope().unitCodes())),
        t.source());
  }

  PlanCommands.NewTask task(String pointer, TaskRequest t) {
    return new PlanCommands.NewTask(
        t.number(),
        t.parentNumber(),
        t.content(),
        t.leadUnitCode(),
        t.coordinatingUnitCodes(),
        deadline(pointer + "/deadline", t.deadline()),
        t.approvingAuthority(),
        t.responsibilities(),
        t.weight(),
        t.assignedUnitCodes(),
        t.assignedGroups());
  }
}
