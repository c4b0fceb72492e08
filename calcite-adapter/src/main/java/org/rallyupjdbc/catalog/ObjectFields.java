package org.rallyupjdbc.catalog;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one level of a record (the record itself, a nested object, or the elements of a
 * child array): the plan of each field a query needs, and the order the fields are expected in.
 *
 * <p>RallyUp sends the fields of an endpoint in the same order in every record, so the decoder
 * compares each field name's bytes with the name expected next ({@link #order()}), which is much
 * cheaper than tokenizing and hashing it. The expected order starts as the catalog's and is
 * replaced by the order of the last record that departed from it (fields the catalog does not know,
 * a different order, missing fields), so it holds for the records that follow. The order is an
 * immutable snapshot behind a volatile field: the pages of one scan are decoded on several threads,
 * and a lost update only costs a record decoded by name.
 */
final class ObjectFields {
  /** A field expected at one position: its name as JSON bytes, and its plan (null: skipped). */
  record Step(SerializedString name, FieldPlan plan) {}

  /** The expected order, with each name's position for finding the place again after a surprise. */
  record Order(Step[] steps, Map<String, Integer> positions) {}

  private final Map<String, FieldPlan> plans = new HashMap<>();
  private final Set<String> catalogOrder = new LinkedHashSet<>();
  private volatile Order order;

  /** The plan of a field, or null when the query needs nothing of it. */
  FieldPlan plan(String field) {
    return plans.get(field);
  }

  /** Registers a field's plan, replacing any earlier one. */
  void put(String field, FieldPlan plan) {
    plans.put(field, plan);
    order = null;
  }

  /** Notes that the catalog lists a field at this level next, whether or not a query needs it. */
  void catalogued(String field) {
    catalogOrder.add(field);
    order = null;
  }

  /** The order to expect; the catalog's until a record teaches another. */
  Order order() {
    Order expected = order;
    if (expected == null) {
      List<String> names = new ArrayList<>(catalogOrder);
      plans.keySet().stream().filter(name -> !catalogOrder.contains(name)).forEach(names::add);
      expected = orderOf(names);
      order = expected;
    }
    return expected;
  }

  /** Expects {@code names}, the fields of the record just read in their order, from now on. */
  void learn(List<String> names) {
    order = orderOf(names);
  }

  private Order orderOf(List<String> names) {
    Step[] steps = new Step[names.size()];
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < steps.length; i++) {
      String name = names.get(i);
      steps[i] = new Step(new SerializedString(name), plans.get(name));
      positions.putIfAbsent(name, i);
    }
    return new Order(steps, Map.copyOf(positions));
  }
}
