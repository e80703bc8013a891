package vn.edu.platform.test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.cache.ContextCache;
import org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate;
import org.springframework.test.context.cache.DefaultContextCache;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;
import vn.edu.platform.test.postgres.EmbeddedPostgresServer;

/**
 * Shuts the test JVM down in the right order once every test has run: first the cached Spring
 * contexts (their outbox registry writes its last state, Kafka consumers leave their groups, pools
 * close), then the broker and PostgreSQL. Left to JVM shutdown hooks, which run in no order, a
 * context could still be closing against a stopped database and keep the JVM alive until Surefire
 * kills it 30 s later.
 */
public class PlatformTestSessionListener implements LauncherSessionListener {

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    closeCachedContexts();
    EmbeddedKafkaServer.stopIfStarted();
    EmbeddedPostgresServer.stopIfStarted();
  }

  private static void closeCachedContexts() {
    ContextCache cache = new ContextCacheAccess().cache();
    for (MergedContextConfiguration key : keysOf(cache)) {
      if (cache.contains(key)) {
        cache.remove(key, HierarchyMode.EXHAUSTIVE); // closes the context
      }
    }
  }

  /**
   * Spring offers no way to list the cached contexts, and its {@code clear()} forgets them without
   * closing them; the keys are read from the default cache's map.
   */
  @SuppressWarnings("unchecked")
  private static List<MergedContextConfiguration> keysOf(ContextCache cache) {
    if (!(cache instanceof DefaultContextCache)) {
      return List.of();
    }
    try {
      Field field = DefaultContextCache.class.getDeclaredField("contextMap");
      field.setAccessible(true);
      Map<MergedContextConfiguration, ?> map =
          (Map<MergedContextConfiguration, ?>) field.get(cache);
      synchronized (map) {
        return new ArrayList<>(map.keySet());
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // A Spring version without the field: fall back to the shutdown hooks.
      return List.of();
    }
  }

  /** Spring keeps its test context cache behind a protected accessor. */
  private static final class ContextCacheAccess extends DefaultCacheAwareContextLoaderDelegate {
    ContextCache cache() {
      return getContextCache();
    }
  }
}
