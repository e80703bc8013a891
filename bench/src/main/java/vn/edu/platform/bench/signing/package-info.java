/**
 * Issue 8's benchmarks (JMH): signing a class-sized batch of record-sized JSON documents at
 * baseline-LT with the local adapter, one signature for the batch and one per document, against
 * baseline-B one document at a time as the baseline of the same run; and the verification of one
 * document with its full report.
 */
package vn.edu.platform.bench.signing;
