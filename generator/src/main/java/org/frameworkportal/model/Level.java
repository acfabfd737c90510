package org.frameworkportal.model;

import java.util.List;
import java.util.Map;
import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * What one level of a role adds to the levels before it.
 *
 * @param intro overrides the scheme's intro for this role ("In addition to Y2 level A"), or null
 * @param requirements statements per category id, in the site's category order
 * @param evidence evidence requirements per category id, in the site's category order
 */
public record Level(
    String id,
    @Nullable String intro,
    @Nullable String sectorFramework,
    Map<String, List<Item>> requirements,
    Map<String, List<Item>> evidence,
    List<Item> development,
    SourcePosition at) {

  public Level {
    requirements = Collections2.copyOrdered(requirements);
    evidence = Collections2.copyOrdered(evidence);
    development = List.copyOf(development);
  }

  public boolean isEmpty() {
    return requirements.values().stream().allMatch(List::isEmpty)
        && evidence.values().stream().allMatch(List::isEmpty)
        && development.isEmpty();
  }
}
