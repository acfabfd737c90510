package org.frameworkportal.changes;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.frameworkportal.changes.Manifest.RoleStatements;

/** Compares what is published now with what was published before, statement by statement. */
public final class ChangeLog {
  private ChangeLog() {}

  /**
   * The manifest for this build. When nothing changed since {@code previous}, its change list and
   * dates carry over unchanged, so rebuilding the same content gives the same files.
   */
  public static Manifest next(Optional<Manifest> previous, Map<String, RoleStatements> now) {
    if (previous.isEmpty()) {
      return new Manifest(null, now, List.of(), Map.of());
    }
    List<RoleChange> changes = compare(previous.get().roles(), now);
    if (changes.isEmpty()) {
      return new Manifest(
          previous.get().published(),
          now,
          previous.get().changes(),
          previous.get().updated(),
          previous.get().moves());
    }
    String today = today();
    Map<String, String> updated = new LinkedHashMap<>();
    previous
        .get()
        .updated()
        .forEach(
            (role, date) -> {
              if (now.containsKey(role)) {
                updated.put(role, date);
              }
            });
    changes.stream().filter(c -> !c.removedRole()).forEach(c -> updated.put(c.role(), today));
    return new Manifest(
        today,
        now,
        changes,
        new java.util.TreeMap<>(updated),
        StatementMoves.next(previous.get().moves(), changes));
  }

  /** The publish date: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise today. */
  static String today() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d{1,10}")) {
      return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch)), ZoneOffset.UTC)
          .toString();
    }
    return LocalDate.now(ZoneOffset.UTC).toString();
  }

  public static List<RoleChange> compare(
      Map<String, RoleStatements> before, Map<String, RoleStatements> after) {
    Set<String> roles = new TreeSet<>(before.keySet());
    roles.addAll(after.keySet());
    List<RoleChange> changes = new ArrayList<>();
    for (String role : roles) {
      RoleStatements old = before.get(role);
      RoleStatements now = after.get(role);
      if (old == null) {
        RoleStatements added = Objects.requireNonNull(now); // in one of the two at least
        changes.add(
            new RoleChange(
                role,
                added.title(),
                added.framework(),
                true,
                false,
                added.statements(),
                List.of(),
                List.of()));
        continue;
      }
      if (now == null) {
        changes.add(
            new RoleChange(
                role,
                old.title(),
                old.framework(),
                false,
                true,
                List.of(),
                old.statements(),
                List.of()));
        continue;
      }
      List<String> added = new ArrayList<>(now.statements());
      added.removeAll(new HashSet<>(old.statements()));
      List<String> removed = new ArrayList<>(old.statements());
      removed.removeAll(new HashSet<>(now.statements()));
      List<RoleChange.Reworded> reworded = pairRewordings(removed, added);
      if (!added.isEmpty()
          || !removed.isEmpty()
          || !reworded.isEmpty()
          || !old.title().equals(now.title())) {
        changes.add(
            new RoleChange(
                role, now.title(), now.framework(), false, false, added, removed, reworded));
      }
    }
    return changes;
  }

  /**
   * A removed and an added statement of the same level and category that share most of their words
   * are one statement reworded; they leave the added and removed lists.
   */
  static List<RoleChange.Reworded> pairRewordings(List<String> removed, List<String> added) {
    List<RoleChange.Reworded> pairs = new ArrayList<>();
    for (String old : List.copyOf(removed)) {
      String prefix = old.substring(0, old.indexOf(':') + 1);
      String best = null;
      double bestScore = 0.5;
      for (String candidate : added) {
        if (candidate.startsWith(prefix)) {
          double score = overlap(old, candidate);
          if (score > bestScore) {
            best = candidate;
            bestScore = score;
          }
        }
      }
      if (best != null) {
        pairs.add(new RoleChange.Reworded(old, best));
        removed.remove(old);
        added.remove(best);
      }
    }
    return pairs;
  }

  private static double overlap(String a, String b) {
    Set<String> first = new HashSet<>(Arrays.asList(a.toLowerCase(Locale.ROOT).split("\\W+")));
    Set<String> second = new HashSet<>(Arrays.asList(b.toLowerCase(Locale.ROOT).split("\\W+")));
    Set<String> both = new HashSet<>(first);
    both.retainAll(second);
    first.addAll(second);
    return first.isEmpty() ? 0 : (double) both.size() / first.size();
  }

  /** The changes as text, for {@code portal diff} and the build's summary. */
  public static void print(List<RoleChange> changes, PrintWriter out) {
    if (changes.isEmpty()) {
      out.println("No statement has changed.");
      return;
    }
    for (RoleChange change : changes) {
      out.printf(
          "%s: %s%s%n",
          change.framework(),
          change.title(),
          change.newRole() ? " (new role)" : change.removedRole() ? " (removed)" : "");
      change.added().forEach(s -> out.println("  + " + s));
      change.removed().forEach(s -> out.println("  - " + s));
      change.reworded().forEach(r -> out.println("  ~ " + r.before() + "\n    → " + r.after()));
    }
  }
}
