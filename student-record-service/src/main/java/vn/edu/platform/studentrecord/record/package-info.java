/**
 * The school record (học bạ) of one student for one school year: its content under the assessment
 * rules of Circular 22/2021 (grades 6-12) and Circular 27/2020 (grades 1-5), checked against the
 * subject catalogue (configuration), its workflow from draft to locked, and its corrections as new
 * versions.
 */
@NullMarked
package vn.edu.platform.studentrecord.record;

import org.jspecify.annotations.NullMarked;
