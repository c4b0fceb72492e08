package org.rallyupjdbc.jdbc;

import org.apache.calcite.rel.type.RelDataTypeSystemImpl;

/**
 * Calcite's type system with one change: results that mix text of different lengths (such as {@code
 * CASE ... THEN 'yes' ELSE 'no' END}) are VARCHAR, not blank-padded CHAR, as users of other
 * databases expect.
 */
public final class RallyUpTypeSystem extends RelDataTypeSystemImpl {
  /** The instance Calcite looks up by reflection. */
  public static final RallyUpTypeSystem INSTANCE = new RallyUpTypeSystem();

  private RallyUpTypeSystem() {}

  @Override
  public boolean shouldConvertRaggedUnionTypesToVarying() {
    return true;
  }
}
