package org.rallyupjdbc.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.rallyupjdbc.adapter.StatementContext;
import org.rallyupjdbc.client.ScanWarnings;

/**
 * Stands in front of the connection and every statement, result set and metadata object it hands
 * out, so that each SQLException carries the SQLState of its cause ({@link SqlErrors}), SQL text
 * passes {@link ReadOnlyGuard} before Calcite plans it, {@code isValid} asks the API ({@link
 * ValidityProbe}), and {@code nativeSQL} returns its input (the SQL is native). Each object's
 * {@link Overrides} answer what Calcite gets wrong for clients; everything else goes to Calcite
 * unchanged.
 */
final class JdbcProxy implements InvocationHandler {
  private static final Set<Class<?>> WRAPPED =
      Set.of(
          Statement.class,
          PreparedStatement.class,
          CallableStatement.class,
          ResultSet.class,
          DatabaseMetaData.class);
  private static final Set<String> TAKES_SQL =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "addBatch",
          "prepareStatement",
          "prepareCall");

  private static final AtomicLong STATEMENT_IDS = new AtomicLong();

  private final Object target;
  private final Object connection;
  private final Object parent;
  private final long statementId;
  private final Overrides overrides;

  private JdbcProxy(Object target, Object connection, Object parent, Overrides parentOverrides) {
    this.target = target;
    this.connection = connection;
    this.parent = parent;
    this.statementId = target instanceof Statement ? STATEMENT_IDS.incrementAndGet() : 0;
    this.overrides = Overrides.of(target, parentOverrides);
  }

  /** Wraps a connection made by the driver. */
  static Connection wrap(Connection connection) {
    JdbcProxy handler = new JdbcProxy(connection, null, null, Overrides.NONE);
    return (Connection) proxy(Connection.class, handler);
  }

  private static Object proxy(Class<?> type, JdbcProxy handler) {
    return Proxy.newProxyInstance(JdbcProxy.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (method.getDeclaringClass() == Object.class) {
      return switch (name) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> "RallyUp " + target;
      };
    }
    if (name.equals("getConnection") && args == null && !(target instanceof Connection)) {
      return connection;
    }
    if (name.equals("getStatement")
        && args == null
        && target instanceof ResultSet
        && parent != null) {
      return parent;
    }
    if (name.equals("nativeSQL") && target instanceof Connection) {
      return args[0];
    }
    if (name.equals("isValid") && target instanceof Connection) {
      return ValidityProbe.isValid((Connection) proxy, (Integer) args[0]);
    }
    if (TAKES_SQL.contains(name) && args != null && args.length > 0 && args[0] instanceof String) {
      args[0] = ReadOnlyGuard.check((String) args[0]);
    }
    Object answer;
    try {
      answer = overrides.invoke(proxy, method, args);
    } catch (RuntimeException e) {
      throw SqlErrors.translate(e);
    }
    if (answer != Overrides.CALCITE) {
      return answer;
    }
    Object result;
    StatementContext context = enter(name);
    try {
      result = method.invoke(target, args);
    } catch (InvocationTargetException e) {
      // Errors too: Calcite's assertions and generated code's initializers (a constant 1/0) must
      // reach the caller as SQLExceptions; only the JVM's own (out of memory...) pass through.
      throw e.getCause() instanceof VirtualMachineError
          ? e.getCause()
          : SqlErrors.translate(e.getCause());
    } finally {
      if (context != null) {
        context.close();
      }
    }
    Class<?> type = method.getReturnType();
    if (result == null || !WRAPPED.contains(type)) {
      return result;
    }
    Object root = connection != null ? connection : proxy;
    return proxy(type, new JdbcProxy(result, root, proxy, overrides));
  }

  /**
   * Makes this statement known to what a prepare or execute call plans and starts (its id for the
   * request log, its maxRows), or nothing for other calls.
   */
  private StatementContext enter(String methodName) throws java.sql.SQLException {
    if (target instanceof Connection && methodName.startsWith("prepare")) {
      return StatementContext.enter(0, 0, new ScanWarnings());
    }
    if (statementId == 0 || !methodName.startsWith("execute")) {
      return null;
    }
    // a statement's overrides are always StatementOverrides (Overrides.of)
    return StatementContext.enter(
        statementId,
        ((Statement) target).getLargeMaxRows(),
        ((StatementOverrides) overrides).warnings());
  }
}
