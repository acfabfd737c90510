package org.frameworkportal.render;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.link.Progression;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Skill;
import org.frameworkportal.model.Team;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.FrameworkView;
import org.frameworkportal.render.Views.PageMeta;
import org.frameworkportal.render.Views.RoleRow;
import org.frameworkportal.render.Views.TeamView;
import org.jspecify.annotations.Nullable;

/** A framework's page: its text, teams, levels, the table of its roles and its pathway. */
final class FrameworkPage extends PageKind<String> {

  FrameworkPage(Pages pages) {
    super(pages);
  }

  @Override
  public List<String> subjects(Reads reads) {
    return reads.frameworks().stream().map(FrameworkDetails::id).toList();
  }

  @Override
  public String path(String frameworkId) {
    return pages.paths.framework(frameworkId);
  }

  @Override
  Shown show(String frameworkId, Reads reads) {
    Framework framework = reads.frameworkInFull(frameworkId);
    List<RoleRow> rows =
        framework.roles().stream()
            .map(
                role -> {
                  Team team = reads.team(role.fullId());
                  return new RoleRow(
                      role, team == null ? null : team.title(), reads.next(role.fullId()));
                })
            .toList();
    // A route or a team the framework does not name is marked, and the marks explained once.
    boolean anyMarked =
        rows.stream()
            .anyMatch(
                row ->
                    row.next().stream().anyMatch(Progression::suggested)
                        || (row.role().team() != null && row.role().team().provisional() != null));
    PageMeta meta =
        new PageMeta(
            "framework.ftlh",
            path(frameworkId),
            framework.title(),
            framework.summary(),
            "framework",
            Pages.markers("framework", framework.id()),
            List.of(pages.homeCrumb()));
    FrameworkView view =
        new FrameworkView(
            framework,
            Dates.display(framework.published()),
            teamTree(framework.teams(), null),
            rows,
            framework.levels(),
            reads.profilesFor(framework.id()),
            PathwayPicture.of(FrameworkDetails.of(framework), reads.routes(framework.id())),
            anyMarked,
            skillsOf(framework, reads));
    return new Shown(meta, view);
  }

  /** The transferable skills any of the framework's roles needs, in the order of skills.yaml. */
  private static List<Skill> skillsOf(Framework framework, Reads reads) {
    Set<String> needed = new HashSet<>();
    framework
        .roles()
        .forEach(role -> reads.skillsOf(role.fullId()).forEach(s -> needed.add(s.id())));
    return reads.skills().stream().filter(skill -> needed.contains(skill.id())).toList();
  }

  private static List<TeamView> teamTree(List<Team> teams, @Nullable String parent) {
    return teams.stream()
        .filter(team -> Objects.equals(team.partOf() == null ? null : team.partOf().id(), parent))
        .map(team -> new TeamView(team, teamTree(teams, team.id())))
        .toList();
  }
}
