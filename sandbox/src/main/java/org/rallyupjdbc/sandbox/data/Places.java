package org.rallyupjdbc.sandbox.data;

import java.util.List;

/** Cities and streets for mailing and organization addresses. */
final class Places {
  /** A city with its state or province, country name and a postal-code stem. */
  record City(String name, String state, String country, String zipStem) {}

  static final List<City> CITIES =
      List.of(
          new City("Tucson", "AZ", "United States", "857"),
          new City("Portland", "OR", "United States", "972"),
          new City("Austin", "TX", "United States", "787"),
          new City("Denver", "CO", "United States", "802"),
          new City("Chicago", "IL", "United States", "606"),
          new City("Boston", "MA", "United States", "021"),
          new City("Atlanta", "GA", "United States", "303"),
          new City("Seattle", "WA", "United States", "981"),
          new City("Minneapolis", "MN", "United States", "554"),
          new City("San José", "CA", "United States", "951"),
          new City("Santa Fe", "NM", "United States", "875"),
          new City("Brooklyn", "NY", "United States", "112"),
          new City("Coeur d'Alene", "ID", "United States", "838"),
          new City("Montréal", "QC", "Canada", "H2X"),
          new City("Toronto", "ON", "Canada", "M5V"));

  static final List<String> STREETS =
      List.of(
          "E. Broadway Blvd",
          "Main St",
          "Oak Ave",
          "Maple Dr",
          "Elm St",
          "Cedar Ln",
          "Peachtree Rd NE",
          "Rue Saint-Denis",
          "Avenida del Sol",
          "O'Farrell St",
          "Lakeshore Dr",
          "Calle Ñandú");

  static final List<String> UNITS = List.of("Suite 203", "Apt 4B", "Unit 12", "#7", "Floor 2");

  private Places() {}
}
