/**
 * Reading and writing import files, streaming so that a file of a million rows needs the memory of
 * one row: CSV through Apache Commons CSV (UTF-8, byte-order mark stripped, {@code ,} {@code ;} or
 * tab detected from the header line, quoted multi-line cells, a bounded record size), XLSX through
 * fastexcel-reader (first sheet, cells as strings, dates as ISO-8601), tolerant header matching,
 * and the downloadable templates and error reports (UTF-8 with a byte-order mark so that Excel
 * shows Vietnamese).
 */
@NullMarked
package vn.edu.platform.starter.imports.file;

import org.jspecify.annotations.NullMarked;
