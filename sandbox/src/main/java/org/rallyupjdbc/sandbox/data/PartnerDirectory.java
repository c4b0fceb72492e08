package org.rallyupjdbc.sandbox.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rallyupjdbc.sandbox.model.OrgAddress;
import org.rallyupjdbc.sandbox.model.OrgUser;
import org.rallyupjdbc.sandbox.model.Organization;
import org.rallyupjdbc.sandbox.model.Person;

/**
 * The partner's organizations and their users, changed by the Partner API write endpoints. Readers
 * see immutable snapshots; writers are serialized. Write timestamps are the data's fixed "today"
 * plus one second per write, so a replayed sequence of calls gives the same answers.
 */
public final class PartnerDirectory {
  private volatile List<Organization> organizations;
  private volatile Map<Long, List<OrgUser>> members;
  private long nextWriteAt = Timeline.AS_OF;
  private long nextOrgId;

  PartnerDirectory(List<Organization> organizations, Map<Long, List<OrgUser>> members) {
    this.organizations = List.copyOf(organizations);
    this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    this.nextOrgId = organizations.get(organizations.size() - 1).id() + 1;
  }

  /** All organizations, by ascending id. */
  public List<Organization> organizations() {
    return organizations;
  }

  public Optional<Organization> organization(long id) {
    return organizations.stream().filter(org -> org.id() == id).findFirst();
  }

  /** An organization's users by ascending UserID, empty for an unknown organization. */
  public List<OrgUser> members(long organizationId) {
    return members.getOrDefault(organizationId, List.of());
  }

  /** Adds a custom organization, not yet approved. */
  public synchronized Organization addCustom(
      String name, String ein, boolean taxExempt, OrgAddress address) {
    long id = nextOrgId++;
    Organization org =
        new Organization(
            id,
            ein,
            name,
            name,
            null,
            Slugs.permanent(id, 0xC057),
            taxExempt,
            address,
            null,
            null,
            null,
            null,
            "USD",
            writeTime(),
            true,
            false);
    List<Organization> next = new ArrayList<>(organizations);
    next.add(org);
    organizations = List.copyOf(next);
    return org;
  }

  /** Replaces an organization (e.g. approved), keeping its place. */
  public synchronized void replace(Organization org) {
    organizations = organizations.stream().map(old -> old.id() == org.id() ? org : old).toList();
  }

  /** Removes an organization and its memberships. */
  public synchronized void remove(long organizationId) {
    organizations = organizations.stream().filter(org -> org.id() != organizationId).toList();
    Map<Long, List<OrgUser>> next = new LinkedHashMap<>(members);
    next.remove(organizationId);
    members = Collections.unmodifiableMap(next);
  }

  /** Adds (or re-roles) a person's membership, stamped with the write time. */
  public synchronized OrgUser addMember(long organizationId, Person person, String role) {
    OrgUser user = new OrgUser(organizationId, person, role, writeTime());
    List<OrgUser> users = new ArrayList<>(members(organizationId));
    users.removeIf(old -> old.person().userId() == person.userId());
    users.add(user);
    users.sort(Comparator.comparingLong(member -> member.person().userId()));
    putMembers(organizationId, users);
    return user;
  }

  /** Removes a membership; returns it, or empty if the person was not a member. */
  public synchronized Optional<OrgUser> removeMember(long organizationId, String email) {
    List<OrgUser> users = new ArrayList<>(members(organizationId));
    Optional<OrgUser> removed =
        users.stream().filter(user -> user.person().email().equalsIgnoreCase(email)).findFirst();
    removed.ifPresent(
        user -> {
          users.remove(user);
          putMembers(organizationId, users);
        });
    return removed;
  }

  private void putMembers(long organizationId, List<OrgUser> users) {
    Map<Long, List<OrgUser>> next = new LinkedHashMap<>(members);
    next.put(organizationId, List.copyOf(users));
    members = Collections.unmodifiableMap(next);
  }

  private long writeTime() {
    nextWriteAt += Timeline.SECOND;
    return nextWriteAt;
  }
}
