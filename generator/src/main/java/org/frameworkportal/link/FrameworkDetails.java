package org.frameworkportal.link;

import java.util.List;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.SectorFramework;
import org.frameworkportal.model.Team;
import org.jspecify.annotations.Nullable;

/**
 * A framework's own text, without its roles: what a page that names the framework shows (its title,
 * date, levels), so that editing one role does not change every page of the framework.
 */
public record FrameworkDetails(
    String id,
    String title,
    @Nullable String published,
    String summary,
    @Nullable String intro,
    List<String> uses,
    @Nullable String howToUse,
    @Nullable String structure,
    @Nullable String development,
    @Nullable String transferableSkills,
    @Nullable String evidenceGuidance,
    List<Team> teams,
    List<SectorFramework> sectorFrameworks,
    List<LevelDefinition> levels,
    List<Ref> roleOrder,
    List<String> notes,
    SourcePosition at) {

  public static FrameworkDetails of(Framework framework) {
    return new FrameworkDetails(
        framework.id(),
        framework.title(),
        framework.published(),
        framework.summary(),
        framework.intro(),
        framework.uses(),
        framework.howToUse(),
        framework.structure(),
        framework.development(),
        framework.transferableSkills(),
        framework.evidenceGuidance(),
        framework.teams(),
        framework.sectorFrameworks(),
        framework.levels(),
        framework.roleOrder(),
        framework.notes(),
        framework.at());
  }
}
