package org.rallyupjdbc.sandbox.http;

import org.rallyupjdbc.sandbox.data.Dataset;
import org.rallyupjdbc.sandbox.data.PartnerDirectory;
import org.rallyupjdbc.sandbox.json.PartnerWriters;
import org.rallyupjdbc.sandbox.model.OrgAddress;
import org.rallyupjdbc.sandbox.model.OrgUser;
import org.rallyupjdbc.sandbox.model.Organization;
import org.rallyupjdbc.sandbox.model.Person;

/**
 * The Partner API write endpoints, kept simple: they change the in-memory partner directory
 * (organizations and their users) and answer in the shapes the rally_up gem expects.
 */
final class PartnerWriteRoutes {
  private final Dataset data;
  private final PartnerDirectory directory;

  private PartnerWriteRoutes(Dataset data) {
    this.data = data;
    this.directory = data.partner();
  }

  static void register(Router router, Dataset data) {
    PartnerWriteRoutes routes = new PartnerWriteRoutes(data);
    Access partner = Access.PARTNER;
    router.add("POST", "/v1/partnerapi/addorguser", partner, routes::addOrgUser);
    router.add("DELETE", "/v1/partnerapi/deleteorguser", partner, routes::deleteOrgUser);
    router.add("POST", "/v1/partnerapi/addcustomorg", partner, routes::addCustomOrg);
    router.add("POST", "/v1/partnerapi/approvecustomorg", partner, routes::approveCustomOrg);
    router.add("DELETE", "/v1/partnerapi/deletecustomorg", partner, routes::deleteCustomOrg);
    router.add("POST", "/v1/partnerapi/setonbehalfaccount", partner, routes::setOnBehalfAccount);
  }

  /**
   * Adds an existing RallyUp user (by e-mail) to an organization; Role defaults to Administrator.
   */
  private Reply addOrgUser(Request request) {
    Organization org = organization(request, "OrganizationID");
    String email = required(request, "Email");
    Person person =
        data.person(email)
            .orElseThrow(
                () -> ApiError.badRequest("No RallyUp user has the e-mail " + email + "."));
    OrgUser user =
        directory.addMember(org.id(), person, request.param("Role").orElse("Administrator"));
    return Reply.ok(g -> PartnerWriters.orgUserChange(g, user));
  }

  private Reply deleteOrgUser(Request request) {
    Organization org = organization(request, "OrganizationID");
    String email = required(request, "Email");
    OrgUser removed =
        directory
            .removeMember(org.id(), email)
            .orElseThrow(() -> ApiError.notFound("The user is not a member of this organization."));
    return Reply.ok(g -> PartnerWriters.orgUserChange(g, removed));
  }

  /** Name and Country are required; the address fields map onto the organization's Address. */
  private Reply addCustomOrg(Request request) {
    String name = required(request, "Name");
    String country = required(request, "Country");
    String line2 = request.param("Address2").or(() -> request.param("Address3")).orElse(null);
    OrgAddress address =
        new OrgAddress(
            request.param("Address1").orElse(null),
            line2,
            request.param("City").orElse(null),
            request.param("State").orElse(null),
            country,
            request.param("PostalCode").orElse(null),
            null);
    boolean taxExempt = request.param("501c").map(Boolean::parseBoolean).orElse(false);
    Organization org =
        directory.addCustom(name, request.param("EIN").orElse(null), taxExempt, address);
    return Reply.ok(g -> PartnerWriters.organization(g, org));
  }

  /** Answers 200 with an empty body, as the gem's test stub does. */
  private Reply approveCustomOrg(Request request) {
    Organization org = customOrganization(request);
    directory.replace(org.asApproved());
    return Reply.empty(200);
  }

  private Reply deleteCustomOrg(Request request) {
    Organization org = customOrganization(request);
    directory.remove(org.id());
    return Reply.ok(g -> PartnerWriters.organization(g, org));
  }

  /** Checks its parameters and stores nothing: no endpoint shows the on-behalf account. */
  private Reply setOnBehalfAccount(Request request) {
    organization(request, "OrganizationId");
    required(request, "StripeOnBehalfAccountId");
    return Reply.ok(g -> g.writeNull());
  }

  private Organization customOrganization(Request request) {
    Organization org = organization(request, "OrganizationID");
    if (!org.custom()) {
      throw ApiError.badRequest("Organization " + org.id() + " is not a custom organization.");
    }
    return org;
  }

  private Organization organization(Request request, String param) {
    long id = Params.requiredId(request, param);
    return directory
        .organization(id)
        .orElseThrow(() -> ApiError.notFound("Organization not found."));
  }

  private static String required(Request request, String name) {
    return request
        .param(name)
        .filter(value -> !value.isBlank())
        .orElseThrow(
            () ->
                ApiError.badRequest(
                    "The request is invalid. The " + name + " parameter is required."));
  }
}
