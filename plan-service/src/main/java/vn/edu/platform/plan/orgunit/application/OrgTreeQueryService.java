package vn.edu.platform.plan.orgunit.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.edu.platform.plan.orgunit.application.port.in.OrgDirectoryQuery;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeQuery;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeView;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitView;
import vn.edu.platform.plan.orgunit.application.port.out.OrgDirectoryStore;
import vn.edu.platform.plan.orgunit.domain.OrgDirectory;
import vn.edu.platform.plan.orgunit.domain.OrgTreeSnapshot;
import vn.edu.platform.plan.orgunit.domain.OrgUnit;
import vn.edu.platform.plan.orgunit.domain.OrgUnitKind;
import vn.edu.platform.plan.orgunit.domain.ParentLink;
import vn.edu.platform.plan.orgunit.domain.SchoolLevel;

/**
 * Answers tree queries from memory. The whole directory of a province (≈ 1,000 units) is small, is
 * read on every request (scope checks, "my tasks", reports) and changes a few times a year, so it
 * is cached with the snapshots of the days asked for. The cache checks the store's version at most
 * once a second, so a change made through another instance is seen within a second.
 *
 * <p>Other features get each day's tree as an {@link OrgTreeView}, translated once per day and
 * directory version and cached beside the snapshot it comes from.
 */
@Service
class OrgTreeQueryService implements OrgTreeQuery, OrgDirectoryQuery {

  private static final Duration VERSION_CHECK_INTERVAL = Duration.ofSeconds(1);
  private static final int MAX_CACHED_DAYS = 64;

  private final OrgDirectoryStore store;
  private final Clock clock;
  private volatile Cached cached;

  OrgTreeQueryService(OrgDirectoryStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public OrgTreeView asOf(LocalDate date) {
    return day(date).view();
  }

  @Override
  public Optional<OrgUnitView> find(String code) {
    return unit(code).map(OrgTreeQueryService::viewOf);
  }

  @Override
  public OrgTreeSnapshot snapshotOn(LocalDate date) {
    return day(date).snapshot();
  }

  @Override
  public Optional<OrgUnit> unit(String code) {
    return current().directory.unit(code);
  }

  @Override
  public List<ParentLink> history(String code) {
    return current().directory.linksOf(code);
  }

  private Day day(LocalDate date) {
    Cached current = current();
    synchronized (current.days) {
      return current.days.computeIfAbsent(date, d -> Day.of(current.directory.asOf(d)));
    }
  }

  private Cached current() {
    Cached snapshot = cached;
    long now = clock.millis();
    if (snapshot != null && now - snapshot.checkedAt < VERSION_CHECK_INTERVAL.toMillis()) {
      return snapshot;
    }
    long version = store.version();
    if (snapshot != null && snapshot.version == version) {
      snapshot.checkedAt = now;
      return snapshot;
    }
    Cached fresh = new Cached(version, store.load(), now);
    cached = fresh;
    return fresh;
  }

  /** Forgets the cache at once (after a change made by this instance). */
  void invalidate() {
    cached = null;
  }

  private static final class Cached {
    final long version;
    final OrgDirectory directory;
    volatile long checkedAt;
    final Map<LocalDate, Day> days =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<LocalDate, Day> eldest) {
            return size() > MAX_CACHED_DAYS;
          }
        };

    Cached(long version, OrgDirectory directory, long checkedAt) {
      this.version = version;
      this.directory = directory;
      this.checkedAt = checkedAt;
    }
  }

  /** One day's tree: the domain's snapshot and its translation for the other features. */
  private record Day(OrgTreeSnapshot snapshot, OrgTreeView view) {

    static Day of(OrgTreeSnapshot snapshot) {
      Map<String, String> parentOf = new HashMap<>();
      for (OrgUnit unit : snapshot.units()) {
        snapshot.parentOf(unit.code()).ifPresent(parent -> parentOf.put(unit.code(), parent));
      }
      List<OrgUnitView> units = snapshot.units().stream().map(OrgTreeQueryService::viewOf).toList();
      return new Day(snapshot, OrgTreeView.of(snapshot.date(), units, parentOf));
    }
  }

  private static OrgUnitView viewOf(OrgUnit unit) {
    return new OrgUnitView(
        unit.code(),
        unit.name(),
        kindOf(unit.kind()),
        unit.schoolLevel() == null ? null : levelOf(unit.schoolLevel()),
        unit.validFrom(),
        unit.validTo(),
        unit.successorCodes());
  }

  // Spelled out rather than mapped by name, so that a new domain constant fails to compile here.
  private static OrgUnitView.Kind kindOf(OrgUnitKind kind) {
    return switch (kind) {
      case DEPARTMENT -> OrgUnitView.Kind.DEPARTMENT;
      case DIVISION -> OrgUnitView.Kind.DIVISION;
      case DISTRICT -> OrgUnitView.Kind.DISTRICT;
      case COMMUNE -> OrgUnitView.Kind.COMMUNE;
      case PEOPLES_COMMITTEE -> OrgUnitView.Kind.PEOPLES_COMMITTEE;
      case SCHOOL -> OrgUnitView.Kind.SCHOOL;
    };
  }

  private static OrgUnitView.SchoolLevel levelOf(SchoolLevel level) {
    return switch (level) {
      case PRESCHOOL -> OrgUnitView.SchoolLevel.PRESCHOOL;
      case PRIMARY -> OrgUnitView.SchoolLevel.PRIMARY;
      case LOWER_SECONDARY -> OrgUnitView.SchoolLevel.LOWER_SECONDARY;
      case UPPER_SECONDARY -> OrgUnitView.SchoolLevel.UPPER_SECONDARY;
      case MULTI_LEVEL -> OrgUnitView.SchoolLevel.MULTI_LEVEL;
      case CONTINUING_EDUCATION -> OrgUnitView.SchoolLevel.CONTINUING_EDUCATION;
    };
  }
}
