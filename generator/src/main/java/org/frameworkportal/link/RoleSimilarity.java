package org.frameworkportal.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;
import org.jspecify.annotations.Nullable;

/**
 * How much two roles' transferable skills overlap: a weighted Jaccard index. Each skill weighs
 * {@code ln(1 + N / n)}, where N is the number of roles and n the number that need the skill, so a
 * rare shared skill (Court of Protection work) counts for more than one nearly every role has
 * (communication). score(a, b) = sum of weights of skills both need / sum over skills either needs.
 * Ties are broken by role title, then id, so the order never changes between builds.
 *
 * <p>Each role's skills are a bit set and its total weight is kept, so comparing two roles costs a
 * few word operations: a portal of 2,000 roles compares every pair in well under a second.
 */
public final class RoleSimilarity {
  private final List<Skill> skills = new ArrayList<>();
  private final Map<String, Integer> skillIndex = new HashMap<>();
  private final double[] weights;
  private final Map<String, long[]> bitsByRole = new HashMap<>();
  private final Map<String, Double> totalByRole = new HashMap<>();

  RoleSimilarity(Map<String, Set<Skill>> skillsByRole) {
    skillsByRole
        .values()
        .forEach(
            set ->
                set.forEach(
                    skill ->
                        skillIndex.computeIfAbsent(
                            skill.id(),
                            id -> {
                              skills.add(skill);
                              return skills.size() - 1;
                            })));
    int[] roleCounts = new int[skills.size()];
    skillsByRole.forEach((role, set) -> set.forEach(skill -> roleCounts[index(skill)]++));
    weights = new double[skills.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = Math.log(1 + (double) skillsByRole.size() / roleCounts[i]);
    }
    int words = (skills.size() + 63) / 64;
    skillsByRole.forEach(
        (role, set) -> {
          long[] bits = new long[words];
          double total = 0;
          for (Skill skill : set) {
            int i = index(skill);
            bits[i >> 6] |= 1L << (i & 63);
            total += weights[i];
          }
          bitsByRole.put(role, bits);
          totalByRole.put(role, total);
        });
  }

  /** Where a skill of a role this was made for is counted. */
  private int index(Skill skill) {
    return Objects.requireNonNull(skillIndex.get(skill.id()), skill.id());
  }

  public double weight(Skill skill) {
    Integer i = skillIndex.get(skill.id());
    return i == null ? 0.0 : weights[i];
  }

  public double score(Role a, Role b) {
    String firstId = a.fullId();
    String secondId = b.fullId();
    return score(
        bitsByRole.get(firstId),
        totalByRole.getOrDefault(firstId, 0.0),
        bitsByRole.get(secondId),
        totalByRole.getOrDefault(secondId, 0.0));
  }

  /** 0 when either role has no skills ({@code null}). */
  private double score(
      long @Nullable [] first, double firstTotal, long @Nullable [] second, double secondTotal) {
    if (first == null || second == null) {
      return 0;
    }
    double both = 0;
    for (int w = 0; w < first.length; w++) {
      for (long common = first[w] & second[w]; common != 0; common &= common - 1) {
        both += weights[(w << 6) + Long.numberOfTrailingZeros(common)];
      }
    }
    double either = firstTotal + secondTotal - both;
    return either <= 0 ? 0 : both / either;
  }

  /**
   * The roles closest to {@code role} among {@code candidates}, best first, with the skills shared.
   */
  public List<Near> closest(Role role, List<Role> candidates, int limit, List<Skill> skillOrder) {
    Best best = new Best(limit);
    String id = role.fullId();
    long[] bits = bitsByRole.get(id);
    double total = totalByRole.getOrDefault(id, 0.0);
    for (Role other : candidates) {
      String otherId = other.fullId();
      if (!otherId.equals(id)) {
        best.offer(
            new Candidate(other),
            score(bits, total, bitsByRole.get(otherId), totalByRole.getOrDefault(otherId, 0.0)));
      }
    }
    return related(role, best, skillOrder);
  }

  /**
   * A role near another: how close (0 to 1) and the skills they share, rarest first. The portal
   * turns it into a {@link RelatedRole}, with its framework.
   */
  public record Near(RoleFace role, double score, List<Skill> shared) {}

  /**
   * Every role's closest roles, in other frameworks and in its own.
   *
   * @param <R> how each closest role is told: {@link Near} here, {@link RelatedRole} in the portal
   */
  public record Closest<R>(
      Map<String, List<R>> otherFrameworks, Map<String, List<R>> ownFramework) {}

  /**
   * {@link #closest} for every role at once, in both directions: each pair is scored once (the
   * score is symmetric), so a portal of 2,000 roles costs two million scores, not four.
   */
  public Closest<Near> closestForAll(List<Role> roles, int limit, List<Skill> skillOrder) {
    int n = roles.size();
    Candidate[] candidates = new Candidate[n];
    long[][] bits = new long[n][];
    double[] totals = new double[n];
    String[] frameworks = new String[n];
    Best[] other = new Best[n];
    Best[] own = new Best[n];
    for (int i = 0; i < n; i++) {
      Role role = roles.get(i);
      candidates[i] = new Candidate(role);
      bits[i] = bitsByRole.get(role.fullId());
      totals[i] = totalByRole.getOrDefault(role.fullId(), 0.0);
      frameworks[i] = role.frameworkId();
      other[i] = new Best(limit);
      own[i] = new Best(limit);
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double score = score(bits[i], totals[i], bits[j], totals[j]);
        if (score > 0) {
          boolean sameFramework = frameworks[i].equals(frameworks[j]);
          (sameFramework ? own : other)[i].offer(candidates[j], score);
          (sameFramework ? own : other)[j].offer(candidates[i], score);
        }
      }
    }
    Map<String, List<Near>> otherFrameworks = new HashMap<>();
    Map<String, List<Near>> ownFramework = new HashMap<>();
    for (int i = 0; i < n; i++) {
      otherFrameworks.put(
          candidates[i].role.fullId(), related(candidates[i].role, other[i], skillOrder));
      ownFramework.put(
          candidates[i].role.fullId(), related(candidates[i].role, own[i], skillOrder));
    }
    return new Closest<>(otherFrameworks, ownFramework);
  }

  private List<Near> related(Role role, Best best, List<Skill> skillOrder) {
    List<Near> related = new ArrayList<>();
    for (int k = 0; k < best.size; k++) {
      Role other = best.candidates[k].role;
      // Both have skills: only skills in common score above 0.
      long[] mine = Objects.requireNonNull(bitsByRole.get(role.fullId()));
      long[] theirs = Objects.requireNonNull(bitsByRole.get(other.fullId()));
      List<Skill> shared =
          skillOrder.stream()
              .filter(
                  skill -> {
                    Integer i = skillIndex.get(skill.id());
                    return i != null && (mine[i >> 6] & theirs[i >> 6] & (1L << (i & 63))) != 0;
                  })
              .sorted(Comparator.comparingDouble(this::weight).reversed())
              .toList();
      related.add(new Near(RoleFace.of(other), best.scores[k], shared));
    }
    return related;
  }

  /** A role with the keys that break ties between equal scores: title (any case), then id. */
  private static final class Candidate {
    final Role role;
    final String title;
    final String id;

    Candidate(Role role) {
      this.role = role;
      this.title = role.title().toLowerCase(Locale.ROOT);
      this.id = role.fullId();
    }

    boolean before(Candidate other) {
      int byTitle = title.compareTo(other.title);
      return byTitle != 0 ? byTitle < 0 : id.compareTo(other.id) < 0;
    }
  }

  /** The best few candidates so far, best first: higher score, then title, then id. */
  private static final class Best {
    final Candidate[] candidates;
    final double[] scores;
    int size;

    Best(int limit) {
      candidates = new Candidate[limit];
      scores = new double[limit];
    }

    void offer(Candidate candidate, double score) {
      if (score <= 0 || candidates.length == 0) {
        return;
      }
      int at = size;
      while (at > 0
          && (score > scores[at - 1]
              || (score == scores[at - 1] && candidate.before(candidates[at - 1])))) {
        at--;
      }
      if (at >= candidates.length) {
        return;
      }
      int last = Math.min(size, candidates.length - 1);
      System.arraycopy(candidates, at, candidates, at + 1, last - at);
      System.arraycopy(scores, at, scores, at + 1, last - at);
      candidates[at] = candidate;
      scores[at] = score;
      size = Math.min(size + 1, candidates.length);
    }
  }
}
