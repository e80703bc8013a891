package vn.edu.platform.plan.report.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeView;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitView;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.PlanView;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.Stage;
import vn.edu.platform.plan.planning.application.port.in.Viewer;
import vn.edu.platform.plan.report.application.port.in.OwedReportsQuery;
import vn.edu.platform.plan.report.application.port.in.ReportFilter;
import vn.edu.platform.plan.report.application.port.in.ReportQuery;
import vn.edu.platform.plan.report.application.port.in.ReportStatisticsQuery;
import vn.edu.platform.plan.report.application.port.in.ReportViews;
import vn.edu.platform.plan.report.application.port.in.ReportViews.FormView;
import vn.edu.platform.plan.report.application.port.in.ReportViews.PeriodView;
import vn.edu.platform.plan.report.application.port.in.ReportViews.ReportView;
import vn.edu.platform.plan.report.application.port.out.ReportStore;
import vn.edu.platform.plan.report.domain.ApprovalLevel;
import vn.edu.platform.plan.report.domain.ApprovalRoute;
import vn.edu.platform.plan.report.domain.ProgressReport;
import vn.edu.platform.plan.report.domain.ReportForm;
import vn.edu.platform.plan.report.domain.ReportStatus;
import vn.edu.platform.plan.report.domain.ReportingPeriod;
import vn.edu.platform.plan.report.domain.Tally;
import vn.edu.platform.plan.report.domain.ValueRange;
import vn.edu.platform.starter.config.PlatformTime;

/**
 * Reads forms and reports as the viewer may see them, and counts rate and timeliness.
 *
 * <p>Statistics of a period aggregate along the tree of the period's <em>last day</em>: the units
 * expected then, under the communes of then. A 2024 report of a school counts under its 2024
 * commune even after that commune merged; a 2026 report under the merged one. Scope follows the
 * platform's rule of today (a commune officer sees the schools its commune holds today).
 */
@Service
@Transactional(readOnly = true)
class ReportQueryService implements ReportQuery, ReportStatisticsQuery, OwedReportsQuery {

  /** How far back the reminders look for overdue reports. */
  private static final int OVERDUE_LOOKBACK_DAYS = 366;

  private final ReportStore store;
  private final FormContexts contexts;
  private final ReportingUnits units;
  private final PublishedPlans plans;
  private final Clock clock;

  ReportQueryService(
      ReportStore store,
      FormContexts contexts,
      ReportingUnits units,
      PublishedPlans plans,
      Clock clock) {
    this.store = store;
    this.contexts = contexts;
    this.units = units;
    this.plans = plans;
    this.clock = clock;
  }

  // --- forms ----------------------------------------------------------------------------------

  @Override
  public FormView form(Viewer viewer, UUID formId) {
    return visibleForm(viewer, formId).view();
  }

  @Override
  public ReportViews.Slice<FormView> forms(Viewer viewer, UUID planId, int offset, int limit) {
    Map<UUID, Boolean> seesPlan = new HashMap<>();
    Map<UUID, PlanView> planCache = new HashMap<>();
    List<FormView> views = new ArrayList<>();
    for (ReportForm form : store.forms(planId == null ? null : List.of(planId))) {
      PlanView plan = planCache.computeIfAbsent(form.planId(), id -> plans.plan(id).orElseThrow());
      boolean visible =
          seesPlan.computeIfAbsent(form.planId(), id -> plans.sees(viewer, id))
              || (!viewer.provinceWide()
                  && plan.stage() != Stage.DRAFT
                  && reportsOn(viewer, contexts.of(form, plan)));
      if (visible) {
        views.add(viewOf(form, plan));
      }
    }
    int from = Math.min(offset, views.size());
    int to = Math.min(from + limit, views.size());
    return new ReportViews.Slice<>(views.subList(from, to), views.size());
  }

  @Override
  public List<PeriodView> periods(Viewer viewer, UUID formId) {
    ReportForm form = visibleForm(viewer, formId).form();
    return form.periods().stream().map(p -> new PeriodView(p, form.dueOn(p))).toList();
  }

  // --- reports --------------------------------------------------------------------------------

  @Override
  public ReportView report(Viewer viewer, UUID reportId, LocalDate today) {
    ProgressReport report =
        store
            .find(reportId)
            .filter(r -> sees(viewer, r.unitCode()))
            .orElseThrow(() -> new NotFound("report-not-found", reportId));
    ReportForm form = store.findForm(report.formId()).orElseThrow();
    return view(report, form, today);
  }

  @Override
  public ReportView current(
      Viewer viewer, UUID formId, String periodCode, String unitCode, LocalDate today) {
    FormContext context = visibleForm(viewer, formId);
    ReportingPeriod period = context.form().period(periodCode);
    return store.current(List.of(formId), Set.of(unitCode)).stream()
        .filter(r -> r.period().code().equals(period.code()))
        .filter(r -> sees(viewer, r.unitCode()))
        .findFirst()
        .map(r -> view(r, context.form(), today))
        .orElseThrow(() -> new NotFound("report-not-found", unitCode + "/" + period.code()));
  }

  @Override
  public ReportViews.Slice<ReportView> reports(
      Viewer viewer, ReportFilter filter, LocalDate today) {
    if (!viewer.provinceWide() && viewer.unitCodes().isEmpty()) {
      return new ReportViews.Slice<>(List.of(), 0);
    }
    ReportViews.Slice<ProgressReport> slice =
        store.list(filter, viewer.provinceWide() ? null : viewer.unitCodes());
    Map<UUID, ReportForm> forms = new HashMap<>();
    List<ReportView> views = new ArrayList<>();
    for (ProgressReport report : slice.items()) {
      ReportForm form =
          forms.computeIfAbsent(report.formId(), id -> store.findForm(id).orElseThrow());
      views.add(view(report, form, today));
    }
    return new ReportViews.Slice<>(views, slice.total());
  }

  // --- statistics -----------------------------------------------------------------------------

  @Override
  public ReportViews.Statistics statistics(Viewer viewer, UUID formId, String periodCode) {
    FormContext context = visibleForm(viewer, formId);
    ReportingPeriod period = context.form().period(periodCode);
    OrgTreeView day = units.treeOn(period.end());
    List<String> expected =
        units.expected(context, period).stream()
            .filter(code -> viewer.provinceWide() || viewer.unitCodes().contains(code))
            .toList();
    Map<String, ProgressReport> reports =
        store.current(formId, period.code()).stream()
            .collect(Collectors.toMap(ProgressReport::unitCode, Function.identity()));
    Map<String, Tally> byCommune = new HashMap<>();
    Tally direct = Tally.NONE;
    Tally total = Tally.NONE;
    List<ReportViews.UnitRow> rows = new ArrayList<>();
    for (String code : expected) {
      ProgressReport report = reports.get(code);
      Tally tally = Tally.ofUnit(report);
      String commune = ReportingUnits.communeOf(day, code);
      if (commune == null) {
        direct = direct.plus(tally);
      } else {
        byCommune.merge(commune, tally, Tally::plus);
      }
      total = total.plus(tally);
      rows.add(
          new ReportViews.UnitRow(
              code, nameOf(day, code), day.parentOf(code).orElse(null), commune, report));
    }
    Comparator<String> byName = Comparator.comparing((String c) -> nameOf(day, c));
    List<ReportViews.GroupTally> communes =
        byCommune.entrySet().stream()
            .sorted(Map.Entry.comparingByKey(byName.thenComparing(Comparator.naturalOrder())))
            .map(e -> new ReportViews.GroupTally(e.getKey(), nameOf(day, e.getKey()), e.getValue()))
            .toList();
    rows.sort(
        Comparator.comparing(
                (ReportViews.UnitRow r) ->
                    r.communeCode() == null ? "" : nameOf(day, r.communeCode()))
            .thenComparing(ReportViews.UnitRow::unitName)
            .thenComparing(ReportViews.UnitRow::unitCode));
    return new ReportViews.Statistics(
        context.view(),
        new PeriodView(period, context.form().dueOn(period)),
        day.date(),
        viewer.provinceWide(),
        total,
        communes,
        direct,
        rows);
  }

  @Override
  public ReportViews.UnitHistory history(
      Viewer viewer, UUID formId, String unitCode, LocalDate today) {
    FormContext context = visibleForm(viewer, formId);
    Map<String, ProgressReport> reports =
        store.current(List.of(formId), Set.of(unitCode)).stream()
            .collect(Collectors.toMap(r -> r.period().code(), Function.identity()));
    List<ReportViews.HistoryRow> rows = new ArrayList<>();
    Tally tally = Tally.NONE;
    for (ReportingPeriod period : context.form().periods()) {
      if (period.start().isAfter(today)) {
        break;
      }
      boolean expected = units.expected(context, period).contains(unitCode);
      ProgressReport report = reports.get(period.code());
      if (expected) {
        tally = tally.plus(Tally.ofUnit(report));
      }
      if (expected || report != null) {
        rows.add(
            new ReportViews.HistoryRow(
                new PeriodView(period, context.form().dueOn(period)), expected, report));
      }
    }
    return new ReportViews.UnitHistory(context.view(), unitCode, today, rows, tally);
  }

  // --- reminders ------------------------------------------------------------------------------

  @Override
  public ReportViews.OwedReports owed(Set<String> unitCodes, LocalDate today, int withinDays) {
    if (unitCodes.isEmpty()) {
      return new ReportViews.OwedReports(List.of(), List.of());
    }
    LocalDate until = today.plusDays(withinDays);
    LocalDate since = today.minusDays(OVERDUE_LOOKBACK_DAYS);
    Map<UUID, PlanView> planCache = new HashMap<>();
    Map<UUID, FormContext> owing = new LinkedHashMap<>();
    List<ReportViews.OwedReport> candidates = new ArrayList<>();
    for (ReportForm form : store.forms(null)) {
      PlanView plan = planCache.computeIfAbsent(form.planId(), id -> plans.plan(id).orElseThrow());
      if (plan.stage() != Stage.ACTIVE) {
        continue;
      }
      FormContext context = null;
      for (ReportingPeriod period : form.periods()) {
        LocalDate due = form.dueOn(period);
        if (period.start().isAfter(today) || due.isBefore(since) || due.isAfter(until)) {
          continue;
        }
        context = context == null ? contexts.of(form, plan) : context;
        for (String unit : units.expected(context, period)) {
          if (unitCodes.contains(unit)) {
            candidates.add(
                new ReportViews.OwedReport(
                    context.view(), form.title(), unit, new PeriodView(period, due), null));
            owing.put(form.id(), context);
          }
        }
      }
    }
    if (candidates.isEmpty()) {
      return new ReportViews.OwedReports(List.of(), List.of());
    }
    Map<String, ProgressReport> existing = new HashMap<>();
    for (ProgressReport r : store.current(owing.keySet(), unitCodes)) {
      existing.put(key(r.formId(), r.unitCode(), r.period().code()), r);
    }
    List<ReportViews.OwedReport> overdue = new ArrayList<>();
    List<ReportViews.OwedReport> dueSoon = new ArrayList<>();
    for (ReportViews.OwedReport c : candidates) {
      ProgressReport report =
          existing.get(key(c.form().form().id(), c.unitCode(), c.period().period().code()));
      if (report != null && report.status() != ReportStatus.DRAFT) {
        continue;
      }
      ReportViews.OwedReport owed =
          new ReportViews.OwedReport(c.form(), c.title(), c.unitCode(), c.period(), report);
      (c.period().dueOn().isBefore(today) ? overdue : dueSoon).add(owed);
    }
    Comparator<ReportViews.OwedReport> order =
        Comparator.comparing((ReportViews.OwedReport o) -> o.period().dueOn())
            .thenComparing(o -> o.form().planNumber())
            .thenComparing(ReportViews.OwedReport::title)
            .thenComparing(ReportViews.OwedReport::unitCode);
    overdue.sort(order);
    dueSoon.sort(order);
    return new ReportViews.OwedReports(overdue, dueSoon);
  }

  // --- helpers --------------------------------------------------------------------------------

  private ReportView view(ProgressReport report, ReportForm form, LocalDate today) {
    ApprovalRoute route = units.routeOf(report.unitCode(), today);
    ApprovalLevel awaited = report.awaitedLevel(route).orElse(null);
    String approver =
        awaited == null
            ? null
            : awaited == ApprovalLevel.COMMUNE ? route.communeCode() : units.departmentCode(today);
    return new ReportView(report, form, awaited, approver);
  }

  /**
   * A form is visible with its plan, and to the units that report on it (a target's scope names
   * units a plan's tasks may not involve).
   */
  private FormContext visibleForm(Viewer viewer, UUID formId) {
    FormContext context = contexts.load(formId);
    boolean visible =
        plans.sees(viewer, context.plan().id())
            || (!viewer.provinceWide()
                && context.plan().stage() != Stage.DRAFT
                && reportsOn(viewer, context));
    if (!visible) {
      throw new NotFound("report-form-not-found", formId);
    }
    return context;
  }

  /** Whether one of the viewer's units reports on the form in its latest begun period. */
  private boolean reportsOn(Viewer viewer, FormContext context) {
    LocalDate today = PlatformTime.today(clock);
    ReportingPeriod latest = context.form().firstPeriod();
    for (ReportingPeriod period : context.form().periods()) {
      if (period.start().isAfter(today)) {
        break;
      }
      latest = period;
    }
    return units.expected(context, latest).stream().anyMatch(viewer.unitCodes()::contains);
  }

  /** A form's view from its plan alone (its target's range), without the task's assignments. */
  private static FormView viewOf(ReportForm form, PlanView plan) {
    ValueRange range =
        form.onTask()
            ? null
            : plan.targets().stream()
                .filter(t -> t.id().equals(form.targetId()))
                .findFirst()
                .map(t -> new ValueRange(t.minValue(), t.maxValue(), t.unitOfMeasure()))
                .orElse(null);
    return new FormView(form, plan.number(), range);
  }

  private static boolean sees(Viewer viewer, String unitCode) {
    return viewer.provinceWide() || viewer.unitCodes().contains(unitCode);
  }

  private static String nameOf(OrgTreeView day, String code) {
    return day.unit(code).map(OrgUnitView::name).orElse(code);
  }

  private static String key(UUID formId, String unit, String period) {
    return formId + "|" + unit + "|" + period;
  }
}
