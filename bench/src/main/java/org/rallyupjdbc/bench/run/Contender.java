package org.rallyupjdbc.bench.run;

import java.sql.SQLException;

/** One way of answering a scenario: set up once (connect, log in), then run many times. */
interface Contender extends AutoCloseable {
  /** Answers the scenario once and returns the number of rows it produced. */
  long run() throws Exception;

  @Override
  void close() throws SQLException;
}
