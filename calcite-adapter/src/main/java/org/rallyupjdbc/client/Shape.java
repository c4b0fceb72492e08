package org.rallyupjdbc.client;

/** How an endpoint wraps its records (docs/paging-and-errors.md). */
public enum Shape {
  /**
   * {@code {"Result": {"Items": [...], "PageIndex": 1, "TotalPages": 2, ...}}}, fetched page by
   * page.
   */
  PAGED,
  /** A bare JSON array of records (the v3 endpoints). */
  ARRAY,
  /** One record in {@code Result}. */
  OBJECT
}
