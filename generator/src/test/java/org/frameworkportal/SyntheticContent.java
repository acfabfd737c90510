package org.frameworkportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.load.ContentLoader;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Item;

/**
 * Writes a content folder of {@code frameworks} x {@code roles} roles whose statements are drawn
 * from the real content, so that skill matching and search behave as they do on real text. The same
 * seed always writes the same files.
 */
public final class SyntheticContent {
  private SyntheticContent() {}

  public static Path write(Path into, int frameworks, int rolesPerFramework, long seed) {
    Content real =
        new ContentLoader(PortalRun.realContent(), "content", new Problems()).load().orElseThrow();
    List<String> statements = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    List<String> duties = new ArrayList<>();
    real.frameworks()
        .forEach(
            f ->
                f.roles()
                    .forEach(
                        role -> {
                          duties.addAll(role.duties());
                          role.levels()
                              .values()
                              .forEach(
                                  level -> {
                                    level
                                        .requirements()
                                        .values()
                                        .forEach(
                                            items ->
                                                items.stream()
                                                    .map(Item::text)
                                                    .forEach(statements::add));
                                    level
                                        .evidence()
                                        .values()
                                        .forEach(
                                            items ->
                                                items.stream()
                                                    .map(Item::text)
                                                    .forEach(evidence::add));
                                  });
                        }));
    Random random = new Random(seed);
    try {
      PortalRun.copy(PortalRun.realContent().resolve("site.yaml").getParent(), into);
      deleteFrameworksAndProfiles(into);
      String[] grades = {"MPR2", "MPR3", "MPR4", "MPR5", "MPR6", "MPR7"};
      for (int f = 1; f <= frameworks; f++) {
        String framework = String.format("framework-%03d", f);
        Path dir = Files.createDirectories(into.resolve("frameworks/" + framework + "/roles"));
        StringBuilder roleList = new StringBuilder();
        for (int r = 1; r <= rolesPerFramework; r++) {
          String role = String.format("role-%03d", r);
          roleList.append("  - ").append(role).append('\n');
          StringBuilder yaml = new StringBuilder();
          yaml.append("title: ").append(quote("Synthetic Role " + f + "." + r)).append('\n');
          yaml.append("grade: ")
              .append(
                  grades[Math.min(grades.length - 1, (r - 1) * grades.length / rolesPerFramework)])
              .append('\n');
          yaml.append("summary: ").append(quote(pick(duties, random))).append('\n');
          yaml.append("duties:\n");
          for (int d = 0; d < 5; d++) {
            yaml.append("  - ").append(quote(pick(duties, random))).append('\n');
          }
          if (r < rolesPerFramework) {
            yaml.append("next: [").append(String.format("role-%03d", r + 1)).append("]\n");
          }
          yaml.append("levels:\n");
          for (String level : List.of("A", "B", "C")) {
            yaml.append("  ").append(level).append(":\n");
            for (String category : List.of("qualifications", "knowledge", "experience", "skills")) {
              yaml.append("    ").append(category).append(":\n");
              for (int s = 0; s < 2 + random.nextInt(4); s++) {
                yaml.append("      - ").append(quote(pick(statements, random))).append('\n');
              }
            }
            yaml.append("    evidence:\n      experience:\n");
            for (int e = 0; e < 3; e++) {
              yaml.append("        - ").append(quote(pick(evidence, random))).append('\n');
            }
          }
          Files.writeString(dir.resolve(role + ".yaml"), yaml);
        }
        Files.writeString(
            dir.getParent().resolve("framework.yaml"),
            "title: "
                + quote("Synthetic Framework " + f)
                + "\npublished: 2025-06-16\n"
                + "summary: A generated framework for benchmarks and tests.\nroles:\n"
                + roleList);
      }
      return into;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteFrameworksAndProfiles(Path content) throws IOException {
    for (String dir : List.of("frameworks", "profiles", "pages")) {
      Path path = content.resolve(dir);
      if (Files.exists(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
  }

  private static String pick(List<String> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
