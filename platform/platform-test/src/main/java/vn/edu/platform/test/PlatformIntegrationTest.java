package vn.edu.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full Spring Boot test of a service against real infrastructure: the application on a random
 * port with profile {@code test}, a real PostgreSQL database, a real Kafka broker and the test
 * Keycloak realm's JWKS endpoint.
 *
 * <p>PostgreSQL, Kafka and the JWKS server start once per test JVM and are shared by every context.
 * Each Spring context gets a fresh, empty database (Flyway migrates it on startup); classes with
 * the same configuration share one cached context and therefore one database. Properties set here
 * rank below {@code @SpringBootTest(properties)} and {@code @TestPropertySource}, so a test can
 * still override any of them.
 *
 * <pre>{@code
 * @PlatformIntegrationTest
 * class PlanApiIntegrationTests {
 *   @Value("${local.server.port}") int port;
 *   // call http://localhost:port/api/v1/plans with TestTokens.bearer(Personas.departmentAdmin())
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface PlatformIntegrationTest {

  /**
   * Name of a database to share with every other class naming the same one; by default (empty) each
   * Spring context gets a database of its own.
   */
  String database() default "";

  /** Extra properties, as {@link SpringBootTest#properties()}. */
  @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
  String[] properties() default {};

  /** The configuration classes to load, as {@link SpringBootTest#classes()}. */
  @AliasFor(annotation = SpringBootTest.class, attribute = "classes")
  Class<?>[] classes() default {};
}
