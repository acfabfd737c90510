package org.frameworkportal.model;

import java.util.List;
import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * One requirement statement (or duty, evidence requirement, accountability) as an editor wrote it.
 *
 * @param group optional sub-heading inside its category, such as "Year 1"
 * @param skills explicit transferable-skill tags, added to those the phrase matcher finds
 * @param notSkills skill ids the phrase matcher must not give this item
 * @param note an editorial note: never published
 * @param provisional why the statement is not certain (cut off in the source, placed by judgement),
 *     for HR; staff see that it is to be confirmed; null for a statement the source settles
 */
public record Item(
    String text,
    @Nullable String group,
    List<Ref> skills,
    List<Ref> notSkills,
    @Nullable String note,
    SourcePosition at,
    @Nullable String provisional) {

  public Item(
      String text,
      @Nullable String group,
      List<Ref> skills,
      List<Ref> notSkills,
      @Nullable String note,
      SourcePosition at) {
    this(text, group, skills, notSkills, note, at, null);
  }

  public boolean isProvisional() {
    return provisional != null;
  }

  public Item {
    skills = List.copyOf(skills);
    notSkills = List.copyOf(notSkills);
  }

  public static Item of(String text, SourcePosition at) {
    return new Item(text, null, List.of(), List.of(), null, at);
  }
}
