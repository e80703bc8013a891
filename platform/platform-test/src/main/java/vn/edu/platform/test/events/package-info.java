/** Contract checks of the events a service publishes, against the schemas in platform-events. */
@NullMarked
package vn.edu.platform.test.events;

import org.jspecify.annotations.NullMarked;
