package org.frameworkportal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.frameworkportal.link.Portal;
import org.frameworkportal.link.SkillUse;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;

/**
 * A Hugo site with one Markdown page per HTML page the portal writes (home, framework, role,
 * compare, three checklists per role, skills, profiles, pathways, search), each made of the same
 * statements as the portal's page, and a minimal layout: baseof with a header and a footer, single
 * and list. No theme, nothing fetched.
 */
final class HugoSite {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Portal portal;
  private final Path content;
  private final HugoRolePages roles;

  private HugoSite(Portal portal, Path content) {
    this.portal = portal;
    this.content = content;
    this.roles = new HugoRolePages(portal);
  }

  static void write(Portal portal, Path site) throws IOException {
    Files.createDirectories(site);
    Files.writeString(
        site.resolve("hugo.toml"),
        """
        baseURL = "/"
        title = %s
        languageCode = "en-gb"
        disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
        enableRobotsTXT = false
        enableGitInfo = false
        [module]
          proxy = "off"
        [markup.goldmark.renderer]
          unsafe = false
        """
            .formatted(json(portal.content().site().title())));
    Path layouts = Files.createDirectories(site.resolve("layouts/_default"));
    Files.writeString(
        layouts.resolve("baseof.html"),
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ .Title }} | {{ site.Title }}</title>
        </head>
        <body>
        <header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
        <nav><a href="{{ "/skills/" | relURL }}">Skills</a> <a href="{{ "/pathways/" | relURL }}">Pathways</a>
        <a href="{{ "/search/" | relURL }}">Search</a></nav></header>
        <main>
        {{ block "main" . }}{{ end }}
        </main>
        <footer><p>{{ site.Title }}. Generated for the benchmark.</p></footer>
        </body>
        </html>
        """);
    Files.writeString(
        layouts.resolve("single.html"),
        """
        {{ define "main" }}<h1>{{ .Title }}</h1>
        {{ .Content }}{{ end }}
        """);
    Files.writeString(
        layouts.resolve("list.html"),
        """
        {{ define "main" }}<h1>{{ .Title }}</h1>
        {{ .Content }}
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
        """);
    new HugoSite(portal, site.resolve("content")).pages();
  }

  private void pages() throws IOException {
    page("_index.md", portal.content().site().title(), home());
    page("pathways.md", "Career pathways", pathways());
    page("search.md", "Search", "Search roles, skills and frameworks.\n");
    for (Framework framework : portal.frameworks()) {
      String dir = "frameworks/" + framework.id() + "/";
      page(dir + "_index.md", framework.title(), framework(framework));
      for (Role role : framework.roles()) {
        String roleDir = dir + role.id() + "/";
        page(roleDir + "_index.md", role.title(), roles.role(framework, role));
        page(
            roleDir + "compare.md",
            "Compare the levels: " + role.title(),
            roles.compare(framework, role));
        for (LevelDefinition level : framework.levels()) {
          page(
              roleDir + "checklist-" + level.id().toLowerCase(Locale.ROOT) + ".md",
              role.title() + ": level " + level.id() + " checklist",
              roles.checklist(framework, role, level));
        }
      }
    }
    page("skills/_index.md", "Transferable skills", skills());
    for (Skill skill : portal.content().skills()) {
      page("skills/" + skill.id() + ".md", skill.name(), skill(skill));
    }
    for (Profile profile : portal.content().profiles()) {
      page("profiles/" + profile.id() + ".md", profile.title(), profile(profile));
    }
  }

  private void page(String path, String title, String markdown) throws IOException {
    Path file = content.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntitle: " + json(title) + "\n---\n\n" + markdown);
  }

  private String home() {
    StringBuilder md =
        new StringBuilder(md(portal.content().site().summary())).append("\n\n## Frameworks\n\n");
    for (Framework framework : portal.frameworks()) {
      md.append("- [")
          .append(md(framework.title()))
          .append("](frameworks/")
          .append(framework.id())
          .append("/): ")
          .append(md(framework.summary()))
          .append('\n');
    }
    md.append("\n## Roles from A to Z\n\n");
    for (Role role : portal.rolesAtoZ()) {
      md.append("- ")
          .append(md(role.title()))
          .append(", ")
          .append(md(role.grade()))
          .append(", ")
          .append(md(portal.frameworkOf(role).title()))
          .append(": ")
          .append(md(role.summary()))
          .append('\n');
    }
    return md.toString();
  }

  private String pathways() {
    StringBuilder md = new StringBuilder();
    for (Framework framework : portal.frameworks()) {
      md.append("\n## ").append(md(framework.title())).append("\n\n");
      for (Role role : framework.roles()) {
        md.append("- ").append(md(role.title())).append(" (").append(md(role.grade())).append(")");
        portal.nextRoles(role).forEach(next -> md.append(" → ").append(md(next.title())));
        md.append(": ")
            .append(
                portal.skillsOf(role).stream()
                    .map(s -> md(s.name()))
                    .collect(Collectors.joining(", ")))
            .append('\n');
      }
    }
    return md.toString();
  }

  private String framework(Framework framework) {
    StringBuilder md = new StringBuilder(md(framework.summary())).append("\n\n");
    md.append(md(framework.intro())).append("\n\n");
    framework.uses().forEach(use -> md.append("- ").append(md(use)).append('\n'));
    md.append("\n## Roles\n\n| Role | Grade | Summary |\n|---|---|---|\n");
    for (Role role : framework.roles()) {
      md.append("| [")
          .append(md(role.title()))
          .append("](")
          .append(role.id())
          .append("/) | ")
          .append(md(role.grade()))
          .append(" | ")
          .append(md(role.summary()))
          .append(" |\n");
    }
    return md.toString();
  }

  private String skills() {
    StringBuilder md = new StringBuilder();
    for (Skill skill : portal.content().skills()) {
      long roles = portal.usesOf(skill).stream().map(use -> use.role().fullId()).distinct().count();
      md.append("- ")
          .append(md(skill.name()))
          .append(": ")
          .append(md(skill.description()))
          .append(" Needed by ")
          .append(roles)
          .append(" roles.\n");
    }
    return md.toString();
  }

  /** Every statement that needs the skill, under its role. */
  private String skill(Skill skill) {
    StringBuilder md = new StringBuilder(md(skill.description())).append('\n');
    long roles = portal.usesOf(skill).stream().map(use -> use.role().fullId()).distinct().count();
    md.append("\nNeeded by ").append(roles).append(" roles.\n");
    Role role = null;
    String level = null;
    for (SkillUse use : portal.usesOf(skill)) {
      if (!use.role().equals(role)) {
        role = use.role();
        level = null;
        md.append("\n## ")
            .append(md(role.title()))
            .append(' ')
            .append(md(role.grade()))
            .append(", ")
            .append(md(portal.frameworkOf(role).title()))
            .append('\n');
      }
      if (!use.levelId().equals(level)) {
        level = use.levelId();
        md.append("\n### Level ")
            .append(level)
            .append("\n\n[Read level ")
            .append(level)
            .append(" of ")
            .append(md(role.title()))
            .append("](/frameworks/")
            .append(role.frameworkId())
            .append('/')
            .append(role.id())
            .append("/) · [Level ")
            .append(level)
            .append(" checklist](/frameworks/")
            .append(role.frameworkId())
            .append('/')
            .append(role.id())
            .append("/checklist-")
            .append(level.toLowerCase(Locale.ROOT))
            .append("/)\n\n");
      }
      md.append("- ")
          .append(title(use.category()))
          .append(": ")
          .append(md(use.item().text()))
          .append('\n');
    }
    return md.toString();
  }

  private String profile(Profile profile) {
    StringBuilder md =
        new StringBuilder(md(profile.organisation()))
            .append(", ")
            .append(md(profile.grade()))
            .append(".\n\n")
            .append(md(profile.summary()))
            .append("\n\n")
            .append(md(profile.purpose()))
            .append('\n');
    md.append("\n## Accountabilities\n\n");
    profile
        .accountabilities()
        .forEach(item -> md.append("- ").append(md(item.text())).append('\n'));
    HugoRolePages.statements(md, profile.requirements(), "");
    return md.toString();
  }

  /** A category id as a heading: "experience" as "Experience". */
  static String title(String id) {
    return id.isEmpty()
        ? id
        : Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
  }

  /** Plain text as Markdown: characters that would start markup are escaped. */
  static String md(String text) {
    return text == null
        ? ""
        : text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replace('\n', ' ');
  }

  static String json(String text) {
    try {
      return JSON.writeValueAsString(text == null ? "" : text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
