package org.frameworkportal.render;

import java.util.List;
import java.util.Map;
import org.frameworkportal.link.Coverage;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.link.Progression;
import org.frameworkportal.link.RelatedRole;
import org.frameworkportal.link.RoleFace;
import org.frameworkportal.link.SkillReach;
import org.frameworkportal.model.Accessibility;
import org.frameworkportal.model.Audience;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;
import org.frameworkportal.model.Team;
import org.jspecify.annotations.Nullable;

/** What each kind of page shows, prepared so that templates only lay it out. */
public final class Views {
  private Views() {}

  /** A link in the breadcrumb trail; {@code path} is relative to the site root. */
  public record Crumb(String title, String path) {}

  /** Everything the layout needs about a page, and what goes on its {@code <body>}. */
  public record PageMeta(
      String template,
      String path,
      String title,
      @Nullable String description,
      String kind,
      Map<String, String> markers,
      List<Crumb> breadcrumbs) {}

  // ---- glossary and accessibility statement

  /** The terms of the glossary starting with one letter. */
  public record GlossaryLetter(String letter, List<GlossaryEntry> terms) {}

  /**
   * A term on the glossary page; {@code anchor} is the id its uses link to; {@code provisional} why
   * its meaning is not settled, or null.
   */
  public record GlossaryEntry(
      String term,
      String anchor,
      String meaning,
      List<String> also,
      @Nullable String description,
      @Nullable String provisional) {}

  /** The statement, with its dates as staff read them. */
  public record AccessibilityView(
      Accessibility statement,
      @Nullable String tested,
      @Nullable String prepared,
      @Nullable String reviewed) {}

  /** "Page not found"; {@code basePath} is the site's folder on the server, when known. */
  public record NotFoundView(@Nullable String basePath) {}

  // ---- home

  public record HomeView(
      @Nullable String summary,
      @Nullable String intro,
      List<FrameworkCard> frameworks,
      List<Audience> audiences,
      List<LetterGroup> rolesAtoZ,
      List<Profile> profiles) {}

  public record FrameworkCard(
      FrameworkDetails framework, int roleCount, List<String> grades, @Nullable String published) {}

  public record LetterGroup(String letter, List<RoleLink> roles) {}

  public record RoleLink(RoleFace role, FrameworkDetails framework) {}

  // ---- framework

  public record FrameworkView(
      Framework framework,
      @Nullable String published,
      List<TeamView> teams,
      List<RoleRow> roles,
      List<LevelDefinition> levels,
      List<Profile> profiles,
      PathwayPicture.Picture pathway,
      boolean anyMarked,
      List<Skill> skills) {}

  public record TeamView(Team team, List<TeamView> parts) {}

  public record RoleRow(Role role, @Nullable String teamTitle, List<Progression> next) {}

  // ---- role

  /**
   * A role's page. {@code next} are all the roles it leads to; {@code leadsTo} those the framework
   * names, {@code suggestedNext} those it only suggests, for {@code suggestedWhy}.
   */
  public record RoleView(
      Role role,
      FrameworkDetails framework,
      @Nullable String published,
      @Nullable Team team,
      List<LevelView> levels,
      List<Progression> next,
      List<RoleFace> leadsTo,
      List<RoleFace> suggestedNext,
      @Nullable String suggestedWhy,
      List<Progression> previous,
      List<Skill> skills,
      boolean toBeConfirmed,
      List<RelatedRole> relatedElsewhere,
      List<RelatedRole> relatedHere,
      @Nullable String lastUpdated) {}

  /**
   * The last publish's changes by framework title; {@code rolePaths} links roles that still exist.
   */
  public record ChangesView(
      @Nullable String published,
      Map<String, List<org.frameworkportal.changes.RoleChange>> frameworks,
      Map<String, String> rolePaths) {}

  // ---- transferable skills

  public record SkillsView(List<SkillReach> skills, List<Coverage> coverage) {}

  public record SkillView(SkillReach summary, List<SkillFramework> frameworks) {}

  public record SkillFramework(FrameworkDetails framework, List<SkillRole> roles) {}

  public record SkillRole(RoleFace role, List<SkillLevel> levels) {}

  /**
   * The statements of one level of a role that need the skill, with where to read and tick them.
   */
  public record SkillLevel(LevelDefinition level, String anchor, List<SkillStatement> statements) {}

  /**
   * A statement that needs the skill.
   *
   * @param provisional why the statement is not settled, or null
   */
  public record SkillStatement(String category, String text, @Nullable String provisional) {}

  // ---- pathways

  /** {@code byGrade}: every role of every framework, by grade. */
  public record PathwaysView(
      List<FrameworkPathway> frameworks, List<LateralMove> lateralMoves, GradeTable byGrade) {}

  public record FrameworkPathway(FrameworkDetails framework, PathwayPicture.Picture picture) {}

  /** The closest role in another profession, by shared transferable skills. */
  public record LateralMove(RoleFace from, FrameworkDetails fromFramework, RelatedRole to) {}

  public record LevelView(
      LevelDefinition definition,
      String anchor,
      @Nullable String intro,
      @Nullable String sectorFramework,
      List<CategoryView> categories,
      List<Item> development,
      boolean empty,
      LevelSummary summary) {}

  /**
   * A category of one level: its statements (in sub-groups such as "Year 1") and its evidence;
   * {@code evidenceIds} are the evidence statements' ids, in order ("" where they have none).
   */
  public record CategoryView(
      String id,
      String name,
      List<ItemGroup> groups,
      List<Item> evidence,
      List<String> evidenceIds) {

    public boolean isEmpty() {
      return groups.isEmpty() && evidence.isEmpty();
    }
  }

  /**
   * Items under an optional sub-heading; {@code name} is null for items without a group. {@code
   * ids} are the items' statement ids, in order ("" where they have none: profiles, other roles).
   */
  public record ItemGroup(@Nullable String name, List<Item> items, List<String> ids) {}

  // ---- level comparison and role-to-role transitions

  /** A role's levels side by side: per category, what each level adds. */
  public record CompareView(
      Role role,
      FrameworkDetails framework,
      List<LevelDefinition> levels,
      List<CompareTable> tables,
      List<Transition> transitions) {}

  /** One category's table: a cell per level, each holding only what that level adds. */
  public record CompareTable(String id, String name, List<CompareCell> cells) {}

  /** What one level adds to a category; for evidence, grouped by the category it evidences. */
  public record CompareCell(LevelDefinition level, List<ItemGroup> groups) {

    public boolean isEmpty() {
      return groups.stream().allMatch(group -> group.items().isEmpty());
    }
  }

  /**
   * What changes from the top level of one role to level A of the next; {@code suggested} when the
   * framework does not name the route.
   */
  public record Transition(
      Role from,
      Role to,
      FrameworkDetails toFramework,
      boolean suggested,
      String fromLevel,
      String toLevel,
      List<CategoryView> added,
      List<Skill> skillsGained,
      List<Skill> skillsKept,
      List<Restated> similar) {
    /** Whether level {@code toLevel} of the next role asks for anything new at all. */
    public boolean anyAdded() {
      return added.stream().anyMatch(category -> !category.isEmpty());
    }
  }

  /**
   * A statement of the next role that restates one the person's role already asks ({@code
   * youHave}), in other words: shown apart from what is genuinely new.
   */
  public record Restated(String category, Item item, Item youHave) {}

  // ---- checklist

  /**
   * The cumulative requirements of one level of a role, as a progression record: what the person
   * records is kept in their browser under {@code recordKey}, one record per role shared by all its
   * levels' checklists. {@code includes} says which earlier levels are part of it ("levels A and
   * B"), or is null. {@code legacyKeys} is where the first release kept ticks (one key per level
   * and framework date), taken over once. {@code moves} (JSON) maps ids of reworded statements to
   * their ids now. {@code roleStatements} lists the ids of all the role's statements, at every
   * level, so the page can tell a statement of a higher level from one no longer in the framework;
   * {@code next} is the level after this one, or null.
   */
  public record ChecklistView(
      Role role,
      FrameworkDetails framework,
      @Nullable String published,
      LevelDefinition level,
      @Nullable String includes,
      List<ChecklistSection> sections,
      String recordKey,
      String legacyKeys,
      String moves,
      String roleStatements,
      @Nullable LevelDefinition next,
      int itemCount) {

    /** A role whose requirements are to be confirmed: nothing to record, nothing to sign. */
    public boolean toBeConfirmed() {
      return itemCount == 0;
    }
  }

  public record ChecklistSection(String id, String name, List<ChecklistItem> items) {}

  /**
   * One statement to record against. {@code id} is the statement's id (as on the role page), so a
   * record stays with its statement; {@code evidence} marks an evidence requirement; {@code
   * category} is the category's id.
   */
  public record ChecklistItem(
      String id,
      String text,
      String level,
      String category,
      @Nullable String group,
      boolean evidence,
      @Nullable String note,
      @Nullable String provisional) {}

  // ---- profile

  public record ProfileView(
      Profile profile, List<CategoryView> requirements, List<RoleLink> related) {}
}
