package org.rallyupjdbc.bench.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** The classes a script would declare for the fields it uses; Jackson ignores the rest. */
final class PagerRecords {
  private PagerRecords() {}

  /** The paged envelope. */
  record Envelope<T>(@JsonProperty("Result") Result<T> result) {}

  /** A page of records. */
  record Result<T>(
      @JsonProperty("Items") List<T> items, @JsonProperty("HasNextPage") boolean hasNextPage) {}

  /** A donation with the fields the scenarios read. */
  record Donation(
      @JsonProperty("TransactionId") long transactionId,
      @JsonProperty("CampaignId") long campaignId,
      @JsonProperty("DonorEmail") String donorEmail,
      @JsonProperty("TransactionCreatedDate") String createdDate,
      @JsonProperty("TransactionGrossAmount") String grossAmount,
      @JsonProperty("IsRefunded") Boolean refunded,
      @JsonProperty("Items") List<Item> items) {

    /** {@code "$1,234.50"} as a number. */
    BigDecimal grossValue() {
      return grossAmount == null
          ? null
          : new BigDecimal(grossAmount.replace("$", "").replace(",", ""));
    }
  }

  /** One item line of a donation. */
  record Item(
      @JsonProperty("ItemId") Long itemId,
      @JsonProperty("Quantity") Integer quantity,
      @JsonProperty("Price") BigDecimal price) {}

  /** A campaign. */
  record Campaign(@JsonProperty("Id") long id, @JsonProperty("Name") String name) {}
}
