package org.frameworkportal.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.ProfileSection;
import org.frameworkportal.model.Site;
import org.frameworkportal.shape.ProfileYaml;
import org.jspecify.annotations.Nullable;

/** Reads a profile file: a role profile from another council. */
final class ProfileFile {
  private ProfileFile() {}

  static Optional<Profile> read(String id, YamlNode node, Site site, Problems problems) {
    return Fields.of(node, problems, ProfileYaml.PROFILE)
        .map(
            f ->
                new Profile(
                    id,
                    f.required("title"),
                    f.required("organisation"),
                    f.required("grade"),
                    f.text("summary"),
                    f.text("reports_to"),
                    f.text("directorate"),
                    f.text("service"),
                    f.text("location"),
                    f.text("date"),
                    f.text("purpose"),
                    f.text("accountabilities_heading"),
                    f.items("accountabilities"),
                    requirements(f, site, problems),
                    f.items("values"),
                    f.list("sections", section -> section(section, problems)),
                    f.refs("related"),
                    f.texts("notes"),
                    f.at()));
  }

  /** The person specification: a list of statements per category, and 'other'. */
  private static Map<String, List<Item>> requirements(Fields f, Site site, Problems problems) {
    Map<String, List<Item>> requirements = new LinkedHashMap<>();
    f.node("requirements")
        .flatMap(
            node ->
                Fields.of(
                    node,
                    problems,
                    ProfileYaml.REQUIREMENTS.what(),
                    ProfileYaml.REQUIREMENTS,
                    site.categories()))
        .ifPresent(
            r ->
                ProfileYaml.REQUIREMENTS
                    .keyNames(site.categories())
                    .forEach(category -> requirements.put(category, r.items(category))));
    return requirements;
  }

  private static @Nullable ProfileSection section(YamlNode node, Problems problems) {
    return Fields.of(node, problems, ProfileYaml.SECTION)
        .map(s -> new ProfileSection(s.required("title"), s.required("body")))
        .orElse(null);
  }
}
