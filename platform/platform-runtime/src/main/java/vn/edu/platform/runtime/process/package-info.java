/**
 * Child processes with a log file, deadline polling, process-tree shutdown, local ports and
 * deleting directory trees.
 */
@NullMarked
package vn.edu.platform.runtime.process;

import org.jspecify.annotations.NullMarked;
