package org.rallyupjdbc.sandbox.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rallyupjdbc.sandbox.model.OrgUser;
import org.rallyupjdbc.sandbox.model.Organization;
import org.rallyupjdbc.sandbox.model.Person;

/** Generates each organization's users (listorgusers), the first always an Administrator. */
final class OrgUserGenerator {
  private OrgUserGenerator() {}

  /** Members per organization id, in organization order, each list by UserID. */
  static Map<Long, List<OrgUser>> generate(
      long seed, List<Organization> orgs, List<Person> people) {
    Rng rng = Rng.of(seed, "org-users");
    Map<Long, List<OrgUser>> members = new LinkedHashMap<>();
    Set<Long> taken = new HashSet<>();
    for (Organization org : orgs) {
      List<OrgUser> users = new ArrayList<>();
      int count = rng.between(2, 5);
      while (users.size() < count) {
        Person person = people.get(rng.nextInt(people.size()));
        if (!taken.add(person.userId())) {
          continue;
        }
        String role = users.isEmpty() || rng.chance(0.5) ? "Administrator" : "Manager";
        Long added =
            rng.chance(0.6)
                ? null
                : rng.millisBetween(person.createdAt(), Timeline.AS_OF - Timeline.DAY);
        users.add(new OrgUser(org.id(), person, role, added));
      }
      users.sort(Comparator.comparingLong(user -> user.person().userId()));
      members.put(org.id(), List.copyOf(users));
    }
    return members;
  }
}
