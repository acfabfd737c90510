package org.frameworkportal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.shape.Patterns;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code portal new role|framework}: writes a correctly shaped file for an editor to fill in. */
@Command(
    name = "new",
    description = "Creates a new role or framework file, ready to fill in.",
    subcommands = {NewCommand.NewRole.class, NewCommand.NewFramework.class})
final class NewCommand implements Runnable {
  private static final Pattern SLUG = Pattern.compile(Patterns.ID);

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "say what to create: portal new role, or portal new framework");
  }

  /** "Senior Debt Officer (MPR4)" becomes "senior-debt-officer-mpr4". */
  static String slug(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Command(
      name = "role",
      description = "Creates roles/<id>.yaml in a framework and adds it to the framework's roles.")
  static final class NewRole implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ContentOptions folders;

    @Option(
        names = "--framework",
        required = true,
        paramLabel = "ID",
        description = "The framework's id: its folder name.")
    String framework;

    @Option(
        names = "--title",
        required = true,
        description = "The role's title, for example \"Senior Debt Management Officer\".")
    String title;

    @Option(
        names = "--grade",
        required = true,
        description = "The pay range as the framework writes it, for example MPR4.")
    String grade;

    @Option(
        names = "--id",
        description = "The file name without .yaml (default: made from the title).")
    @Nullable String id;

    @Override
    public Integer call() throws IOException {
      String roleId = id != null ? id : slug(title);
      if (!SLUG.matcher(framework).matches()) {
        return usage(
            "'"
                + framework
                + "' is not a framework id: give the name of a folder in frameworks/,"
                + " for example adult-social-work");
      }
      Path frameworkDir = folders.content.resolve("frameworks").resolve(framework);
      Path frameworkFile = frameworkDir.resolve("framework.yaml");
      Path roleFile = frameworkDir.resolve("roles").resolve(roleId + ".yaml");
      if (!SLUG.matcher(roleId).matches()) {
        return usage(
            "'" + roleId + "' is not a valid id: use lowercase letters, digits and hyphens");
      }
      if (!Files.isRegularFile(frameworkFile)) {
        return usage("there is no framework '" + framework + "' (no " + frameworkFile + ")");
      }
      if (Files.exists(roleFile)) {
        return usage(roleFile + " already exists");
      }
      // Only the levels and categories are needed: mistakes elsewhere (a summary not written yet in
      // a
      // new framework) must not stop the role being made; check reports them.
      Problems problems = new Problems();
      var content =
          new org.frameworkportal.load.ContentLoader(
                  folders.content, folders.content.toString(), problems)
              .load();
      var fw =
          content.flatMap(
              c -> c.frameworks().stream().filter(f -> f.id().equals(framework)).findFirst());
      if (fw.isEmpty()) {
        Reports.problems(spec.commandLine().getErr(), problems.sorted(), null);
        spec.commandLine().getErr().println("Fix these first, then create the role.");
        return 1;
      }
      Files.createDirectories(roleFile.getParent());
      Files.writeString(
          roleFile,
          roleYaml(fw.get().levels(), content.get().site().categories()),
          StandardCharsets.UTF_8);
      Files.writeString(
          frameworkFile, withRole(Files.readString(frameworkFile), roleId), StandardCharsets.UTF_8);
      spec.commandLine()
          .getOut()
          .printf(
              "Created %s and added '%s' to the roles in %s.%n", roleFile, roleId, frameworkFile);
      spec.commandLine()
          .getOut()
          .println("Fill in its summary, duties and levels, then run: ./portal check");
      return 0;
    }

    private String roleYaml(List<LevelDefinition> levels, List<String> categories) {
      StringBuilder yaml = new StringBuilder();
      yaml.append("# yaml-language-server: $schema=../../../schema/role.schema.json\n");
      yaml.append("title: ").append(quoted(title)).append('\n');
      yaml.append("grade: ").append(quoted(grade)).append('\n');
      // Examples are comments, never values: nothing here can be published by mistake.
      yaml.append("# team: an id from the framework's teams, for example: team: long-term-care\n");
      yaml.append("# summary: one sentence saying what the role is for, for example:\n");
      yaml.append(
          "# summary: Leads a team of social workers supporting adults with complex needs.\n");
      yaml.append("duties:\n");
      yaml.append("  # each duty on its own line, starting with '- ', for example:\n");
      yaml.append("  # - Manage a caseload of adults with complex needs.\n");
      yaml.append(
          "# next: the id of the role this one usually progresses to, for example: next: [team-manager]\n");
      yaml.append("levels:\n");
      for (LevelDefinition level : levels) {
        yaml.append("  ").append(level.id()).append(":  # ").append(level.name()).append('\n');
        for (String category : categories) {
          yaml.append("    ").append(category).append(":\n");
        }
        yaml.append("    evidence:\n");
        for (String category : categories) {
          yaml.append("      ").append(category).append(":\n");
        }
      }
      yaml.append("# Under each heading, one statement a line, starting with '- ', for example:\n");
      yaml.append("#   knowledge:\n");
      yaml.append("#     - Knowledge of the Care Act 2014\n");
      yaml.append("# Notes for reviewers are never published:\n");
      yaml.append("# notes:\n");
      yaml.append("#   - Check the level B experience with the service manager.\n");
      return yaml.toString();
    }

    private int usage(String message) {
      spec.commandLine().getErr().println("portal: " + message);
      return 2;
    }
  }

  /**
   * Adds {@code id} to the framework's roles list, keeping every other line as the editor wrote it.
   */
  static String withRole(String yaml, String id) {
    Matcher flow = Pattern.compile("(?m)^roles:\\s*\\[(.*?)\\]\\s*$").matcher(yaml);
    if (flow.find()) {
      String inside = flow.group(1).strip();
      return yaml.substring(0, flow.start())
          + "roles: ["
          + (inside.isEmpty() ? id : inside + ", " + id)
          + "]"
          + yaml.substring(flow.end());
    }
    Matcher block =
        Pattern.compile("(?m)^roles:[ \\t]*(#.*)?\\n((?:[ \\t]+-.*\\n|[ \\t]*#.*\\n)*)")
            .matcher(yaml);
    if (block.find()) {
      String items = block.group(2);
      String indent = items.isEmpty() ? "  " : items.substring(0, items.indexOf('-'));
      return yaml.substring(0, block.end())
          + indent
          + "- "
          + id
          + "\n"
          + yaml.substring(block.end());
    }
    return yaml + (yaml.endsWith("\n") ? "" : "\n") + "roles:\n  - " + id + "\n";
  }

  @Command(
      name = "framework",
      description = "Creates frameworks/<id>/framework.yaml and its roles folder.")
  static final class NewFramework implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ContentOptions folders;

    @Option(
        names = "--title",
        required = true,
        description = "The framework's title, for example \"Occupational Therapy\".")
    String title;

    @Option(names = "--id", description = "The folder name (default: made from the title).")
    @Nullable String id;

    @Override
    public Integer call() throws IOException {
      String frameworkId = id != null ? id : slug(title);
      Path dir = folders.content.resolve("frameworks").resolve(frameworkId);
      if (!SLUG.matcher(frameworkId).matches()) {
        spec.commandLine().getErr().println("portal: '" + frameworkId + "' is not a valid id");
        return 2;
      }
      if (Files.exists(dir)) {
        spec.commandLine().getErr().println("portal: " + dir + " already exists");
        return 2;
      }
      Files.createDirectories(dir.resolve("roles"));
      Files.writeString(
          dir.resolve("framework.yaml"),
          String.join(
              "\n",
              "# yaml-language-server: $schema=../../schema/framework.schema.json",
              "title: " + quoted(title),
              "# published: the framework's own date, for example: published: 2025-06-16",
              "# summary: one paragraph saying what the framework covers (needed), for example:",
              "# summary: The roles of the Housing Services team, from Housing Assistant to Team Manager.",
              "summary:",
              "# intro: the framework's introduction, in as many paragraphs as needed, for example:",
              "# intro: |",
              "#   Career progression frameworks support you to grow your career within a profession.",
              "# teams: the teams roles belong to, for example:",
              "# teams:",
              "#   - id: housing-options",
              "#     title: Housing Options",
              "roles: []",
              ""),
          StandardCharsets.UTF_8);
      spec.commandLine().getOut().println("Write its summary, then run: ./portal check");
      spec.commandLine()
          .getOut()
          .printf(
              "Created %s. Add roles with: ./portal new role --framework %s --title \"...\" --grade ...%n",
              dir.resolve("framework.yaml"), frameworkId);
      return 0;
    }
  }
}
