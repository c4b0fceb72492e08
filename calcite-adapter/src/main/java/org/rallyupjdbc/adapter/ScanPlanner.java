package org.rallyupjdbc.adapter;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.TimestampString;
import org.rallyupjdbc.catalog.ColumnSpec;
import org.rallyupjdbc.catalog.ColumnType;
import org.rallyupjdbc.catalog.LookupSpec;
import org.rallyupjdbc.catalog.ParameterSpec;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.client.ApiRequest;

/**
 * The one place where predicates become API requests. At planning time it picks the conjuncts the
 * API can use (and whether the API applies them exactly); when the query runs it turns them into
 * requests: the single-record endpoint for {@code key = v} or {@code key IN (...)} (one request per
 * key), otherwise the list endpoint with the parameters the conjuncts supply. Calcite keeps every
 * conjunct in its own filter, so a parameter the API ignores costs time, never rows.
 */
final class ScanPlanner {
  /** Most requests one IN list may fan out into; a longer list scans the list endpoint. */
  static final int FAN_OUT_LIMIT = 100;

  /**
   * Days added on each side of a date range sent to the API: RallyUp's time zone for date
   * parameters is not documented, and a day covers any offset from UTC.
   */
  static final int DATE_SLACK_DAYS = 1;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  /** A conjunct the API can use, and whether its answer needs no re-check. */
  record Pushed(RexNode conjunct, boolean exact) {}

  /**
   * One request of a scan, and the parameter values columns may echo.
   *
   * @param request what to send
   * @param echoed parameter values by parameter name, for columns taken from the request
   */
  record Call(ApiRequest request, Map<String, String> echoed) {}

  private final TableSpec table;
  private final int pageSize;
  private final boolean optional;
  private final Function<String, List<String>> similarColumns;

  /**
   * @param pushdown whether conditions and joins may shape the requests beyond what the table
   *     cannot do without (its required parameters)
   * @param similarColumns columns of other tables that hold values like the given column, which the
   *     message for a missing parameter suggests joining on
   */
  ScanPlanner(
      TableSpec table,
      int pageSize,
      boolean pushdown,
      Function<String, List<String>> similarColumns) {
    this.table = requireNonNull(table, "table");
    this.optional = pushdown;
    this.similarColumns = requireNonNull(similarColumns, "similarColumns");
    this.pageSize = Math.min(pageSize, table.endpoint().paging().maxPageSize());
  }

  /** Records per page this connection asks the endpoint for. */
  int pageSize() {
    return pageSize;
  }

  /** The conjuncts (over table column ordinals) that shape the request. */
  List<Pushed> pushable(List<RexNode> conjuncts) {
    List<Pushed> pushed = new ArrayList<>();
    for (RexNode conjunct : conjuncts) {
      Constraint.of(conjunct)
          .flatMap(this::exactness)
          .ifPresent(e -> pushed.add(new Pushed(conjunct, e)));
    }
    return pushed;
  }

  private Optional<Boolean> exactness(Constraint constraint) {
    String column = table.columns().get(constraint.column()).name();
    boolean keyed =
        constraint.kind() == Constraint.Kind.EQUALS || constraint.kind() == Constraint.Kind.IN;
    if (optional && keyed && table.lookup().filter(l -> l.column().equals(column)).isPresent()) {
      return Optional.of(true);
    }
    for (ParameterSpec parameter : table.parameters()) {
      if (!parameter.column().equals(column) || !(optional || parameter.required())) {
        continue;
      }
      boolean usable =
          switch (parameter.kind()) {
            // an optional parameter takes one value; IN lists fan out over required ones only
            case EQUALS ->
                constraint.kind() == Constraint.Kind.EQUALS
                    || (constraint.kind() == Constraint.Kind.IN && parameter.required());
            case DATE_FROM ->
                constraint.kind() == Constraint.Kind.AT_LEAST
                    || constraint.kind() == Constraint.Kind.RANGE;
            case DATE_TO ->
                constraint.kind() == Constraint.Kind.AT_MOST
                    || constraint.kind() == Constraint.Kind.RANGE;
          };
      if (usable) {
        return Optional.of(parameter.kind() == ParameterSpec.Kind.EQUALS && !parameter.assumed());
      }
    }
    return Optional.empty();
  }

  /**
   * The requests for a scan.
   *
   * @param pushed conjuncts chosen by {@link #pushable}
   * @param root values of {@code ?} parameters; null when only describing the plan, in which case
   *     unknown values are written {@code ?}
   * @param rowsNeeded how many records the query reads at most, or -1; paging stops after them, and
   *     a small number shrinks the page size
   */
  List<Call> plan(List<RexNode> pushed, DataContext root, long rowsNeeded) {
    return plan(pushed, root, rowsNeeded, Map.of());
  }

  /**
   * The requests for a scan, with {@code supplied} values (by parameter name) for parameters that
   * no conjunct constrains: one parent key of a fan-out.
   */
  List<Call> plan(
      List<RexNode> pushed, DataContext root, long rowsNeeded, Map<String, String> supplied) {
    List<Constraint> constraints = constraints(pushed);
    Optional<List<Call>> lookups = lookups(constraints, root);
    if (lookups.isPresent()) {
      return lookups.get();
    }
    List<Map<String, String>> combinations = new ArrayList<>();
    combinations.add(new LinkedHashMap<>());
    for (ParameterSpec parameter : table.parameters()) {
      List<String> values = values(parameter, constraints, root);
      if (values == null && supplied.containsKey(parameter.name())) {
        values = List.of(supplied.get(parameter.name()));
      }
      if (values == null || (values.size() > 1 && !parameter.required())) {
        if (parameter.required()) {
          throw missing(parameter);
        }
        continue;
      }
      combinations = expand(combinations, parameter, values);
    }
    int size = rowsNeeded >= 0 ? (int) Math.max(1, Math.min(rowsNeeded, pageSize)) : pageSize;
    List<Call> calls = new ArrayList<>();
    for (Map<String, String> values : combinations) {
      Map<String, String> path = new LinkedHashMap<>();
      Map<String, String> query = new LinkedHashMap<>(table.fixedQuery());
      for (ParameterSpec parameter : table.parameters()) {
        String value = values.get(parameter.name());
        if (value != null) {
          (parameter.in() == ParameterSpec.Location.PATH ? path : query)
              .put(parameter.name(), value);
        }
      }
      // no request can ask for a record keyed "", "." or "..", and RallyUp keys none so
      if (path.values().stream().allMatch(ApiRequest::isPathSegment)) {
        calls.add(
            new Call(new ApiRequest(table.endpoint(), path, query, size, rowsNeeded), values));
      }
    }
    return calls;
  }

  /**
   * The required parameter that no conjunct supplies and whose values the catalog can list, when
   * the scan must fan out over that listing; empty when the scan's requests are known without one
   * (or when it fails for a parameter without a source).
   */
  Optional<ParameterSpec> fanOut(List<RexNode> pushed) {
    return unsupplied(pushed).filter(p -> p.source().isPresent());
  }

  /** The number of single-record requests the conjuncts name, when they name the lookup's keys. */
  OptionalInt lookupKeys(List<RexNode> pushed) {
    return lookups(constraints(pushed), null)
        .map(calls -> OptionalInt.of(calls.size()))
        .orElse(OptionalInt.empty());
  }

  /** The first required parameter that no conjunct supplies, when the scan needs it. */
  Optional<ParameterSpec> unsupplied(List<RexNode> pushed) {
    List<Constraint> constraints = constraints(pushed);
    if (lookups(constraints, null).isPresent()) {
      return Optional.empty();
    }
    return table.requiredParameters().stream()
        .filter(p -> values(p, constraints, null) == null)
        .findFirst();
  }

  /**
   * What a join on a table column can fill with the other input's keys: the {@code EQUALS}
   * parameter on it when no conjunct supplies it, else the single-record endpoint's key when no
   * conjunct is pushed (that endpoint would not apply them); empty when neither. An optional
   * parameter whose behaviour is a guess ({@code donations.campaign_id}) qualifies too: the lookup
   * probes it with its first key and falls back to that one listing if the API ignored it.
   */
  Optional<LookupKey> openKey(List<RexNode> pushed, int column) {
    List<Constraint> constraints = constraints(pushed);
    if (lookups(constraints, null).isPresent()) {
      return Optional.empty();
    }
    String name = table.columns().get(column).name();
    Optional<LookupKey> parameter =
        table.parameters().stream()
            .filter(p -> p.suppliedByJoin() && p.column().equals(name))
            .filter(p -> optional || p.required())
            .filter(p -> values(p, constraints, null) == null)
            .findFirst()
            .map(LookupKey.Parameter::new);
    if (parameter.isPresent() || !pushed.isEmpty() || !optional) {
      return parameter;
    }
    return table.lookup().filter(l -> l.column().equals(name)).map(LookupKey.Record::new);
  }

  private static List<Constraint> constraints(List<RexNode> pushed) {
    List<Constraint> constraints = new ArrayList<>();
    pushed.forEach(conjunct -> Constraint.of(conjunct).ifPresent(constraints::add));
    return constraints;
  }

  /** The single-record requests when the conjuncts name few enough keys, else empty. */
  private Optional<List<Call>> lookups(List<Constraint> constraints, DataContext root) {
    Optional<LookupSpec> lookup = table.lookup();
    if (lookup.isPresent()) {
      List<String> keys = keys(constraints, lookup.get().column(), root);
      if (keys != null && keys.size() <= FAN_OUT_LIMIT) {
        return Optional.of(
            keys.stream()
                .filter(ApiRequest::isPathSegment)
                .map(key -> lookupCall(lookup.get(), key))
                .toList());
      }
    }
    return Optional.empty();
  }

  private List<Map<String, String>> expand(
      List<Map<String, String>> combinations, ParameterSpec parameter, List<String> values) {
    if (combinations.size() * values.size() > FAN_OUT_LIMIT) {
      throw new UnsupportedQueryException(
          "Table "
              + qualifiedName()
              + ": the IN lists on its required columns would take "
              + combinations.size() * values.size()
              + " requests, more than "
              + FAN_OUT_LIMIT
              + "; split the query");
    }
    List<Map<String, String>> expanded = new ArrayList<>();
    for (Map<String, String> combination : combinations) {
      for (String value : values) {
        Map<String, String> next = new LinkedHashMap<>(combination);
        next.put(parameter.name(), value);
        expanded.add(next);
      }
    }
    return expanded;
  }

  /** The request of the single-record endpoint for one key. */
  Call lookupCall(LookupSpec lookup, String key) {
    Matcher placeholder = PLACEHOLDER.matcher(lookup.endpoint().paths().get(0));
    placeholder.find();
    return new Call(
        new ApiRequest(lookup.endpoint(), Map.of(placeholder.group(1), key), Map.of(), 1),
        Map.of());
  }

  /** The distinct key values the constraints allow on the column, or null if unconstrained. */
  private List<String> keys(List<Constraint> constraints, String column, DataContext root) {
    int index = table.columnIndex(column);
    for (Constraint constraint : constraints) {
      if (constraint.column() == index
          && (constraint.kind() == Constraint.Kind.EQUALS
              || constraint.kind() == Constraint.Kind.IN)) {
        Set<String> keys = new LinkedHashSet<>();
        for (Object value : constraint.values(root)) {
          String text =
              root == null && constraint.isParameter()
                  ? "?"
                  : text(value, table.columns().get(index));
          if (text != null) {
            keys.add(text);
          }
        }
        return List.copyOf(keys);
      }
    }
    return null;
  }

  /** The values to send for a parameter, or null when no constraint supplies one. */
  private List<String> values(
      ParameterSpec parameter, List<Constraint> constraints, DataContext root) {
    if (parameter.kind() == ParameterSpec.Kind.EQUALS) {
      return keys(constraints, parameter.column(), root);
    }
    int index = table.columnIndex(parameter.column());
    for (Constraint constraint : constraints) {
      if (constraint.column() != index) {
        continue;
      }
      boolean from = parameter.kind() == ParameterSpec.Kind.DATE_FROM;
      if (root == null && constraint.isParameter()) {
        return List.of("?");
      }
      Object bound = from ? constraint.lowerBound(root) : constraint.upperBound(root);
      Instant instant = instant(bound);
      if (instant == null) {
        continue;
      }
      if (!from && constraint.upperOpen()) {
        instant = instant.minusMillis(1);
      }
      LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
      return List.of(
          (from ? day.minusDays(DATE_SLACK_DAYS) : day.plusDays(DATE_SLACK_DAYS)).toString());
    }
    return null;
  }

  /**
   * A value as the API expects it in a URL for the column, or null when no value of the column can
   * equal it.
   */
  static String text(Object value, ColumnSpec column) {
    if (value == null) {
      return null;
    }
    String plain =
        value instanceof NlsString nls
            ? nls.getValue()
            : value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    if (column.type() == ColumnType.BIGINT || column.type() == ColumnType.INTEGER) {
      // `id = 1226.0` compares CAST(id AS DECIMAL) with 1226.0: the API expects 1226. No integer
      // equals 1226.5, so that is left to the filter (no rows) rather than sent as a bad key.
      return integralText(plain);
    }
    return plain;
  }

  private static String integralText(String text) {
    try {
      return Long.toString(new BigDecimal(text.strip()).longValueExact());
    } catch (NumberFormatException | ArithmeticException notAnInteger) {
      return null;
    }
  }

  /** A bound of a timestamp comparison as an instant (RallyUp timestamps are UTC), or null. */
  private static Instant instant(Object bound) {
    if (bound instanceof TimestampString timestamp) {
      return Instant.ofEpochMilli(timestamp.getMillisSinceEpoch());
    }
    if (bound instanceof DateString date) {
      return Instant.ofEpochMilli(date.getMillisSinceEpoch());
    }
    if (bound instanceof Long millis) {
      return Instant.ofEpochMilli(millis);
    }
    if (bound instanceof java.util.Date date) {
      return Instant.ofEpochMilli(date.getTime());
    }
    if (bound instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    if (bound instanceof LocalDate day) {
      return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    return null;
  }

  private String qualifiedName() {
    return table.schema() + "." + table.name();
  }

  private UnsupportedQueryException missing(ParameterSpec parameter) {
    return MissingParameter.exception(table, parameter, similarColumns.apply(parameter.column()));
  }
}
