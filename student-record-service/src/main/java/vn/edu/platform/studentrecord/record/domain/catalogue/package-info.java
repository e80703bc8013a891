/**
 * The subject catalogue's values: the subjects of each grade, how each is assessed, its yearly
 * periods and hence its number of regular assessments. The catalogue itself is data ({@code
 * subject-catalogue.json}), these types only hold it and keep its invariants.
 */
@NullMarked
package vn.edu.platform.studentrecord.record.domain.catalogue;

import org.jspecify.annotations.NullMarked;
