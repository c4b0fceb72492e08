package org.rallyupjdbc.adapter;

import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.rallyupjdbc.client.RequestLog;

/**
 * {@code rallyup_meta.requests}: one row per HTTP request of the connection (or answer from its
 * cache), newest last, so a user can see what a query cost. Never shows headers, so never the
 * token.
 */
final class RequestsTable extends AbstractTable implements ScannableTable {
  private final RequestLog log;

  RequestsTable(RequestLog log) {
    this.log = log;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory types) {
    return types
        .builder()
        .add("statement_id", SqlTypeName.BIGINT)
        .add("started_at", SqlTypeName.TIMESTAMP, 3)
        .add("http_method", SqlTypeName.VARCHAR)
        .add("target", SqlTypeName.VARCHAR)
        .add("status", SqlTypeName.INTEGER)
        .add("millis", SqlTypeName.BIGINT)
        .add("bytes", SqlTypeName.BIGINT)
        .nullable(true)
        .add("records", SqlTypeName.INTEGER)
        .nullable(true)
        .add("duplicates", SqlTypeName.INTEGER)
        .add("retries", SqlTypeName.INTEGER)
        .add("waited_millis", SqlTypeName.BIGINT)
        .add("cache_hit", SqlTypeName.BOOLEAN)
        .build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    return Linq4j.asEnumerable(
        log.entries().stream()
            .map(
                e ->
                    new Object[] {
                      e.statementId(),
                      e.startedAt().toEpochMilli(),
                      e.method(),
                      e.target(),
                      e.status(),
                      e.millis(),
                      e.bytes() < 0 ? null : e.bytes(),
                      e.records() < 0 ? null : e.records(),
                      e.duplicates(),
                      e.retries(),
                      e.waitedMillis(),
                      e.cacheHit()
                    })
            .toList());
  }
}
