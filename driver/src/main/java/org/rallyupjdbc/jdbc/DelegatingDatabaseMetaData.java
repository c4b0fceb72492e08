package org.rallyupjdbc.jdbc;

import java.sql.*;

/**
 * Forwards every {@link DatabaseMetaData} method to {@code delegate}. Generated once from the
 * interface by reflection; behaviour belongs in {@link RallyUpDatabaseMetaData}.
 */
abstract class DelegatingDatabaseMetaData implements DatabaseMetaData {
  /** Calcite's metadata. */
  final DatabaseMetaData delegate;

  DelegatingDatabaseMetaData(DatabaseMetaData delegate) {
    this.delegate = delegate;
  }

  @Override
  public boolean allProceduresAreCallable() throws SQLException {
    try {
      return delegate.allProceduresAreCallable();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean allTablesAreSelectable() throws SQLException {
    try {
      return delegate.allTablesAreSelectable();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean autoCommitFailureClosesAllResultSets() throws SQLException {
    try {
      return delegate.autoCommitFailureClosesAllResultSets();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean dataDefinitionCausesTransactionCommit() throws SQLException {
    try {
      return delegate.dataDefinitionCausesTransactionCommit();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean dataDefinitionIgnoredInTransactions() throws SQLException {
    try {
      return delegate.dataDefinitionIgnoredInTransactions();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean deletesAreDetected(int p1) throws SQLException {
    try {
      return delegate.deletesAreDetected(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean doesMaxRowSizeIncludeBlobs() throws SQLException {
    try {
      return delegate.doesMaxRowSizeIncludeBlobs();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean generatedKeyAlwaysReturned() throws SQLException {
    try {
      return delegate.generatedKeyAlwaysReturned();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getAttributes(String p1, String p2, String p3, String p4) throws SQLException {
    try {
      return delegate.getAttributes(p1, p2, p3, p4);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getBestRowIdentifier(String p1, String p2, String p3, int p4, boolean p5)
      throws SQLException {
    try {
      return delegate.getBestRowIdentifier(p1, p2, p3, p4, p5);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getCatalogSeparator() throws SQLException {
    try {
      return delegate.getCatalogSeparator();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getCatalogTerm() throws SQLException {
    try {
      return delegate.getCatalogTerm();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getCatalogs() throws SQLException {
    try {
      return delegate.getCatalogs();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getClientInfoProperties() throws SQLException {
    try {
      return delegate.getClientInfoProperties();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getColumnPrivileges(String p1, String p2, String p3, String p4)
      throws SQLException {
    try {
      return delegate.getColumnPrivileges(p1, p2, p3, p4);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getColumns(String p1, String p2, String p3, String p4) throws SQLException {
    try {
      return delegate.getColumns(p1, p2, p3, p4);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    try {
      return delegate.getConnection();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getCrossReference(
      String p1, String p2, String p3, String p4, String p5, String p6) throws SQLException {
    try {
      return delegate.getCrossReference(p1, p2, p3, p4, p5, p6);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getDatabaseMajorVersion() throws SQLException {
    try {
      return delegate.getDatabaseMajorVersion();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getDatabaseMinorVersion() throws SQLException {
    try {
      return delegate.getDatabaseMinorVersion();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getDatabaseProductName() throws SQLException {
    try {
      return delegate.getDatabaseProductName();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getDatabaseProductVersion() throws SQLException {
    try {
      return delegate.getDatabaseProductVersion();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getDefaultTransactionIsolation() throws SQLException {
    try {
      return delegate.getDefaultTransactionIsolation();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getDriverMajorVersion() {
    return delegate.getDriverMajorVersion();
  }

  @Override
  public int getDriverMinorVersion() {
    return delegate.getDriverMinorVersion();
  }

  @Override
  public String getDriverName() throws SQLException {
    try {
      return delegate.getDriverName();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getDriverVersion() throws SQLException {
    try {
      return delegate.getDriverVersion();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getExportedKeys(String p1, String p2, String p3) throws SQLException {
    try {
      return delegate.getExportedKeys(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getExtraNameCharacters() throws SQLException {
    try {
      return delegate.getExtraNameCharacters();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getFunctionColumns(String p1, String p2, String p3, String p4)
      throws SQLException {
    try {
      return delegate.getFunctionColumns(p1, p2, p3, p4);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getFunctions(String p1, String p2, String p3) throws SQLException {
    try {
      return delegate.getFunctions(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getIdentifierQuoteString() throws SQLException {
    try {
      return delegate.getIdentifierQuoteString();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getImportedKeys(String p1, String p2, String p3) throws SQLException {
    try {
      return delegate.getImportedKeys(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getIndexInfo(String p1, String p2, String p3, boolean p4, boolean p5)
      throws SQLException {
    try {
      return delegate.getIndexInfo(p1, p2, p3, p4, p5);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getJDBCMajorVersion() throws SQLException {
    try {
      return delegate.getJDBCMajorVersion();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getJDBCMinorVersion() throws SQLException {
    try {
      return delegate.getJDBCMinorVersion();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxBinaryLiteralLength() throws SQLException {
    try {
      return delegate.getMaxBinaryLiteralLength();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxCatalogNameLength() throws SQLException {
    try {
      return delegate.getMaxCatalogNameLength();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxCharLiteralLength() throws SQLException {
    try {
      return delegate.getMaxCharLiteralLength();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxColumnNameLength() throws SQLException {
    try {
      return delegate.getMaxColumnNameLength();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxColumnsInGroupBy() throws SQLException {
    try {
      return delegate.getMaxColumnsInGroupBy();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxColumnsInIndex() throws SQLException {
    try {
      return delegate.getMaxColumnsInIndex();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxColumnsInOrderBy() throws SQLException {
    try {
      return delegate.getMaxColumnsInOrderBy();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxColumnsInSelect() throws SQLException {
    try {
      return delegate.getMaxColumnsInSelect();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxColumnsInTable() throws SQLException {
    try {
      return delegate.getMaxColumnsInTable();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxConnections() throws SQLException {
    try {
      return delegate.getMaxConnections();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxCursorNameLength() throws SQLException {
    try {
      return delegate.getMaxCursorNameLength();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxIndexLength() throws SQLException {
    try {
      return delegate.getMaxIndexLength();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public long getMaxLogicalLobSize() throws SQLException {
    try {
      return delegate.getMaxLogicalLobSize();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxProcedureNameLength() throws SQLException {
    try {
      return delegate.getMaxProcedureNameLength();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxRowSize() throws SQLException {
    try {
      return delegate.getMaxRowSize();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxSchemaNameLength() throws SQLException {
    try {
      return delegate.getMaxSchemaNameLength();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxStatementLength() throws SQLException {
    try {
      return delegate.getMaxStatementLength();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxStatements() throws SQLException {
    try {
      return delegate.getMaxStatements();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxTableNameLength() throws SQLException {
    try {
      return delegate.getMaxTableNameLength();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxTablesInSelect() throws SQLException {
    try {
      return delegate.getMaxTablesInSelect();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxUserNameLength() throws SQLException {
    try {
      return delegate.getMaxUserNameLength();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getNumericFunctions() throws SQLException {
    try {
      return delegate.getNumericFunctions();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getPrimaryKeys(String p1, String p2, String p3) throws SQLException {
    try {
      return delegate.getPrimaryKeys(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getProcedureColumns(String p1, String p2, String p3, String p4)
      throws SQLException {
    try {
      return delegate.getProcedureColumns(p1, p2, p3, p4);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getProcedureTerm() throws SQLException {
    try {
      return delegate.getProcedureTerm();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getProcedures(String p1, String p2, String p3) throws SQLException {
    try {
      return delegate.getProcedures(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getPseudoColumns(String p1, String p2, String p3, String p4)
      throws SQLException {
    try {
      return delegate.getPseudoColumns(p1, p2, p3, p4);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getResultSetHoldability() throws SQLException {
    try {
      return delegate.getResultSetHoldability();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public RowIdLifetime getRowIdLifetime() throws SQLException {
    try {
      return delegate.getRowIdLifetime();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getSQLKeywords() throws SQLException {
    try {
      return delegate.getSQLKeywords();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getSQLStateType() throws SQLException {
    try {
      return delegate.getSQLStateType();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getSchemaTerm() throws SQLException {
    try {
      return delegate.getSchemaTerm();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getSchemas() throws SQLException {
    try {
      return delegate.getSchemas();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getSchemas(String p1, String p2) throws SQLException {
    try {
      return delegate.getSchemas(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getSearchStringEscape() throws SQLException {
    try {
      return delegate.getSearchStringEscape();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getStringFunctions() throws SQLException {
    try {
      return delegate.getStringFunctions();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getSuperTables(String p1, String p2, String p3) throws SQLException {
    try {
      return delegate.getSuperTables(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getSuperTypes(String p1, String p2, String p3) throws SQLException {
    try {
      return delegate.getSuperTypes(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getSystemFunctions() throws SQLException {
    try {
      return delegate.getSystemFunctions();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getTablePrivileges(String p1, String p2, String p3) throws SQLException {
    try {
      return delegate.getTablePrivileges(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getTableTypes() throws SQLException {
    try {
      return delegate.getTableTypes();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getTables(String p1, String p2, String p3, String[] p4) throws SQLException {
    try {
      return delegate.getTables(p1, p2, p3, p4);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getTimeDateFunctions() throws SQLException {
    try {
      return delegate.getTimeDateFunctions();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getTypeInfo() throws SQLException {
    try {
      return delegate.getTypeInfo();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getUDTs(String p1, String p2, String p3, int[] p4) throws SQLException {
    try {
      return delegate.getUDTs(p1, p2, p3, p4);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getURL() throws SQLException {
    try {
      return delegate.getURL();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getUserName() throws SQLException {
    try {
      return delegate.getUserName();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getVersionColumns(String p1, String p2, String p3) throws SQLException {
    try {
      return delegate.getVersionColumns(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean insertsAreDetected(int p1) throws SQLException {
    try {
      return delegate.insertsAreDetected(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isCatalogAtStart() throws SQLException {
    try {
      return delegate.isCatalogAtStart();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    try {
      return delegate.isReadOnly();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isWrapperFor(Class<?> p1) throws SQLException {
    try {
      return delegate.isWrapperFor(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean locatorsUpdateCopy() throws SQLException {
    try {
      return delegate.locatorsUpdateCopy();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean nullPlusNonNullIsNull() throws SQLException {
    try {
      return delegate.nullPlusNonNullIsNull();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean nullsAreSortedAtEnd() throws SQLException {
    try {
      return delegate.nullsAreSortedAtEnd();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean nullsAreSortedAtStart() throws SQLException {
    try {
      return delegate.nullsAreSortedAtStart();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean nullsAreSortedHigh() throws SQLException {
    try {
      return delegate.nullsAreSortedHigh();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean nullsAreSortedLow() throws SQLException {
    try {
      return delegate.nullsAreSortedLow();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean othersDeletesAreVisible(int p1) throws SQLException {
    try {
      return delegate.othersDeletesAreVisible(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean othersInsertsAreVisible(int p1) throws SQLException {
    try {
      return delegate.othersInsertsAreVisible(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean othersUpdatesAreVisible(int p1) throws SQLException {
    try {
      return delegate.othersUpdatesAreVisible(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean ownDeletesAreVisible(int p1) throws SQLException {
    try {
      return delegate.ownDeletesAreVisible(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean ownInsertsAreVisible(int p1) throws SQLException {
    try {
      return delegate.ownInsertsAreVisible(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean ownUpdatesAreVisible(int p1) throws SQLException {
    try {
      return delegate.ownUpdatesAreVisible(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean storesLowerCaseIdentifiers() throws SQLException {
    try {
      return delegate.storesLowerCaseIdentifiers();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean storesLowerCaseQuotedIdentifiers() throws SQLException {
    try {
      return delegate.storesLowerCaseQuotedIdentifiers();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean storesMixedCaseIdentifiers() throws SQLException {
    try {
      return delegate.storesMixedCaseIdentifiers();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean storesMixedCaseQuotedIdentifiers() throws SQLException {
    try {
      return delegate.storesMixedCaseQuotedIdentifiers();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean storesUpperCaseIdentifiers() throws SQLException {
    try {
      return delegate.storesUpperCaseIdentifiers();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean storesUpperCaseQuotedIdentifiers() throws SQLException {
    try {
      return delegate.storesUpperCaseQuotedIdentifiers();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsANSI92EntryLevelSQL() throws SQLException {
    try {
      return delegate.supportsANSI92EntryLevelSQL();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsANSI92FullSQL() throws SQLException {
    try {
      return delegate.supportsANSI92FullSQL();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsANSI92IntermediateSQL() throws SQLException {
    try {
      return delegate.supportsANSI92IntermediateSQL();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsAlterTableWithAddColumn() throws SQLException {
    try {
      return delegate.supportsAlterTableWithAddColumn();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsAlterTableWithDropColumn() throws SQLException {
    try {
      return delegate.supportsAlterTableWithDropColumn();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsBatchUpdates() throws SQLException {
    try {
      return delegate.supportsBatchUpdates();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsCatalogsInDataManipulation() throws SQLException {
    try {
      return delegate.supportsCatalogsInDataManipulation();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsCatalogsInIndexDefinitions() throws SQLException {
    try {
      return delegate.supportsCatalogsInIndexDefinitions();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsCatalogsInPrivilegeDefinitions() throws SQLException {
    try {
      return delegate.supportsCatalogsInPrivilegeDefinitions();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsCatalogsInProcedureCalls() throws SQLException {
    try {
      return delegate.supportsCatalogsInProcedureCalls();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsCatalogsInTableDefinitions() throws SQLException {
    try {
      return delegate.supportsCatalogsInTableDefinitions();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsColumnAliasing() throws SQLException {
    try {
      return delegate.supportsColumnAliasing();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsConvert() throws SQLException {
    try {
      return delegate.supportsConvert();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsConvert(int p1, int p2) throws SQLException {
    try {
      return delegate.supportsConvert(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsCoreSQLGrammar() throws SQLException {
    try {
      return delegate.supportsCoreSQLGrammar();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsCorrelatedSubqueries() throws SQLException {
    try {
      return delegate.supportsCorrelatedSubqueries();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsDataDefinitionAndDataManipulationTransactions() throws SQLException {
    try {
      return delegate.supportsDataDefinitionAndDataManipulationTransactions();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsDataManipulationTransactionsOnly() throws SQLException {
    try {
      return delegate.supportsDataManipulationTransactionsOnly();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsDifferentTableCorrelationNames() throws SQLException {
    try {
      return delegate.supportsDifferentTableCorrelationNames();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsExpressionsInOrderBy() throws SQLException {
    try {
      return delegate.supportsExpressionsInOrderBy();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsExtendedSQLGrammar() throws SQLException {
    try {
      return delegate.supportsExtendedSQLGrammar();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsFullOuterJoins() throws SQLException {
    try {
      return delegate.supportsFullOuterJoins();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsGetGeneratedKeys() throws SQLException {
    try {
      return delegate.supportsGetGeneratedKeys();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsGroupBy() throws SQLException {
    try {
      return delegate.supportsGroupBy();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsGroupByBeyondSelect() throws SQLException {
    try {
      return delegate.supportsGroupByBeyondSelect();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsGroupByUnrelated() throws SQLException {
    try {
      return delegate.supportsGroupByUnrelated();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsIntegrityEnhancementFacility() throws SQLException {
    try {
      return delegate.supportsIntegrityEnhancementFacility();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsLikeEscapeClause() throws SQLException {
    try {
      return delegate.supportsLikeEscapeClause();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsLimitedOuterJoins() throws SQLException {
    try {
      return delegate.supportsLimitedOuterJoins();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsMinimumSQLGrammar() throws SQLException {
    try {
      return delegate.supportsMinimumSQLGrammar();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsMixedCaseIdentifiers() throws SQLException {
    try {
      return delegate.supportsMixedCaseIdentifiers();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsMixedCaseQuotedIdentifiers() throws SQLException {
    try {
      return delegate.supportsMixedCaseQuotedIdentifiers();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsMultipleOpenResults() throws SQLException {
    try {
      return delegate.supportsMultipleOpenResults();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsMultipleResultSets() throws SQLException {
    try {
      return delegate.supportsMultipleResultSets();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsMultipleTransactions() throws SQLException {
    try {
      return delegate.supportsMultipleTransactions();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsNamedParameters() throws SQLException {
    try {
      return delegate.supportsNamedParameters();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsNonNullableColumns() throws SQLException {
    try {
      return delegate.supportsNonNullableColumns();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsOpenCursorsAcrossCommit() throws SQLException {
    try {
      return delegate.supportsOpenCursorsAcrossCommit();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsOpenCursorsAcrossRollback() throws SQLException {
    try {
      return delegate.supportsOpenCursorsAcrossRollback();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsOpenStatementsAcrossCommit() throws SQLException {
    try {
      return delegate.supportsOpenStatementsAcrossCommit();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsOpenStatementsAcrossRollback() throws SQLException {
    try {
      return delegate.supportsOpenStatementsAcrossRollback();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsOrderByUnrelated() throws SQLException {
    try {
      return delegate.supportsOrderByUnrelated();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsOuterJoins() throws SQLException {
    try {
      return delegate.supportsOuterJoins();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsPositionedDelete() throws SQLException {
    try {
      return delegate.supportsPositionedDelete();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsPositionedUpdate() throws SQLException {
    try {
      return delegate.supportsPositionedUpdate();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsRefCursors() throws SQLException {
    try {
      return delegate.supportsRefCursors();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsResultSetConcurrency(int p1, int p2) throws SQLException {
    try {
      return delegate.supportsResultSetConcurrency(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsResultSetHoldability(int p1) throws SQLException {
    try {
      return delegate.supportsResultSetHoldability(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsResultSetType(int p1) throws SQLException {
    try {
      return delegate.supportsResultSetType(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsSavepoints() throws SQLException {
    try {
      return delegate.supportsSavepoints();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsSchemasInDataManipulation() throws SQLException {
    try {
      return delegate.supportsSchemasInDataManipulation();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsSchemasInIndexDefinitions() throws SQLException {
    try {
      return delegate.supportsSchemasInIndexDefinitions();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsSchemasInPrivilegeDefinitions() throws SQLException {
    try {
      return delegate.supportsSchemasInPrivilegeDefinitions();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsSchemasInProcedureCalls() throws SQLException {
    try {
      return delegate.supportsSchemasInProcedureCalls();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsSchemasInTableDefinitions() throws SQLException {
    try {
      return delegate.supportsSchemasInTableDefinitions();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsSelectForUpdate() throws SQLException {
    try {
      return delegate.supportsSelectForUpdate();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsSharding() throws SQLException {
    try {
      return delegate.supportsSharding();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsStatementPooling() throws SQLException {
    try {
      return delegate.supportsStatementPooling();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsStoredFunctionsUsingCallSyntax() throws SQLException {
    try {
      return delegate.supportsStoredFunctionsUsingCallSyntax();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsStoredProcedures() throws SQLException {
    try {
      return delegate.supportsStoredProcedures();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsSubqueriesInComparisons() throws SQLException {
    try {
      return delegate.supportsSubqueriesInComparisons();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsSubqueriesInExists() throws SQLException {
    try {
      return delegate.supportsSubqueriesInExists();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsSubqueriesInIns() throws SQLException {
    try {
      return delegate.supportsSubqueriesInIns();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsSubqueriesInQuantifieds() throws SQLException {
    try {
      return delegate.supportsSubqueriesInQuantifieds();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsTableCorrelationNames() throws SQLException {
    try {
      return delegate.supportsTableCorrelationNames();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsTransactionIsolationLevel(int p1) throws SQLException {
    try {
      return delegate.supportsTransactionIsolationLevel(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsTransactions() throws SQLException {
    try {
      return delegate.supportsTransactions();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsUnion() throws SQLException {
    try {
      return delegate.supportsUnion();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean supportsUnionAll() throws SQLException {
    try {
      return delegate.supportsUnionAll();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public <T> T unwrap(Class<T> p1) throws SQLException {
    try {
      return delegate.unwrap(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean updatesAreDetected(int p1) throws SQLException {
    try {
      return delegate.updatesAreDetected(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean usesLocalFilePerTable() throws SQLException {
    try {
      return delegate.usesLocalFilePerTable();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean usesLocalFiles() throws SQLException {
    try {
      return delegate.usesLocalFiles();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }
}
