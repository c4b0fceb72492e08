package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ParameterMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated {@code Delegating*} bases forward every method of their interface, default methods
 * included (javac would accept a base that skipped them), to the delegate, exactly once and with
 * the same arguments.
 */
class DelegationTest {
  private static final Map<Class<?>, Object> ZEROS =
      Map.of(
          boolean.class,
          false,
          int.class,
          0,
          long.class,
          0L,
          short.class,
          (short) 0,
          byte.class,
          (byte) 0,
          float.class,
          0f,
          double.class,
          0d);

  static Stream<Arguments> bases() {
    return Stream.of(
        base(Connection.class, d -> new DelegatingConnection(d) {}),
        base(Statement.class, d -> new DelegatingStatement(d) {}),
        base(ResultSet.class, d -> new DelegatingResultSet(d) {}),
        base(DatabaseMetaData.class, d -> new DelegatingDatabaseMetaData(d) {}),
        base(ResultSetMetaData.class, d -> new DelegatingResultSetMetaData(d) {}),
        base(ParameterMetaData.class, d -> new DelegatingParameterMetaData(d) {}));
  }

  private static <T> Arguments base(Class<T> type, Function<T, T> wrap) {
    return Arguments.of(type, wrap);
  }

  @ParameterizedTest
  @MethodSource("bases")
  <T> void everyMethodReachesTheDelegateOnce(Class<T> type, Function<T, T> wrap) throws Exception {
    List<Method> calls = new ArrayList<>();
    List<Object[]> arguments = new ArrayList<>();
    T recorder =
        type.cast(
            Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> {
                  calls.add(method);
                  arguments.add(args == null ? new Object[0] : args);
                  return ZEROS.get(method.getReturnType());
                }));
    T base = wrap.apply(recorder);
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      calls.clear();
      arguments.clear();
      Object[] args = SweepArguments.PLAUSIBLE.of(method);
      method.invoke(base, args);
      assertThat(calls).as(method.toString()).containsExactly(method);
      assertThat(arguments.get(0)).as(method.toString()).containsExactly(args);
    }
  }
}
