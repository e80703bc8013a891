package vn.edu.platform.plan.report.adapter.in.web;

import org.springframework.stereotype.Component;
import vn.edu.platform.plan.report.application.port.in.ReportQuery;
import vn.edu.platform.starter.security.ScopeCheckBeforeBinding;

/**
 * Decides whether the caller may read the report form of a {@link FormReadersOnly} handler before
 * Spring MVC binds and validates its body, as the starter's role check does for roles: a unit whose
 * form this is not gets the form's 404 whatever it sends, and learns nothing of the form's plan,
 * periods or rules, nor of what the body should look like.
 */
@Component
class FormAccessBeforeBinding extends ScopeCheckBeforeBinding {

  private final ReportQuery queries;
  private final ReportCallers callers;

  FormAccessBeforeBinding(ReportQuery queries, ReportCallers callers) {
    super(FormReadersOnly.class);
    this.queries = queries;
    this.callers = callers;
  }

  @Override
  protected void check(PathVariables path) {
    path.uuid("formId").ifPresent(formId -> queries.form(callers.viewer(), formId));
  }
}
