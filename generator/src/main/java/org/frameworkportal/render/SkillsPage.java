package org.frameworkportal.render;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.frameworkportal.link.SkillReach;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.PageMeta;
import org.frameworkportal.render.Views.SkillsView;

/** Every transferable skill, with how many roles and professions need it. */
final class SkillsPage extends PageKind<String> {

  SkillsPage(Pages pages) {
    super(pages);
  }

  @Override
  public List<String> subjects(Reads reads) {
    return List.of(pages.paths.skills());
  }

  @Override
  public String path(String subject) {
    return subject;
  }

  @Override
  Shown show(String path, Reads reads) {
    List<SkillReach> skills =
        reads.skills().stream()
            .map(skill -> reads.reach(skill.id()))
            .sorted(
                Comparator.comparing((SkillReach s) -> s.skill().name().toLowerCase(Locale.ROOT)))
            .toList();
    PageMeta meta =
        new PageMeta(
            "skills.ftlh",
            path,
            "Transferable skills",
            "Skills that carry over between roles and professions, and the roles that need each.",
            "skills",
            Pages.markers(),
            List.of(pages.homeCrumb()));
    return new Shown(meta, new SkillsView(skills, reads.coverage()));
  }
}
