package org.frameworkportal.load;

import org.frameworkportal.diag.Problems;
import org.frameworkportal.model.EntryNeed;
import org.frameworkportal.shape.EntryYaml;
import org.frameworkportal.shape.Ids;
import org.jspecify.annotations.Nullable;

/** Reads one entry requirement, of a framework or a role. */
final class EntryFile {
  private EntryFile() {}

  static @Nullable EntryNeed need(YamlNode node, Problems problems) {
    return Fields.of(node, problems, EntryYaml.ENTRY_NEED)
        .map(
            e ->
                new EntryNeed(
                    e.id("id", Ids.Kind.ENTRY),
                    e.required("text"),
                    e.required("kind"),
                    e.ids("met_by", Ids.Kind.ENTRY),
                    e.positionOf("id")))
        .orElse(null);
  }
}
