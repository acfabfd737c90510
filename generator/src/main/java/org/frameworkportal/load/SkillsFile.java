package org.frameworkportal.load;

import java.util.List;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.model.Skill;
import org.frameworkportal.shape.Ids;
import org.frameworkportal.shape.SkillsYaml;
import org.jspecify.annotations.Nullable;

/** Reads skills.yaml: the transferable skills and the phrases that find them. */
final class SkillsFile {
  private SkillsFile() {}

  static List<Skill> read(YamlNode node, Problems problems) {
    return Fields.of(node, problems, SkillsYaml.SKILLS)
        .map(f -> f.list("skills", skill -> skill(skill, problems)))
        .orElse(List.of());
  }

  private static @Nullable Skill skill(YamlNode node, Problems problems) {
    return Fields.of(node, problems, SkillsYaml.SKILL)
        .map(
            s ->
                new Skill(
                    s.id("id", Ids.Kind.SKILL),
                    s.required("name"),
                    s.text("description"),
                    s.texts("match"),
                    s.texts("not_when"),
                    s.positionOf("id")))
        .orElse(null);
  }
}
