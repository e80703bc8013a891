/** PostgreSQL 17 from zonky's embedded binaries, on a throw-away or a persistent data directory. */
@NullMarked
package vn.edu.platform.runtime.postgres;

import org.jspecify.annotations.NullMarked;
