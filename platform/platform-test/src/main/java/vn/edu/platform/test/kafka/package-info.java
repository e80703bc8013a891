/**
 * One real Kafka broker (KRaft) per test JVM, with helpers to read a topic from the beginning and
 * wait for records with a deadline, so event tests assert on what really reached the broker rather
 * than on a mocked template.
 */
@NullMarked
package vn.edu.platform.test.kafka;

import org.jspecify.annotations.NullMarked;
