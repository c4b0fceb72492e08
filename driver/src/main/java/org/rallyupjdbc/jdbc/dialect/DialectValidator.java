package org.rallyupjdbc.jdbc.dialect;

import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.validate.SqlValidatorCatalogReader;
import org.apache.calcite.sql.validate.SqlValidatorImpl;

/**
 * Calcite's validator with {@link DialectRewrites} applied to every call, after its operands (the
 * superclass recurses through this method, so each level sees rewritten children).
 */
final class DialectValidator extends SqlValidatorImpl {
  DialectValidator(
      SqlOperatorTable operators,
      SqlValidatorCatalogReader catalogReader,
      RelDataTypeFactory typeFactory,
      Config config) {
    super(operators, catalogReader, typeFactory, config);
  }

  @Override
  protected SqlNode performUnconditionalRewrites(SqlNode node, boolean underFrom) {
    SqlNode rewritten = super.performUnconditionalRewrites(node, underFrom);
    return rewritten == null ? null : DialectRewrites.rewrite(rewritten);
  }
}
