package vn.edu.platform.test.securitykit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A digest of a service's data, per table: {@code md5} of every row's text in a stable order. Two
 * equal digests mean no rejected request changed a row. Bookkeeping tables that legitimately change
 * on any request (idempotency records, the audit trail, the outbox) are excluded by name.
 */
public final class TableDigest {

  private final DataSource dataSource;
  private final List<String> schemas;
  private final Set<String> excluded;

  /**
   * @param schemas the service's schemas, e.g. {@code plan}
   * @param excluded tables left out, as {@code schema.table}
   */
  public TableDigest(DataSource dataSource, List<String> schemas, Set<String> excluded) {
    this.dataSource = dataSource;
    this.schemas = List.copyOf(schemas);
    this.excluded = Set.copyOf(excluded);
  }

  /** The digest of every table, by {@code schema.table}. */
  public Map<String, String> take() {
    try (Connection connection = dataSource.getConnection()) {
      Map<String, String> digest = new TreeMap<>();
      for (String table : tables(connection)) {
        try (Statement statement = connection.createStatement();
            ResultSet rows =
                statement.executeQuery(
                    "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "
                        + table
                        + " t")) {
          rows.next();
          digest.put(table, rows.getString(1));
        }
      }
      return digest;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not digest the service's tables", e);
    }
  }

  private List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select table_schema || '.' || table_name from information_schema.tables"
                + " where table_type = 'BASE TABLE' and table_schema = any(?) order by 1")) {
      query.setArray(1, connection.createArrayOf("text", schemas.toArray()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String table = rows.getString(1);
          if (!excluded.contains(table)) {
            tables.add(table);
          }
        }
      }
    }
    if (tables.isEmpty()) {
      throw new IllegalStateException("No table to digest in schemas " + schemas);
    }
    return tables;
  }

  /** The tables whose digest differs between two snapshots. */
  public static List<String> changed(Map<String, String> before, Map<String, String> after) {
    List<String> changed = new ArrayList<>();
    after.forEach(
        (table, digest) -> {
          if (!digest.equals(before.get(table))) {
            changed.add(table);
          }
        });
    return changed;
  }
}
