package org.frameworkportal.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;

/**
 * How much two roles' transferable skills overlap: a weighted Jaccard index. Each skill weighs
 * {@code ln(1 + N / n)}, where N is the number of roles and n the number that need the skill, so a
 * rare shared skill (Court of Protection work) counts for more than one nearly every role has
 * (communication). score(a, b) = sum of weights of skills both need / sum over skills either
 * needs. Ties are broken by role title, then id, so the order never changes between builds.
 */
public final class RoleSimilarity {
  private final Map<String, Set<Skill>> skillsByRole;
  private final Map<Skill, Double> weights = new HashMap<>();

  RoleSimilarity(Map<String, Set<Skill>> skillsByRole) {
    this.skillsByRole = skillsByRole;
    Map<Skill, Integer> roleCounts = new HashMap<>();
    skillsByRole.values().forEach(skills -> skills.forEach(skill -> roleCounts.merge(skill, 1, Integer::sum)));
    int roles = skillsByRole.size();
    roleCounts.forEach((skill, n) -> weights.put(skill, Math.log(1 + (double) roles / n)));
  }

  public double weight(Skill skill) {
    return weights.getOrDefault(skill, 0.0);
  }

  public double score(Role a, Role b) {
    Set<Skill> first = skillsByRole.getOrDefault(a.fullId(), Set.of());
    Set<Skill> second = skillsByRole.getOrDefault(b.fullId(), Set.of());
    double both = 0;
    double either = 0;
    for (Skill skill : first) {
      either += weight(skill);
      if (second.contains(skill)) {
        both += weight(skill);
      }
    }
    for (Skill skill : second) {
      if (!first.contains(skill)) {
        either += weight(skill);
      }
    }
    return either == 0 ? 0 : both / either;
  }

  /** The roles closest to {@code role} among {@code candidates}, best first, with the skills shared. */
  public List<RelatedRole> closest(Role role, List<Role> candidates, int limit, List<Skill> skillOrder) {
    List<RelatedRole> related = new ArrayList<>();
    Set<Skill> mine = skillsByRole.getOrDefault(role.fullId(), Set.of());
    for (Role other : candidates) {
      if (other.fullId().equals(role.fullId())) {
        continue;
      }
      double score = score(role, other);
      if (score > 0) {
        Set<Skill> theirs = skillsByRole.getOrDefault(other.fullId(), Set.of());
        List<Skill> shared = skillOrder.stream().filter(s -> mine.contains(s) && theirs.contains(s))
            .sorted(Comparator.comparingDouble(this::weight).reversed()).toList();
        related.add(new RelatedRole(other, null, score, shared));
      }
    }
    related.sort(Comparator.comparingDouble(RelatedRole::score).reversed()
        .thenComparing(r -> r.role().title().toLowerCase(Locale.ROOT))
        .thenComparing(r -> r.role().fullId()));
    return related.subList(0, Math.min(limit, related.size()));
  }
}
