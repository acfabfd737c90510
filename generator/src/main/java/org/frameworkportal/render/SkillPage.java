package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.link.RoleFace;
import org.frameworkportal.link.SkillUse;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Skill;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.Crumb;
import org.frameworkportal.render.Views.PageMeta;
import org.frameworkportal.render.Views.SkillFramework;
import org.frameworkportal.render.Views.SkillLevel;
import org.frameworkportal.render.Views.SkillRole;
import org.frameworkportal.render.Views.SkillStatement;
import org.frameworkportal.render.Views.SkillView;

/** A transferable skill: every statement that needs it, by framework, role and level. */
final class SkillPage extends PageKind<String> {

  SkillPage(Pages pages) {
    super(pages);
  }

  @Override
  public List<String> subjects(Reads reads) {
    return reads.skills().stream().map(Skill::id).toList();
  }

  @Override
  public String path(String skillId) {
    return pages.paths.skill(skillId);
  }

  @Override
  Shown show(String skillId, Reads reads) {
    Map<String, Map<RoleFace, Map<String, List<SkillStatement>>>> grouped = new LinkedHashMap<>();
    for (SkillUse.Shown use : reads.uses(skillId)) {
      grouped
          .computeIfAbsent(use.role().frameworkId(), f -> new LinkedHashMap<>())
          .computeIfAbsent(use.role(), r -> new LinkedHashMap<>())
          .computeIfAbsent(use.levelId(), l -> new ArrayList<>())
          .add(
              new SkillStatement(
                  Pages.categoryName(use.category()), use.item().text(), use.item().provisional()));
    }
    List<SkillFramework> frameworks = new ArrayList<>();
    grouped.forEach(
        (frameworkId, roles) -> {
          FrameworkDetails framework = reads.framework(frameworkId);
          List<SkillRole> roleViews = new ArrayList<>();
          roles.forEach(
              (role, levels) -> {
                List<SkillLevel> levelViews = new ArrayList<>();
                for (LevelDefinition definition : framework.levels()) {
                  List<SkillStatement> statements = levels.get(definition.id());
                  if (statements != null) {
                    levelViews.add(
                        new SkillLevel(definition, Pages.levelAnchor(definition.id()), statements));
                  }
                }
                roleViews.add(new SkillRole(role, levelViews));
              });
          frameworks.add(new SkillFramework(framework, roleViews));
        });
    Skill skill = reads.reach(skillId).skill();
    PageMeta meta =
        new PageMeta(
            "skill.ftlh",
            path(skillId),
            skill.name(),
            skill.description(),
            "skill",
            Pages.markers("skill", skill.id()),
            List.of(pages.homeCrumb(), new Crumb("Transferable skills", pages.paths.skills())));
    return new Shown(meta, new SkillView(reads.reach(skillId), frameworks));
  }
}
