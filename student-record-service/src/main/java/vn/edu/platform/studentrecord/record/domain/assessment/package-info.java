/**
 * The assessment rules of the school record (học bạ): what a school may submit for a student's year
 * and what follows from it. For grades 6-12 (Circular 22/2021/TT-BGDĐT) the semester and year
 * subject averages, the learning result with its one-step adjustment, the year-end decision
 * (promotion, summer re-assessment or conduct training, repetition), the outcome after the summer
 * and the awards; for grades 1-5 (Circular 27/2020/TT-BGDĐT) the year outcome from the subject
 * levels, tests, qualities and competencies. Content is checked against the grade's curriculum of
 * the subject catalogue at two levels, a draft (every value given valid) and a complete record
 * (every value required present), reporting every problem at once as violations located by JSON
 * pointers. Plain values and static functions: no framework, no storage.
 */
@NullMarked
package vn.edu.platform.studentrecord.record.domain.assessment;

import org.jspecify.annotations.NullMarked;
