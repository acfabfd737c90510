package org.frameworkportal.model;

import java.util.List;
import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * A career progression framework: its own text, its teams and its roles.
 *
 * @param roleOrder the roles as listed in framework.yaml (display order)
 * @param roles every role file found in the framework's roles folder, in {@code roleOrder} order
 *     where listed
 */
public record Framework(
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
    List<Role> roles,
    List<String> notes,
    SourcePosition at,
    List<EntryNeed> entry) {

  public Framework {
    entry = List.copyOf(entry);
    uses = List.copyOf(uses);
    teams = List.copyOf(teams);
    sectorFrameworks = List.copyOf(sectorFrameworks);
    levels = List.copyOf(levels);
    roleOrder = List.copyOf(roleOrder);
    roles = List.copyOf(roles);
    notes = List.copyOf(notes);
  }
}
