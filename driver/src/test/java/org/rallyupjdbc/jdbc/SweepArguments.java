package org.rallyupjdbc.jdbc;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.JDBCType;
import java.sql.SQLType;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.Executor;

/**
 * Arguments for calling any {@code java.sql} method by reflection: plausible ones (what a tool
 * would pass) and hostile ones (nulls, negative sizes and positions).
 */
enum SweepArguments {
  PLAUSIBLE,
  HOSTILE;

  private static final Map<Class<?>, Object> PLAUSIBLE_VALUES = new HashMap<>();

  static {
    PLAUSIBLE_VALUES.put(int.class, 1);
    PLAUSIBLE_VALUES.put(long.class, 1L);
    PLAUSIBLE_VALUES.put(short.class, (short) 1);
    PLAUSIBLE_VALUES.put(byte.class, (byte) 1);
    PLAUSIBLE_VALUES.put(float.class, 1f);
    PLAUSIBLE_VALUES.put(double.class, 1d);
    PLAUSIBLE_VALUES.put(boolean.class, true);
    PLAUSIBLE_VALUES.put(String.class, "donations");
    PLAUSIBLE_VALUES.put(String[].class, new String[] {"TABLE"});
    PLAUSIBLE_VALUES.put(int[].class, new int[] {1});
    PLAUSIBLE_VALUES.put(byte[].class, new byte[] {1});
    PLAUSIBLE_VALUES.put(Class.class, String.class);
    PLAUSIBLE_VALUES.put(Object.class, "1");
    PLAUSIBLE_VALUES.put(Object[].class, new Object[] {"1"});
    PLAUSIBLE_VALUES.put(BigDecimal.class, BigDecimal.ONE);
    PLAUSIBLE_VALUES.put(Date.class, Date.valueOf("2024-01-02"));
    PLAUSIBLE_VALUES.put(Time.class, Time.valueOf("10:11:12"));
    PLAUSIBLE_VALUES.put(Timestamp.class, Timestamp.valueOf("2024-01-02 10:11:12"));
    PLAUSIBLE_VALUES.put(SQLType.class, JDBCType.VARCHAR);
    PLAUSIBLE_VALUES.put(Map.class, new HashMap<>());
    PLAUSIBLE_VALUES.put(Executor.class, (Executor) Runnable::run);
  }

  /** The arguments for {@code method}. */
  Object[] of(Method method) {
    Class<?>[] types = method.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = this == PLAUSIBLE ? plausible(types[i]) : hostile(types[i]);
    }
    return args;
  }

  private static Object plausible(Class<?> type) {
    if (type == Calendar.class) {
      return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
    if (type == Properties.class) {
      return new Properties();
    }
    if (type == java.io.InputStream.class) {
      return new ByteArrayInputStream(new byte[] {1});
    }
    if (type == java.io.Reader.class) {
      return new StringReader("1");
    }
    return PLAUSIBLE_VALUES.get(type); // null for LOBs, arrays, savepoints and the like
  }

  private static Object hostile(Class<?> type) {
    if (type == int.class) {
      return -1;
    } else if (type == long.class) {
      return -1L;
    } else if (type == short.class) {
      return (short) -1;
    } else if (type == byte.class) {
      return (byte) -1;
    } else if (type == float.class) {
      return -1f;
    } else if (type == double.class) {
      return Double.NaN;
    } else if (type == boolean.class) {
      return false;
    }
    return null;
  }
}
