package org.frameworkportal.shape;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.frameworkportal.diag.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The rules for ids: they become folder names, file names and parts of addresses, so they are
 * short, plain, and can never lead out of the site's folder or onto one of the site's own pages.
 */
public final class Ids {
  /**
   * Longer ids make unwieldy addresses, and are almost always text pasted into the wrong place (the
   * longest real id has 62 characters).
   */
  public static final int MAX_LENGTH = 80;

  private static final Pattern SLUG = Pattern.compile(Patterns.ID);

  /** Level ids are written "A", "B", "C" and lower-cased in file names (checklist-a.html). */
  private static final Pattern LEVEL = Pattern.compile(Patterns.LEVEL_ID);

  /**
   * Names Windows keeps for devices: a folder or file so named cannot be opened from a shared
   * drive.
   */
  private static final Pattern WINDOWS_DEVICE =
      Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])");

  /**
   * What an id names, as editors call it, and whether it becomes a file or folder name of its own.
   */
  public enum Kind {
    FRAMEWORK("framework folder name", true),
    ROLE("role file name", true),
    PROFILE("profile file name", true),
    PAGE("page file name", true),
    SKILL("skill id", true),
    TEAM("team id", false),
    ENTRY("entry requirement id", false),
    LEVEL("level id", false),
    AUDIENCE("audience id", false),
    CATEGORY("category", false);

    final String what;
    final boolean fileName;

    Kind(String what, boolean fileName) {
      this.what = what;
      this.fileName = fileName;
    }
  }

  /** Ids that would land on one of the site's own pages (see render/SitePaths), and which page. */
  private static final Map<Kind, Map<String, String>> TAKEN =
      Map.of(Kind.SKILL, Map.of("index", "skills/index.html, the list of all skills"));

  /**
   * The keys of every level in a role file: a category of the same name could not be told apart.
   */
  private static final Set<String> LEVEL_KEYS = RoleYaml.LEVEL.keyNames(List.of());

  private Ids() {}

  public static boolean isValid(@Nullable String id, Kind kind) {
    return id != null && problem(id, kind) == null;
  }

  /**
   * What is wrong with {@code id}, as a message and a hint for the editor; null when it is a good
   * id.
   */
  public static Problem.@Nullable Text problem(String id, Kind kind) {
    String shown = "the " + kind.what + " '" + Problem.shortened(id) + "'";
    if (id.length() > MAX_LENGTH) {
      return new Problem.Text(
          shown + " is " + id.length() + " characters long; the longest allowed is " + MAX_LENGTH,
          kind.fileName && kind != Kind.SKILL ? "rename it to something shorter" : "shorten it");
    }
    if (!(kind == Kind.LEVEL ? LEVEL : SLUG).matcher(id).matches()) {
      return new Problem.Text(shown + " is not a valid id", hint(id, kind));
    }
    if (kind.fileName && WINDOWS_DEVICE.matcher(id).matches()) {
      return new Problem.Text(
          shown
              + " is a name Windows keeps for itself: the site could not be opened from a "
              + "shared drive",
          "choose another name, for example '" + id + "-1'");
    }
    String page = TAKEN.getOrDefault(kind, Map.of()).get(id);
    if (page != null) {
      return new Problem.Text(
          shown + " would replace the site's own page " + page, "choose another id");
    }
    if (kind == Kind.CATEGORY && LEVEL_KEYS.contains(id)) {
      return new Problem.Text(
          shown + " is already a key of every level ('" + id + ":')", "choose another name");
    }
    return null;
  }

  private static String hint(String id, Kind kind) {
    String rule =
        kind == Kind.LEVEL
            ? "letters, digits and single hyphens"
            : "lowercase letters, digits and single hyphens";
    String suggestion = suggestion(id, kind);
    if (suggestion == null) {
      return "use " + rule + ", for example '" + (kind == Kind.LEVEL ? "C" : "team-manager") + "'";
    }
    return switch (kind) {
      case ROLE, PROFILE -> "rename the file to " + suggestion + ".yaml: ids are " + rule;
      case PAGE -> "rename the file to " + suggestion + ".md: ids are " + rule;
      case FRAMEWORK -> "rename the folder to " + suggestion + ": ids are " + rule;
      default -> "write it as '" + suggestion + "': " + rule;
    };
  }

  /**
   * The nearest valid id: accents dropped, every other run of characters a hyphen; null if none is
   * left.
   */
  static @Nullable String suggestion(String id, Kind kind) {
    String plain = Normalizer.normalize(id, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    if (kind != Kind.LEVEL) {
      plain = plain.toLowerCase(Locale.ROOT);
    }
    String slug =
        plain
            .replaceAll(kind == Kind.LEVEL ? "[^A-Za-z0-9]+" : "[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-$", "");
    }
    return slug.isEmpty() || !isValid(slug, kind) ? null : slug;
  }
}
