package org.frameworkportal.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.frameworkportal.index.SearchIndex.Entry;
import org.frameworkportal.index.SearchIndex.Result;
import org.frameworkportal.link.Portal;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.GlossaryTerm;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;
import org.frameworkportal.output.SitePaths;

/**
 * What search finds, built from the model (not from HTML): frameworks and their guidance sections,
 * roles, role levels, skills, profiles and glossary terms, each with the fields it is indexed by
 * and the result it stands for. Only what pages show is indexed: no match phrases, no notes.
 */
public final class SearchEntries {
  private final SitePaths paths = new SitePaths();

  /** Every searchable thing: roles, role levels, skills, frameworks, profiles, in a fixed order. */
  public List<Entry> of(Portal portal) {
    List<Entry> entries = new ArrayList<>();
    for (Framework framework : portal.frameworks()) {
      entries.add(framework(framework));
      for (SearchUnits.Unit guide : new SearchUnits().guidance(framework)) {
        entries.add(guidance(guide));
      }
      for (Role role : framework.roles()) {
        entries.add(role(portal, framework, role));
        for (LevelDefinition definition : framework.levels()) {
          Level level = role.levels().get(definition.id());
          if (level != null && !level.isEmpty()) {
            entries.add(level(portal, framework, role, definition, level));
          }
        }
      }
    }
    for (Skill skill : portal.content().skills()) {
      entries.add(skill(portal, skill));
    }
    for (Profile profile : portal.content().profiles()) {
      entries.add(profile(profile));
    }
    for (GlossaryTerm term : portal.content().glossary()) {
      entries.add(glossaryTerm(term));
    }
    return entries;
  }

  /** A section of a framework page that explains how progression or evidence works. */
  private static Entry guidance(SearchUnits.Unit guide) {
    String text =
        guide.lines().stream().map(SearchUnits.Line::text).collect(Collectors.joining("\n"));
    return entry(
        "guidance:" + guide.url(),
        fields(guide.title(), "", "", guide.context(), "", text),
        new Result(
            guide.title(),
            guide.url(),
            "guidance",
            guide.framework(),
            null,
            null,
            guide.summary(),
            List.of()));
  }

  private Entry framework(Framework framework) {
    String text =
        Stream.concat(Stream.of(framework.summary()), framework.uses().stream())
            .collect(Collectors.joining("\n"));
    String teams = framework.teams().stream().map(t -> t.title()).collect(Collectors.joining("\n"));
    return entry(
        "framework:" + framework.id(),
        fields(framework.title(), "", "", framework.title(), teams, text),
        new Result(
            framework.title(),
            paths.framework(framework),
            "framework",
            framework.title(),
            null,
            null,
            framework.summary(),
            List.of()));
  }

  private Entry role(Portal portal, Framework framework, Role role) {
    List<String> statements = new ArrayList<>();
    role.levels()
        .values()
        .forEach(
            level ->
                level
                    .requirements()
                    .values()
                    .forEach(items -> items.forEach(item -> statements.add(item.text()))));
    return entry(
        "role:" + role.fullId(),
        fields(
            role.title(),
            skillNames(portal.skillsOf(role)),
            role.grade(),
            framework.title(),
            String.join("\n", role.duties()),
            String.join("\n", statements)),
        new Result(
            role.title(),
            paths.role(role),
            "role",
            framework.title(),
            role.grade(),
            null,
            role.summary(),
            List.of()));
  }

  private Entry level(
      Portal portal, Framework framework, Role role, LevelDefinition definition, Level level) {
    List<String> statements = new ArrayList<>();
    List<Integer> provisional = new ArrayList<>();
    List<Skill> skills = new ArrayList<>();
    level
        .requirements()
        .values()
        .forEach(
            items ->
                items.forEach(
                    item -> {
                      if (item.isProvisional()) {
                        provisional.add(
                            statements.size()); // the result marks this statement "to be confirmed"
                      }
                      statements.add(item.text());
                      portal.skillsOf(role, item).stream()
                          .filter(s -> !skills.contains(s))
                          .forEach(skills::add);
                    }));
    List<String> searchable = new ArrayList<>(statements);
    level
        .evidence()
        .values()
        .forEach(items -> items.stream().map(Item::text).forEach(searchable::add));
    String title = role.title() + ", level " + definition.id() + " (" + definition.name() + ")";
    return entry(
        "level:" + role.fullId() + "/" + definition.id(),
        fields(
            title,
            skillNames(skills),
            role.grade(),
            framework.title(),
            "",
            String.join("\n", searchable)),
        new Result(
            title,
            paths.role(role) + "#level-" + definition.id().toLowerCase(java.util.Locale.ROOT),
            "level",
            framework.title(),
            role.grade(),
            definition.id(),
            "What level " + definition.id() + " adds for " + role.title() + ".",
            statements,
            provisional));
  }

  private Entry skill(Portal portal, Skill skill) {
    long roles = portal.usesOf(skill).stream().map(use -> use.role().fullId()).distinct().count();
    return entry(
        "skill:" + skill.id(),
        fields(
            skill.name(),
            skill.name(),
            "",
            "",
            "",
            skill.description() == null ? "" : skill.description()),
        new Result(
            skill.name(),
            paths.skill(skill),
            "skill",
            null,
            null,
            null,
            (skill.description() == null ? "" : skill.description() + " ")
                + "Needed by "
                + roles
                + " roles.",
            List.of()));
  }

  /** A term of the glossary: found by the acronym, its other spellings and its meaning. */
  private Entry glossaryTerm(GlossaryTerm term) {
    String title = term.term() + ": " + term.meaning();
    return entry(
        "glossary:" + SitePaths.glossaryAnchor(term.term()),
        fields(
            title,
            "",
            "",
            "",
            String.join("\n", term.also()),
            term.description() == null ? "" : term.description()),
        new Result(
            term.term() + ": " + term.meaningShown(),
            paths.glossaryTerm(term.term()),
            "glossary",
            null,
            null,
            null,
            term.description(),
            List.of()));
  }

  private Entry profile(Profile profile) {
    List<String> requirements = new ArrayList<>();
    profile
        .requirements()
        .values()
        .forEach(items -> items.forEach(item -> requirements.add(item.text())));
    String accountabilities =
        profile.accountabilities().stream().map(Item::text).collect(Collectors.joining("\n"));
    return entry(
        "profile:" + profile.id(),
        fields(
            profile.title(),
            "",
            profile.grade(),
            profile.organisation(),
            accountabilities,
            (profile.purpose() == null ? "" : profile.purpose() + "\n")
                + String.join("\n", requirements)),
        new Result(
            profile.title(),
            paths.profile(profile),
            "profile",
            profile.organisation(),
            profile.grade(),
            null,
            profile.summary(),
            requirements));
  }

  private static Map<String, String> fields(
      String title,
      String skills,
      String grade,
      String framework,
      String duties,
      String statements) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("skills", skills);
    fields.put("grade", grade);
    fields.put("framework", framework);
    fields.put("duties", duties);
    fields.put("statements", statements);
    return fields;
  }

  private static String skillNames(List<Skill> skills) {
    return skills.stream().map(Skill::name).collect(Collectors.joining("\n"));
  }

  private static Entry entry(String ref, Map<String, String> fields, Result result) {
    return new Entry(new LunrIndexBuilder.Document(ref, fields, 1), result);
  }
}
