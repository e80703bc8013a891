/**
 * Demo import types of the starter's test application: {@code demo-units} (validation of every kind
 * of cell, a primary key the store enforces) and {@code demo-ledger} (a table without unique key,
 * and a switch that kills the worker mid-job, to prove resumption applies each row once).
 */
package vn.edu.platform.starter.testapp.imports;
