/**
 * One real PostgreSQL 17 server per test JVM (zonky's embedded binaries, no installation, no
 * Docker). Tests isolate themselves with a database each rather than a server each, because
 * creating a database costs milliseconds and starting a server seconds.
 */
@NullMarked
package vn.edu.platform.test.postgres;

import org.jspecify.annotations.NullMarked;
