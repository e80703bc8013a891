/** A single-node Kafka broker in KRaft mode (broker and controller in one child JVM). */
@NullMarked
package vn.edu.platform.runtime.kafka;

import org.jspecify.annotations.NullMarked;
