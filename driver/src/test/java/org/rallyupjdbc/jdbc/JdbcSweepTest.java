package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * Calls every method of every {@code java.sql} interface the driver hands out, with plausible and
 * hostile arguments, on open objects and then on closed ones: each call returns a value or throws
 * an {@link SQLException} (which includes {@code SQLFeatureNotSupportedException}); no runtime
 * exception or error may leave the driver.
 */
class JdbcSweepTest {
  private static final String DONATIONS =
      "[{\"TransactionId\":989,\"CampaignId\":1144},{\"TransactionId\":990,\"CampaignId\":1144}]";
  private static final String QUERY =
      "select transaction_id, campaign_id from donations where campaign_id = ?";

  /** Methods that end the object; called last, so the others see it open. */
  private static final Set<String> ENDINGS = Set.of("close", "abort");

  private final FakeRallyUp fake = new FakeRallyUp();
  private final List<String> escaped = new ArrayList<>();

  @BeforeEach
  void serve() {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    fake.single(
        "/v2/api/version", FakeRallyUp.parse("{\"Version\":\"1.0.0\",\"IsAuthenticated\":true}"));
  }

  @AfterEach
  void close() {
    fake.close();
  }

  @ParameterizedTest
  @EnumSource(SweepArguments.class)
  void noRuntimeExceptionLeavesTheDriver(SweepArguments arguments) throws SQLException {
    Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
    DatabaseMetaData metaData = connection.getMetaData();
    Statement statement = connection.createStatement();
    ResultSet rows = statement.executeQuery("select * from donations");
    rows.next();
    PreparedStatement prepared = connection.prepareStatement(QUERY);
    prepared.setLong(1, 1144);
    ResultSet preparedRows = prepared.executeQuery();
    ResultSetMetaData rowsMetaData = rows.getMetaData();
    ParameterMetaData parameters = prepared.getParameterMetaData();
    ResultSet catalogs = metaData.getCatalogs();
    ResultSet tables = metaData.getTables(null, null, "%", null);

    List<Sweep> sweeps =
        List.of(
            new Sweep(ResultSetMetaData.class, rowsMetaData),
            new Sweep(ParameterMetaData.class, parameters),
            new Sweep(ResultSet.class, preparedRows),
            new Sweep(ResultSet.class, catalogs),
            new Sweep(ResultSet.class, tables),
            new Sweep(ResultSet.class, rows),
            new Sweep(DatabaseMetaData.class, metaData),
            new Sweep(PreparedStatement.class, prepared),
            new Sweep(Statement.class, statement),
            new Sweep(Connection.class, connection));
    for (Sweep sweep : sweeps) {
      run(sweep, arguments, false);
    }
    // everything is closed now: the connection closed its statements and their result sets
    for (Sweep sweep : sweeps) {
      run(sweep, arguments, true);
    }
    assertThat(escaped).isEmpty();
  }

  private record Sweep(Class<?> type, Object target) {}

  private void run(Sweep sweep, SweepArguments arguments, boolean closed) {
    List<Method> methods =
        Arrays.stream(sweep.type().getMethods())
            .filter(method -> !Modifier.isStatic(method.getModifiers()))
            .sorted(Comparator.comparing((Method m) -> ENDINGS.contains(m.getName())))
            .toList();
    for (Method method : methods) {
      Object[] args = arguments.of(method);
      try {
        method.invoke(sweep.target(), args);
      } catch (InvocationTargetException e) {
        if (!(e.getCause() instanceof SQLException)) {
          escaped.add(
              sweep.type().getSimpleName()
                  + "."
                  + method.getName()
                  + Arrays.toString(method.getParameterTypes())
                  + (closed ? " (closed) " : " ")
                  + e.getCause());
        }
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
  }
}
