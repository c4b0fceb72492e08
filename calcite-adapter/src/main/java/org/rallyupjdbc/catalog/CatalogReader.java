package org.rallyupjdbc.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.client.Endpoint;
import org.rallyupjdbc.client.Paging;
import org.rallyupjdbc.client.Shape;

/**
 * Builds a {@link Catalog} from catalog JSON, rejecting anything malformed with a message that
 * names the file, the table and the entry. Unknown keys are errors, so a typo cannot pass silently.
 */
final class CatalogReader {
  private static final Pattern SQL_NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Set<String> TOP_KEYS = Set.of("paging", "schemas");
  private static final Set<String> PAGING_KEYS =
      Set.of("indexParam", "sizeParam", "defaultPageSize", "maxPageSize", "assumed");
  private static final Set<String> SCHEMA_KEYS = Set.of("name", "api", "tables");
  private static final Set<String> TABLE_KEYS =
      Set.of(
          "name",
          "description",
          "paths",
          "shape",
          "primaryKey",
          "foreignKeys",
          "lookup",
          "parameters",
          "columns",
          "paging",
          "fixedQuery");
  private static final Set<String> PARAMETER_KEYS =
      Set.of("name", "in", "column", "kind", "required", "assumed", "description", "source");
  private static final Set<String> SOURCE_KEYS = Set.of("table", "column");
  private static final Set<String> CHILD_KEYS = Set.of("description", "primaryKey", "columns");
  private static final Set<String> FOREIGN_KEY_KEYS =
      Set.of("columns", "table", "referencedColumns");
  private static final Set<String> LOOKUP_KEYS = Set.of("paths", "column");

  private final String source;

  CatalogReader(String source) {
    this.source = source;
  }

  Catalog read(JsonNode root) {
    Context top = new Context("catalog " + source);
    top.keys(root, TOP_KEYS);
    Paging paging = paging(top.child("paging"), root.path("paging"));
    List<SchemaSpec> schemas = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (JsonNode schema : top.array(root, "schemas")) {
      SchemaSpec spec = new SchemaReader(top, paging).read(schema);
      if (!names.add(spec.name())) {
        throw top.fail("schema '" + spec.name() + "' is defined twice");
      }
      schemas.add(spec);
    }
    return new Catalog(schemas);
  }

  private static Paging paging(Context at, JsonNode node) {
    at.keys(node, PAGING_KEYS);
    try {
      return new Paging(
          at.text(node, "indexParam"),
          at.text(node, "sizeParam"),
          at.integer(node, "defaultPageSize"),
          at.integer(node, "maxPageSize"));
    } catch (IllegalArgumentException e) {
      throw at.fail(e.getMessage());
    }
  }

  /** Reads one schema and its tables, then checks references between tables. */
  private static final class SchemaReader {
    private final Context parent;
    private final Paging paging;

    SchemaReader(Context parent, Paging paging) {
      this.parent = parent;
      this.paging = paging;
    }

    SchemaSpec read(JsonNode node) {
      parent.keys(node, SCHEMA_KEYS);
      String name = parent.sqlName(node, "name");
      Context at = parent.child("schema " + name);
      Api api = at.enumValue(node, "api", Api.class);
      List<TableSpec> tables = new ArrayList<>();
      for (JsonNode table : at.array(node, "tables")) {
        tables.addAll(new TableReader(at, name, paging).read(table));
      }
      Set<String> tableNames = new HashSet<>();
      for (TableSpec table : tables) {
        if (!tableNames.add(table.name())) {
          throw at.fail("table '" + table.name() + "' is defined twice");
        }
      }
      for (TableSpec table : tables) {
        checkForeignKeys(at.child("table " + table.name()), table, tables);
        checkSources(at.child("table " + table.name()), table, tables);
      }
      return new SchemaSpec(name, api, tables);
    }

    /**
     * A parameter source must name a top-level table of the schema and one of its columns, and only
     * a required parameter needs one (an optional one is simply not sent).
     */
    private static void checkSources(Context at, TableSpec table, List<TableSpec> tables) {
      for (ParameterSpec parameter : table.parameters()) {
        if (parameter.source().isEmpty()) {
          continue;
        }
        ParameterSource source = parameter.source().get();
        Context here = at.child("parameter " + parameter.name() + " source");
        if (!parameter.required() || parameter.kind() != ParameterSpec.Kind.EQUALS) {
          throw here.fail("only a required EQUALS parameter has a source");
        }
        TableSpec from =
            tables.stream()
                .filter(t -> t.name().equals(source.table()) && t.childArray().isEmpty())
                .findFirst()
                .orElseThrow(() -> here.fail("unknown top-level table '" + source.table() + "'"));
        if (from.name().equals(table.name())) {
          throw here.fail("a table cannot list its own parameter values");
        }
        here.requireColumn(from, source.column(), "parameter source");
      }
    }

    private static void checkForeignKeys(Context at, TableSpec table, List<TableSpec> tables) {
      for (ForeignKeySpec key : table.foreignKeys()) {
        TableSpec target =
            tables.stream()
                .filter(t -> t.name().equals(key.table()))
                .findFirst()
                .orElseThrow(
                    () -> at.fail("foreign key references unknown table '" + key.table() + "'"));
        for (String column : key.columns()) {
          at.requireColumn(table, column, "foreign key");
        }
        for (String column : key.referencedColumns()) {
          at.requireColumn(target, column, "foreign key target " + target.name());
        }
        if (key.columns().size() != key.referencedColumns().size()) {
          throw at.fail(
              "foreign key to '"
                  + key.table()
                  + "' has columns and referencedColumns of different lengths");
        }
      }
    }
  }

  /** Reads one table entry into the table and its child tables. */
  private static final class TableReader {
    private final Context schemaContext;
    private final String schema;
    private final Paging defaultPaging;

    TableReader(Context schemaContext, String schema, Paging defaultPaging) {
      this.schemaContext = schemaContext;
      this.schema = schema;
      this.defaultPaging = defaultPaging;
    }

    List<TableSpec> read(JsonNode node) {
      schemaContext.keys(node, TABLE_KEYS);
      String name = schemaContext.sqlName(node, "name");
      Context at = schemaContext.child("table " + name);
      Paging paging =
          node.has("paging") ? paging(at.child("paging"), node.get("paging")) : defaultPaging;
      Endpoint endpoint =
          new Endpoint(at.paths(node, "paths"), at.enumValue(node, "shape", Shape.class), paging);
      ColumnReader columns = new ColumnReader(at);
      columns.readAll(at.array(node, "columns"), "", List.of(), ColumnSpec.Origin.RECORD);
      List<ParameterSpec> parameters = new ArrayList<>();
      for (JsonNode parameter : at.optionalArray(node, "parameters")) {
        parameters.add(parameter(at, parameter, endpoint));
      }
      TableSpec table =
          new TableSpec(
              schema,
              name,
              at.text(node, "description"),
              endpoint,
              at.names(node, "primaryKey"),
              foreignKeys(at, node),
              lookup(at, node.path("lookup"), paging),
              parameters,
              columns.columns(),
              Optional.empty(),
              fixedQuery(at, node.path("fixedQuery")));
      validate(at, table);
      List<TableSpec> all = new ArrayList<>();
      all.add(table);
      for (ColumnReader.Child child : columns.children()) {
        all.add(childTable(at, table, child));
      }
      return all;
    }

    private TableSpec childTable(Context at, TableSpec parent, ColumnReader.Child child) {
      String name = parent.name() + "_" + child.name();
      Context childAt = at.child("child table " + name);
      childAt.keys(child.node(), CHILD_KEYS);
      List<ColumnSpec> columns = new ArrayList<>();
      List<String> carried = new ArrayList<>(parent.primaryKey());
      parent.requiredParameters().stream()
          .map(ParameterSpec::column)
          .filter(c -> !carried.contains(c))
          .forEach(carried::add);
      if (parent.primaryKey().isEmpty()) {
        throw childAt.fail("the parent table has no primaryKey to repeat in its child rows");
      }
      for (String column : carried) {
        columns.add(parent.columns().get(parent.columnIndex(column)));
      }
      ColumnReader elements = new ColumnReader(childAt);
      elements.readAll(
          childAt.array(child.node(), "columns"), "", List.of(), ColumnSpec.Origin.ELEMENT);
      if (!elements.children().isEmpty()) {
        throw childAt.fail("child tables cannot have child tables of their own");
      }
      columns.addAll(elements.columns());
      List<ParameterSpec> parameters =
          parent.parameters().stream().filter(p -> carried.contains(p.column())).toList();
      TableSpec table =
          new TableSpec(
              schema,
              name,
              childAt.text(child.node(), "description"),
              parent.endpoint(),
              childAt.names(child.node(), "primaryKey"),
              List.of(new ForeignKeySpec(parent.primaryKey(), parent.name(), parent.primaryKey())),
              Optional.empty(),
              parameters,
              columns,
              Optional.of(child.field()),
              parent.fixedQuery());
      validate(childAt, table);
      return table;
    }

    private static ParameterSpec parameter(Context at, JsonNode node, Endpoint endpoint) {
      at.keys(node, PARAMETER_KEYS);
      String name = at.text(node, "name");
      Context here = at.child("parameter " + name);
      ParameterSpec.Location in =
          node.has("in")
              ? here.enumValue(node, "in", ParameterSpec.Location.class)
              : ParameterSpec.Location.QUERY;
      if (in == ParameterSpec.Location.PATH) {
        for (String path : endpoint.paths()) {
          if (!path.contains("{" + name + "}")) {
            throw here.fail("path parameter has no {" + name + "} placeholder in path " + path);
          }
        }
      }
      return new ParameterSpec(
          name,
          in,
          here.text(node, "column"),
          here.enumValue(node, "kind", ParameterSpec.Kind.class),
          here.bool(node, "required", false),
          here.bool(node, "assumed", true),
          node.path("description").asText(""),
          source(here, node.path("source")));
    }

    private static Optional<ParameterSource> source(Context at, JsonNode node) {
      if (node.isMissingNode()) {
        return Optional.empty();
      }
      Context here = at.child("source");
      here.keys(node, SOURCE_KEYS);
      return Optional.of(
          new ParameterSource(here.sqlName(node, "table"), here.sqlName(node, "column")));
    }

    private static Map<String, String> fixedQuery(Context at, JsonNode node) {
      Map<String, String> query = new LinkedHashMap<>();
      if (node.isMissingNode()) {
        return query;
      }
      if (!node.isObject()) {
        throw at.fail("'fixedQuery' must be an object of parameter names to text values");
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!e.getValue().isTextual()) {
          throw at.fail("fixedQuery value of '" + e.getKey() + "' must be text");
        }
        query.put(e.getKey(), e.getValue().asText());
      }
      return query;
    }

    private static List<ForeignKeySpec> foreignKeys(Context at, JsonNode node) {
      List<ForeignKeySpec> keys = new ArrayList<>();
      for (JsonNode key : at.optionalArray(node, "foreignKeys")) {
        at.keys(key, FOREIGN_KEY_KEYS);
        keys.add(
            new ForeignKeySpec(
                at.names(key, "columns"),
                at.text(key, "table"),
                at.names(key, "referencedColumns")));
      }
      return keys;
    }

    private static Optional<LookupSpec> lookup(Context at, JsonNode node, Paging paging) {
      if (node.isMissingNode()) {
        return Optional.empty();
      }
      Context here = at.child("lookup");
      here.keys(node, LOOKUP_KEYS);
      List<String> paths = here.paths(node, "paths");
      for (String path : paths) {
        if (!Pattern.compile("\\{[A-Za-z0-9_]+}").matcher(path).find()) {
          throw here.fail("lookup path " + path + " has no {placeholder} for the key value");
        }
      }
      return Optional.of(
          new LookupSpec(new Endpoint(paths, Shape.OBJECT, paging), here.text(node, "column")));
    }

    private static void validate(Context at, TableSpec table) {
      Set<String> names = new HashSet<>();
      for (ColumnSpec column : table.columns()) {
        if (!names.add(column.name())) {
          throw at.fail(
              "column '"
                  + column.name()
                  + "' is defined twice (check flattened object and currency twin names)");
        }
      }
      for (String column : table.primaryKey()) {
        at.requireColumn(table, column, "primaryKey");
      }
      for (ParameterSpec parameter : table.parameters()) {
        at.requireColumn(table, parameter.column(), "parameter " + parameter.name());
      }
      table.lookup().ifPresent(l -> at.requireColumn(table, l.column(), "lookup"));
      for (String path : table.endpoint().paths()) {
        java.util.regex.Matcher placeholder = Pattern.compile("\\{([A-Za-z0-9_]+)}").matcher(path);
        while (placeholder.find()) {
          String bound = placeholder.group(1);
          boolean known =
              table.parameters().stream()
                  .anyMatch(p -> p.in() == ParameterSpec.Location.PATH && p.name().equals(bound));
          if (!known) {
            throw at.fail(
                "path "
                    + path
                    + " has placeholder {"
                    + bound
                    + "} but no PATH parameter of that name");
          }
        }
      }
    }
  }

  /** Where in the file the reader is, for messages; plus small typed accessors. */
  static final class Context {
    private final String where;

    Context(String where) {
      this.where = where;
    }

    Context child(String what) {
      return new Context(where + ": " + what);
    }

    CatalogException fail(String problem) {
      return new CatalogException(where + ": " + problem);
    }

    void keys(JsonNode node, Set<String> allowed) {
      if (!node.isObject()) {
        throw fail(
            "expected a JSON object, found "
                + node.getNodeType().toString().toLowerCase(Locale.ROOT));
      }
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!allowed.contains(key)) {
          throw fail(
              "unknown key '"
                  + key
                  + "' (allowed: "
                  + String.join(", ", new java.util.TreeSet<>(allowed))
                  + ")");
        }
      }
    }

    String text(JsonNode node, String key) {
      JsonNode value = node.get(key);
      if (value == null || !value.isTextual() || value.asText().isBlank()) {
        throw fail("'" + key + "' must be a non-empty string");
      }
      return value.asText();
    }

    String sqlName(JsonNode node, String key) {
      String name = text(node, key);
      if (!SQL_NAME.matcher(name).matches()) {
        throw fail(
            "'" + key + "' is '" + name + "' but must be lower snake case ([a-z][a-z0-9_]*)");
      }
      return name;
    }

    int integer(JsonNode node, String key) {
      JsonNode value = node.get(key);
      if (value == null || !value.isInt()) {
        throw fail("'" + key + "' must be an integer");
      }
      return value.asInt();
    }

    boolean bool(JsonNode node, String key, boolean absent) {
      JsonNode value = node.get(key);
      if (value == null) {
        return absent;
      }
      if (!value.isBoolean()) {
        throw fail("'" + key + "' must be true or false");
      }
      return value.asBoolean();
    }

    <E extends Enum<E>> E enumValue(JsonNode node, String key, Class<E> type) {
      String value = text(node, key);
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
          allowed.add(constant.name());
        }
        throw fail(
            "'" + key + "' is '" + value + "' but must be one of " + String.join(", ", allowed));
      }
    }

    JsonNode array(JsonNode node, String key) {
      JsonNode value = node.get(key);
      if (value == null || !value.isArray() || value.isEmpty()) {
        throw fail("'" + key + "' must be a non-empty array");
      }
      return value;
    }

    JsonNode optionalArray(JsonNode node, String key) {
      return node.has(key) ? array(node, key) : node.path(key);
    }

    List<String> names(JsonNode node, String key) {
      List<String> names = new ArrayList<>();
      for (JsonNode value : optionalArray(node, key)) {
        if (!value.isTextual()) {
          throw fail("'" + key + "' must list names as strings");
        }
        names.add(value.asText());
      }
      return names;
    }

    List<String> paths(JsonNode node, String key) {
      List<String> paths = names(node, key);
      if (paths.isEmpty()) {
        throw fail("'" + key + "' must list at least one path");
      }
      for (String path : paths) {
        if (!path.startsWith("/") || path.contains("?") || path.contains("//")) {
          throw fail("path '" + path + "' must start with / and have no query string");
        }
      }
      return paths;
    }

    void requireColumn(TableSpec table, String column, String usedBy) {
      if (table.columnIndex(column) < 0) {
        throw fail(
            usedBy
                + " names column '"
                + column
                + "', which table "
                + table.name()
                + " does not have");
      }
    }
  }
}
