package org.frameworkportal.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;
import org.junit.jupiter.api.Test;

class RoleSimilarityTest {
  static final SourcePosition AT = SourcePosition.wholeFile("test.yaml");
  static final Skill COMMON = skill("common");
  static final Skill RARE = skill("rare");
  static final Skill OTHER = skill("other");

  static Skill skill(String id) {
    return new Skill(id, id, "", List.of(id), AT);
  }

  static Role role(String framework, String id, String title) {
    return new Role(
        framework, id, title, "G1", null, null, List.of(), null, List.of(), Map.of(), List.of(),
        AT);
  }

  final Role me = role("a", "me", "Me");
  final Role zed = role("b", "zed", "Zed Officer");
  final Role alpha = role("c", "alpha", "Alpha Officer");
  final Role common = role("d", "common", "Common Only");
  final Role stranger = role("e", "stranger", "Stranger");

  RoleSimilarity similarity() {
    Map<String, Set<Skill>> skills = new LinkedHashMap<>();
    skills.put(me.fullId(), Set.of(COMMON, RARE));
    skills.put(zed.fullId(), Set.of(COMMON, RARE));
    skills.put(alpha.fullId(), Set.of(COMMON, RARE));
    skills.put(common.fullId(), Set.of(COMMON));
    skills.put(stranger.fullId(), Set.of(OTHER));
    return new RoleSimilarity(skills);
  }

  @Test
  void rareSkillsWeighMoreThanCommonOnes() {
    RoleSimilarity similarity = similarity();
    // N = 5 roles; COMMON is needed by 4, RARE by 3.
    assertEquals(Math.log(1 + 5.0 / 4), similarity.weight(COMMON), 1e-12);
    assertEquals(Math.log(1 + 5.0 / 3), similarity.weight(RARE), 1e-12);
    double expected =
        similarity.weight(COMMON) / (similarity.weight(COMMON) + similarity.weight(RARE));
    assertEquals(expected, similarity.score(me, common), 1e-12);
    assertEquals(1.0, similarity.score(me, zed), 1e-12);
    assertEquals(0.0, similarity.score(me, stranger), 1e-12);
  }

  @Test
  void equalScoresAreOrderedByTitleAndNoOverlapIsLeftOut() {
    List<RoleSimilarity.Near> closest =
        similarity()
            .closest(
                me, List.of(zed, stranger, common, alpha, me), 10, List.of(COMMON, RARE, OTHER));
    assertEquals(
        List.of("Alpha Officer", "Zed Officer", "Common Only"),
        closest.stream().map(r -> r.role().title()).toList());
    assertEquals(List.of(RARE, COMMON), closest.get(0).shared(), "shared skills, rarest first");
  }

  @Test
  void limitKeepsTheBest() {
    assertEquals(
        1, similarity().closest(me, List.of(common, zed), 1, List.of(COMMON, RARE)).size());
    assertEquals(
        "Zed Officer",
        similarity()
            .closest(me, List.of(common, zed), 1, List.of(COMMON, RARE))
            .get(0)
            .role()
            .title());
  }

  @Test
  void everyRoleAtOnceAgreesWithOneRoleAtATime() {
    // Few skills and repeated titles, so many scores tie and the tie-breaks decide.
    java.util.Random random = new java.util.Random(7);
    List<Skill> skills =
        java.util.stream.IntStream.range(0, 6).mapToObj(i -> skill("s" + i)).toList();
    List<Role> roles = new java.util.ArrayList<>();
    Map<String, Set<Skill>> skillsByRole = new LinkedHashMap<>();
    for (int i = 0; i < 120; i++) {
      Role role = role("f" + random.nextInt(4), "r" + i, "Title " + random.nextInt(15));
      roles.add(role);
      Set<Skill> set = new java.util.LinkedHashSet<>();
      skills.forEach(
          skill -> {
            if (random.nextInt(3) == 0) {
              set.add(skill);
            }
          });
      skillsByRole.put(role.fullId(), set);
    }
    RoleSimilarity similarity = new RoleSimilarity(skillsByRole);
    RoleSimilarity.Closest<RoleSimilarity.Near> all = similarity.closestForAll(roles, 3, skills);
    for (Role role : roles) {
      List<Role> others =
          roles.stream().filter(r -> !r.frameworkId().equals(role.frameworkId())).toList();
      List<Role> own =
          roles.stream().filter(r -> r.frameworkId().equals(role.frameworkId())).toList();
      assertEquals(
          similarity.closest(role, others, 3, skills),
          all.otherFrameworks().get(role.fullId()),
          role.fullId());
      assertEquals(
          similarity.closest(role, own, 3, skills),
          all.ownFramework().get(role.fullId()),
          role.fullId());
    }
  }
}
