/** Child processes with a log file, deadline polling, process-tree shutdown and local ports. */
@NullMarked
package vn.edu.platform.runtime.process;

import org.jspecify.annotations.NullMarked;
