package org.frameworkportal.load;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.model.Accessibility;
import org.frameworkportal.model.Audience;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Site;
import org.frameworkportal.shape.Category;
import org.frameworkportal.shape.Ids;
import org.frameworkportal.shape.Patterns;
import org.frameworkportal.shape.SiteYaml;
import org.jspecify.annotations.Nullable;

/** Reads site.yaml: the portal's settings, its level scheme and its categories. */
final class SiteFile {
  private SiteFile() {}

  static Optional<Site> read(YamlNode node, Problems problems) {
    return Fields.of(node, problems, SiteYaml.SITE)
        .map(
            f -> {
              List<String> categories =
                  f.node("categories").isPresent()
                      ? f.ids("categories", Ids.Kind.CATEGORY)
                      : Category.DEFAULT_IDS;
              if (f.isEmptyList("categories")) {
                problems.add(
                    f.positionOf("categories"),
                    "'categories' lists no category",
                    "list them, for example [" + String.join(", ", Category.DEFAULT_IDS) + "]");
              }
              // 'levels' is required by the shape; missing, it is said with an example scheme.
              if (f.node("levels").isEmpty()) {
                problems.add(
                    f.at(),
                    "site.yaml needs a level scheme under 'levels:'",
                    "for example A Developing, B Practising, C Accomplished");
              }
              return new Site(
                  f.required("title"),
                  f.required("organisation"),
                  f.text("intranet"),
                  f.text("summary"),
                  f.text("intro"),
                  f.text("base_url"),
                  email(f, "feedback_email", problems),
                  f.node("accessibility")
                      .flatMap(a -> Fields.of(a, problems, SiteYaml.ACCESSIBILITY))
                      .map(a -> accessibility(a, problems))
                      .orElse(null),
                  levelScheme(f, problems),
                  categories,
                  f.list("audiences", audience -> audience(audience, problems)),
                  f.texts("notes"));
            });
  }

  /**
   * The level scheme under 'levels' of site.yaml or of a framework.yaml; written down, it needs at
   * least one level.
   */
  static List<LevelDefinition> levelScheme(Fields f, Problems problems) {
    List<LevelDefinition> levels =
        f.list(
            "levels",
            node ->
                Fields.of(node, problems, SiteYaml.LEVEL_DEFINITION)
                    .map(
                        l ->
                            new LevelDefinition(
                                l.id("id", Ids.Kind.LEVEL),
                                l.required("name"),
                                l.text("intro"),
                                l.positionOf("id")))
                    .orElse(null));
    if (f.isEmptyList("levels")) {
      problems.add(
          f.positionOf("levels"),
          "'levels' lists no level",
          "list the levels, for example A Developing, B Practising, C Accomplished");
    }
    return levels;
  }

  private static Accessibility accessibility(Fields a, Problems problems) {
    return new Accessibility(
        a.required("contact"),
        a.text("non_accessible"),
        a.required("improving"),
        date(a, "tested", problems),
        date(a, "prepared", problems),
        date(a, "reviewed", problems));
  }

  /** A date, checked: the statement's dates are shown as "30 November 2026". */
  @SuppressWarnings("NullAway") // null only where the key is optional, or beside its problem
  private static String date(Fields f, String key, Problems problems) {
    String date = f.text(key);
    if (date != null && !date.isEmpty() && !Patterns.isDate(date)) {
      problems.add(
          f.positionOf(key),
          "'"
              + key
              + "' must be a date written YYYY-MM-DD or YYYY-MM, not '"
              + Problem.shortened(date)
              + "'",
          "for example 2026-11-30");
      return null;
    }
    return date;
  }

  /** An email address, roughly checked: a link to a mistyped address reaches nobody. */
  private static @Nullable String email(Fields f, String key, Problems problems) {
    String email = f.text(key);
    if (email != null && !EMAIL.matcher(email).matches()) {
      problems.add(
          f.positionOf(key),
          "'" + key + "' must be an email address, not '" + Problem.shortened(email) + "'",
          "for example career.frameworks@medway.gov.uk");
      return null;
    }
    return email;
  }

  private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

  private static @Nullable Audience audience(YamlNode node, Problems problems) {
    return Fields.of(node, problems, SiteYaml.AUDIENCE)
        .map(
            a ->
                new Audience(
                    a.id("id", Ids.Kind.AUDIENCE),
                    a.required("title"),
                    a.text("question"),
                    a.text("description"),
                    a.positionOf("id")))
        .orElse(null);
  }
}
