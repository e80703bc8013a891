package vn.edu.platform.studentrecord.student.application.port.in;

import java.util.UUID;

/**
 * What a search of students is filtered by; null criteria do not filter. Students are found by the
 * school that holds their file; with a year, class or grade, by their open enrolment there.
 *
 * @param schoolCode null only for callers who read the whole province
 * @param name words of the full name, with or without diacritics, anywhere in the name
 */
public record StudentFilter(
    String schoolCode, String schoolYear, UUID classId, Integer grade, String name) {}
