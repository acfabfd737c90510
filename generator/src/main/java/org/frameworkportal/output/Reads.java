package org.frameworkportal.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.frameworkportal.changes.Manifest;
import org.frameworkportal.link.Coverage;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.link.Portal;
import org.frameworkportal.link.Progression;
import org.frameworkportal.link.RelatedRole;
import org.frameworkportal.link.RoleFace;
import org.frameworkportal.link.Route;
import org.frameworkportal.link.SkillReach;
import org.frameworkportal.link.SkillUse;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.FreePage;
import org.frameworkportal.model.GlossaryTerm;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Site;
import org.frameworkportal.model.Skill;
import org.frameworkportal.model.Team;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * How a file of the site reads its input: every read is a {@link Lookup}, noted with its answer
 * while the file is made. The notes are the file's dependencies, recorded as it reads them rather
 * than written down a second time; {@link #stillTrue} tells whether they all still hold.
 */
public final class Reads {
  /** One lookup made while making a file, and the answer it got. */
  public record Read(Lookup<?> lookup, Object key, @Nullable Object answer) {}

  private final SiteInput input;
  private final List<Read> log = new ArrayList<>();

  public Reads(SiteInput input) {
    this.input = input;
  }

  /** Whether every read gets the same answer from {@code input}: if so, so would the file. */
  public static boolean stillTrue(List<Read> reads, SiteInput input) {
    for (Read read : reads) {
      if (!Objects.equals(read.lookup().answer(input, read.key()), read.answer())) {
        return false;
      }
    }
    return true;
  }

  /** What was read so far, in order. */
  public List<Read> log() {
    return List.copyOf(log);
  }

  /** The answer to a lookup that has one for every key a file asks with. */
  private <A extends @Nullable Object> @NonNull A read(Lookup<A> lookup, Object key) {
    return Objects.requireNonNull(readOrNull(lookup, key), () -> lookup + " " + key);
  }

  @SuppressWarnings("unchecked") // a lookup's answers are its own A (Lookup.answer)
  private <A extends @Nullable Object> @Nullable A readOrNull(Lookup<A> lookup, Object key) {
    Object answer = lookup.answer(input, key);
    log.add(new Read(lookup, key, answer));
    return (A) answer;
  }

  /** The settings every page's layout shows ({@link Site#frame}). */
  public Site site() {
    return read(Lookup.SITE, "");
  }

  /** All of site.yaml: for the pages that show its longer texts. */
  public Site siteInFull() {
    return read(Lookup.SITE_IN_FULL, "");
  }

  public List<FrameworkDetails> frameworks() {
    return read(Lookup.FRAMEWORKS, "");
  }

  public FrameworkDetails framework(String id) {
    return read(Lookup.FRAMEWORK, id);
  }

  public Framework frameworkInFull(String id) {
    return read(Lookup.FRAMEWORK_IN_FULL, id);
  }

  public List<RoleFace> roleFaces(String frameworkId) {
    return read(Lookup.ROLE_FACES, frameworkId);
  }

  public List<RoleFace> rolesAtoZ() {
    return read(Lookup.ROLES_A_TO_Z, "");
  }

  public List<String> roleIds() {
    return read(Lookup.ROLE_IDS, "");
  }

  public Role role(String id) {
    return read(Lookup.ROLE, id);
  }

  /** The role's team, or null. */
  public @Nullable Team team(String roleId) {
    return readOrNull(Lookup.TEAM, roleId);
  }

  public List<Progression> next(String roleId) {
    return read(Lookup.NEXT, roleId);
  }

  public List<Role> nextInFull(String roleId) {
    return read(Lookup.NEXT_IN_FULL, roleId);
  }

  public List<Progression> previous(String roleId) {
    return read(Lookup.PREVIOUS, roleId);
  }

  public List<Route> routes(String frameworkId) {
    return read(Lookup.ROUTES, frameworkId);
  }

  public Map<Item, List<Skill>> statementSkills(String roleId) {
    return read(Lookup.STATEMENT_SKILLS, roleId);
  }

  public Map<Item, String> statementIds(String roleId) {
    return read(Lookup.STATEMENT_IDS, roleId);
  }

  public Map<String, String> moves(String roleId) {
    return read(Lookup.MOVES, roleId);
  }

  public List<Skill> skills() {
    return read(Lookup.SKILLS, "");
  }

  public List<GlossaryTerm> glossary() {
    return read(Lookup.GLOSSARY, "");
  }

  /** Each spelling of a glossary term, with its term. */
  public Map<String, String> glossarySpellings() {
    return read(Lookup.GLOSSARY_SPELLINGS, "");
  }

  /** What {@code term} means, or null when the glossary has no such term. */
  public @Nullable String glossaryMeaning(String term) {
    return readOrNull(Lookup.GLOSSARY_MEANING, term);
  }

  public List<Skill> skillsOf(String roleId) {
    return read(Lookup.SKILLS_OF_ROLE, roleId);
  }

  public SkillReach reach(String skillId) {
    return read(Lookup.SKILL_REACH, skillId);
  }

  public List<SkillUse.Shown> uses(String skillId) {
    return read(Lookup.SKILL_USES, skillId);
  }

  public List<Coverage> coverage() {
    return read(Lookup.COVERAGE, "");
  }

  public List<RelatedRole> related(String roleId, boolean elsewhere, int limit) {
    return read(Lookup.RELATED, new Lookup.Related(roleId, elsewhere, limit));
  }

  public List<Profile> profiles() {
    return read(Lookup.PROFILES, "");
  }

  public List<Profile> profilesFor(String frameworkId) {
    return read(Lookup.PROFILES_FOR, frameworkId);
  }

  public List<FreePage> pages() {
    return read(Lookup.PAGES, "");
  }

  /** When the role last changed, or null. */
  public @Nullable String updated(String roleId) {
    return readOrNull(Lookup.UPDATED, roleId);
  }

  public Manifest manifest() {
    return read(Lookup.MANIFEST, "");
  }

  /**
   * The whole linked portal, for a file made from every part of it (the search index): it then
   * depends on all of the content.
   */
  public Portal everything() {
    read(Lookup.EVERYTHING, "");
    return input.portal();
  }
}
