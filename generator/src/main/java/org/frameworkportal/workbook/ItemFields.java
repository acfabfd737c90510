package org.frameworkportal.workbook;

import java.util.List;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Ref;
import org.jspecify.annotations.Nullable;

/** What a statement's row says, and what the YAML item keeps that the row does not show. */
record ItemFields(
    String text,
    @Nullable String group,
    List<String> skills,
    List<String> notSkills,
    @Nullable String note,
    @Nullable String provisional) {

  ItemFields {
    skills = List.copyOf(skills);
    notSkills = List.copyOf(notSkills);
  }

  /** What a statement of the content says, as its row would. */
  static ItemFields of(Item item) {
    return new ItemFields(
        item.text(),
        item.group(),
        item.skills().stream().map(Ref::id).toList(),
        item.notSkills().stream().map(Ref::id).toList(),
        item.note(),
        item.provisional());
  }

  /** The item as YAML, its dash at {@code indent}, ending with a line break. */
  String yaml(int indent) {
    String pad = " ".repeat(indent);
    if (group == null
        && skills.isEmpty()
        && notSkills.isEmpty()
        && note == null
        && provisional == null) {
      return pad + "- " + YamlScalars.of(text) + "\n";
    }
    StringBuilder out = new StringBuilder(pad).append("- text: ").append(YamlScalars.of(text));
    String inner = "\n" + pad + "  ";
    if (group != null) {
      out.append(inner).append("group: ").append(YamlScalars.of(group));
    }
    if (!skills.isEmpty()) {
      out.append(inner).append("skills: ").append(YamlScalars.flowList(skills));
    }
    if (!notSkills.isEmpty()) {
      out.append(inner).append("not_skills: ").append(YamlScalars.flowList(notSkills));
    }
    if (note != null) {
      out.append(inner).append("note: ").append(YamlScalars.of(note));
    }
    if (provisional != null) {
      out.append(inner).append("provisional: ").append(YamlScalars.of(provisional));
    }
    return out.append('\n').toString();
  }
}
