package org.frameworkportal.changes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.frameworkportal.link.Portal;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Role;
import org.jspecify.annotations.Nullable;

/**
 * What a build published, written as {@code manifest.json} in the site: every role's statements,
 * the changes this publish made, and when each role last changed. The next build compares with it.
 *
 * @param published the date of the publish that last changed something, or null for a first publish
 */
public record Manifest(
    @Nullable String published,
    Map<String, RoleStatements> roles,
    List<RoleChange> changes,
    Map<String, String> updated,
    Map<String, Map<String, String>> moves) {

  /**
   * @param moves per role, where what people recorded against a reworded statement moves: old
   *     statement id to the id it has now, over every publish so far (a manifest from before moves
   *     were kept has none)
   */
  public Manifest {
    moves = moves == null ? Map.of() : moves;
  }

  public Manifest(
      @Nullable String published,
      Map<String, RoleStatements> roles,
      List<RoleChange> changes,
      Map<String, String> updated) {
    this(published, roles, changes, updated, Map.of());
  }

  public static final String FILE = "manifest.json";
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** One role's title and statements, each as "level category: text". */
  public record RoleStatements(String title, String framework, List<String> statements) {}

  /** The statements of every role of the portal, as published now. */
  public static Map<String, RoleStatements> statementsOf(Portal portal) {
    Map<String, RoleStatements> roles = new TreeMap<>();
    for (Framework framework : portal.frameworks()) {
      for (Role role : framework.roles()) {
        List<String> statements = new ArrayList<>();
        for (LevelDefinition definition : framework.levels()) {
          Level level = role.levels().get(definition.id());
          if (level == null) {
            continue;
          }
          level
              .requirements()
              .forEach(
                  (category, items) ->
                      items.forEach(item -> statements.add(key(definition.id(), category, item))));
          level
              .evidence()
              .forEach(
                  (category, items) ->
                      items.forEach(
                          item ->
                              statements.add(
                                  key(definition.id(), "evidence of " + category, item))));
        }
        roles.put(role.fullId(), new RoleStatements(role.title(), framework.title(), statements));
      }
    }
    return roles;
  }

  private static String key(String level, String category, Item item) {
    return "Level " + level + " " + category + ": " + item.text();
  }

  public byte[] toJson() {
    try {
      return (JSON.writeValueAsString(this) + "\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The manifest a build wrote, if {@code json} is one: a site folder may be edited by hand. */
  public static Optional<Manifest> parse(byte[] json) {
    try {
      Manifest manifest = JSON.readValue(json, Manifest.class);
      return manifest != null && manifest.wellFormed() ? Optional.of(manifest) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // an unreadable manifest only loses the change history
    }
  }

  /**
   * A real day written YYYY-MM-DD: "2025-13-45" or "2024-02-30" in a hand-edited manifest is not
   * one.
   */
  private static boolean isDay(String text) {
    if (!DAY.matcher(text).matches()) {
      return false;
    }
    try {
      java.time.LocalDate.parse(text);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  private static final java.util.regex.Pattern DAY =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /**
   * Whether a manifest read from a site is one a build wrote: the site folder may have been edited
   * by hand, and its dates end up in file names (the zip) and on pages.
   */
  private boolean wellFormed() {
    return (published == null || isDay(published))
        && roles != null
        && roles.entrySet().stream()
            .allMatch(
                role ->
                    role.getKey() != null
                        && role.getValue() != null
                        && role.getValue().title() != null
                        && role.getValue().framework() != null
                        && role.getValue().statements() != null
                        && !role.getValue().statements().contains(null))
        && changes != null
        && changes.stream()
            .allMatch(
                change ->
                    change != null
                        && change.role() != null
                        && change.title() != null
                        && change.framework() != null
                        && change.added() != null
                        && change.removed() != null
                        && change.reworded() != null
                        && !change.added().contains(null)
                        && !change.removed().contains(null)
                        && change.reworded().stream()
                            .allMatch(r -> r != null && r.before() != null && r.after() != null))
        && moves.entrySet().stream()
            .allMatch(
                role ->
                    role.getKey() != null
                        && role.getValue() != null
                        && role.getValue().entrySet().stream()
                            .allMatch(move -> move.getKey() != null && move.getValue() != null))
        && updated != null
        && updated.entrySet().stream()
            .allMatch(
                date -> date.getKey() != null && date.getValue() != null && isDay(date.getValue()));
  }
}
