package vn.edu.platform.plan.orgunit.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeQuery;
import vn.edu.platform.plan.orgunit.application.port.out.OrgDirectoryStore;
import vn.edu.platform.plan.orgunit.domain.OrgDirectory;
import vn.edu.platform.plan.orgunit.domain.OrgTreeSnapshot;
import vn.edu.platform.plan.orgunit.domain.OrgUnit;
import vn.edu.platform.plan.orgunit.domain.ParentLink;

/**
 * Answers tree queries from memory. The whole directory of a province (≈ 1,000 units) is small, is
 * read on every request (scope checks, "my tasks", reports) and changes a few times a year, so it
 * is cached with the snapshots of the days asked for. The cache checks the store's version at most
 * once a second, so a change made through another instance is seen within a second.
 */
@Service
class OrgTreeQueryService implements OrgTreeQuery {

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
  public OrgTreeSnapshot asOf(LocalDate date) {
    Cached current = current();
    synchronized (current.snapshots) {
      return current.snapshots.computeIfAbsent(date, current.directory::asOf);
    }
  }

  @Override
  public Optional<OrgUnit> find(String code) {
    return current().directory.unit(code);
  }

  @Override
  public List<ParentLink> history(String code) {
    return current().directory.linksOf(code);
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
    final Map<LocalDate, OrgTreeSnapshot> snapshots =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<LocalDate, OrgTreeSnapshot> eldest) {
            return size() > MAX_CACHED_DAYS;
          }
        };

    Cached(long version, OrgDirectory directory, long checkedAt) {
      this.version = version;
      this.directory = directory;
      this.checkedAt = checkedAt;
    }
  }
}
