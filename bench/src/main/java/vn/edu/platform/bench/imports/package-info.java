/**
 * The import framework's benchmark: a deterministic one-million-row CSV of Vietnamese student
 * records (about 5% bad rows) is uploaded and processed by the framework's own classes against a
 * real PostgreSQL, under a small heap, to measure rows per second and prove that memory stays
 * constant however large the file.
 */
package vn.edu.platform.bench.imports;
