package vn.edu.platform.plan.orgunit.application;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.edu.platform.plan.orgunit.application.port.in.ChangeOrgDirectoryUseCase;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitCommands;
import vn.edu.platform.plan.orgunit.application.port.out.OrgDirectoryStore;
import vn.edu.platform.plan.orgunit.application.port.out.OrgUnitChangePublisher;
import vn.edu.platform.plan.orgunit.domain.DirectoryChange;
import vn.edu.platform.plan.orgunit.domain.OrgDirectory;
import vn.edu.platform.plan.orgunit.domain.OrgUnit;

/**
 * Applies changes to the organisation tree: each command loads the directory under its lock, lets
 * the domain check and apply it, stores the result and announces it — all in one transaction, so
 * the events leave (through the outbox) exactly when the change commits.
 */
@Service
class OrgDirectoryService implements ChangeOrgDirectoryUseCase {

  private final OrgDirectoryStore store;
  private final OrgUnitChangePublisher publisher;
  private final OrgTreeQueryService queries;

  OrgDirectoryService(
      OrgDirectoryStore store, OrgUnitChangePublisher publisher, OrgTreeQueryService queries) {
    this.store = store;
    this.publisher = publisher;
    this.queries = queries;
  }

  @Override
  @Transactional
  public OrgUnit create(OrgUnitCommands.CreateOrgUnit command) {
    OrgDirectory directory = store.loadForChange();
    return commit(directory.create(unitOf(command), command.parentCode()))
        .units()
        .getFirst()
        .unit();
  }

  @Override
  @Transactional
  public OrgUnit describe(OrgUnitCommands.DescribeOrgUnit command) {
    OrgDirectory directory = store.loadForChange();
    OrgUnit current =
        directory
            .unit(command.code())
            .orElseThrow(
                () ->
                    OrgDirectory.refusal(
                        "/code", "unknown-unit", "No unit has code " + command.code()));
    command.expectedRevision().verify("unit " + command.code(), current.revision());
    DirectoryChange change =
        directory.describe(
            command.code(),
            command.name() == null ? current.name() : command.name(),
            command.schoolLevel() == null ? current.schoolLevel() : command.schoolLevel(),
            command.ownership() == null ? current.ownership() : command.ownership(),
            command.administrativeCode() == null
                ? current.administrativeCode()
                : command.administrativeCode());
    return commit(change).units().getFirst().unit();
  }

  @Override
  @Transactional
  public OrgUnit move(OrgUnitCommands.MoveOrgUnit command) {
    OrgDirectory directory = store.loadForChange();
    DirectoryChange change =
        directory.move(command.code(), command.parentCode(), command.effectiveFrom());
    return commit(change).units().getFirst().unit();
  }

  @Override
  @Transactional
  public DirectoryChange merge(OrgUnitCommands.MergeOrgUnits command) {
    OrgDirectory directory = store.loadForChange();
    return commit(
        directory.merge(command.sourceCodes(), command.targetCode(), command.effectiveFrom()));
  }

  @Override
  @Transactional
  public OrgUnit close(OrgUnitCommands.CloseOrgUnit command) {
    OrgDirectory directory = store.loadForChange();
    return commit(directory.close(command.code(), command.lastDay())).units().getFirst().unit();
  }

  @Override
  @Transactional
  public DirectoryChange upsert(List<OrgUnitCommands.CreateOrgUnit> units) {
    OrgDirectory directory = store.loadForChange();
    DirectoryChange all = new DirectoryChange(List.of(), List.of());
    for (OrgUnitCommands.CreateOrgUnit command : units) {
      all = all.plus(upsertOne(directory, command));
    }
    return commit(all);
  }

  private static DirectoryChange upsertOne(
      OrgDirectory directory, OrgUnitCommands.CreateOrgUnit command) {
    OrgUnit existing = directory.unit(command.code()).orElse(null);
    if (existing == null) {
      return directory.create(unitOf(command), command.parentCode());
    }
    if (existing.kind() != command.kind()) {
      throw OrgDirectory.refusal(
          "/kind", "kind-changed", "Unit " + command.code() + " is a " + existing.kind());
    }
    DirectoryChange change = new DirectoryChange(List.of(), List.of());
    if (!Objects.equals(existing.name(), unitOf(command).name())
        || existing.schoolLevel() != command.schoolLevel()
        || existing.ownership() != command.ownership()
        || !Objects.equals(existing.administrativeCode(), command.administrativeCode())) {
      change =
          directory.describe(
              command.code(),
              command.name(),
              command.schoolLevel(),
              command.ownership(),
              command.administrativeCode());
    }
    String currentParent =
        directory.linkOn(command.code(), command.validFrom()).map(l -> l.parentCode()).orElse(null);
    if (command.parentCode() != null && !command.parentCode().equals(currentParent)) {
      change =
          change.plus(directory.move(command.code(), command.parentCode(), command.validFrom()));
    }
    return change;
  }

  private DirectoryChange commit(DirectoryChange change) {
    if (!change.units().isEmpty()) {
      store.save(change);
      publisher.publish(change);
      // This instance's readers see the change as soon as it commits; others within a second.
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              queries.invalidate();
            }
          });
    }
    return change;
  }

  private static OrgUnit unitOf(OrgUnitCommands.CreateOrgUnit c) {
    return new OrgUnit(
        c.code(),
        c.name(),
        c.kind(),
        c.schoolLevel(),
        c.ownership(),
        c.administrativeCode(),
        c.validFrom(),
        null,
        List.of(),
        1);
  }
}
