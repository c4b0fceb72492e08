package org.rallyupjdbc.sandbox.model;

/**
 * An organization as the Partner API shows it.
 *
 * @param createdAt not rendered; the organizations list filters startDate/endDate on it
 * @param custom created through addcustomorg (only those may be approved or deleted)
 * @param approved false for a custom organization until approvecustomorg
 */
public record Organization(
    long id,
    String ein,
    String name,
    String commonName,
    String email,
    String slug,
    boolean taxExempt,
    OrgAddress address,
    String logoUrl,
    String websiteUrl,
    String facebookUrl,
    String twitterUrl,
    String currency,
    long createdAt,
    boolean custom,
    boolean approved) {

  /** A copy marked approved. */
  public Organization asApproved() {
    return new Organization(
        id,
        ein,
        name,
        commonName,
        email,
        slug,
        taxExempt,
        address,
        logoUrl,
        websiteUrl,
        facebookUrl,
        twitterUrl,
        currency,
        createdAt,
        custom,
        true);
  }
}
