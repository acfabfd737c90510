package org.frameworkportal.link;

import java.util.List;
import java.util.Map;
import org.frameworkportal.model.Skill;
import org.jspecify.annotations.Nullable;

/**
 * What linking may reuse from the preview's previous run: each role's tags and statement ids while
 * the role, its framework's levels, the categories and the skills are equal to what they were
 * worked out from, and every role's closest roles while no role's title, framework or skills
 * changed. Owned by the preview's store; a one-off build links without one.
 */
public final class LinkMemo {
  SkillTagger tagger = new SkillTagger(List.of());
  Map<String, RoleTagging.RoleTags> tags = Map.of();
  List<Portal.SimilarityInput> closestFor = List.of();
  RoleSimilarity.@Nullable Closest<RoleSimilarity.Near> closest;

  /**
   * The tagger for these skills: the last one (with its cache of matched texts) while they are
   * equal.
   */
  SkillTagger tagger(List<Skill> skills) {
    if (!tagger.skills().equals(skills)) {
      tagger = new SkillTagger(skills);
      tags = Map.of();
    }
    return tagger;
  }
}
