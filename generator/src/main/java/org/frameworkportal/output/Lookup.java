package org.frameworkportal.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.frameworkportal.changes.Manifest;
import org.frameworkportal.link.Coverage;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.link.Progression;
import org.frameworkportal.link.RelatedRole;
import org.frameworkportal.link.RoleFace;
import org.frameworkportal.link.Route;
import org.frameworkportal.link.SkillReach;
import org.frameworkportal.link.SkillUse;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.FreePage;
import org.frameworkportal.model.GlossaryTerm;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Site;
import org.frameworkportal.model.Skill;
import org.frameworkportal.model.Team;
import org.jspecify.annotations.Nullable;

/**
 * Everything a file of the site can read of its input, each a function of the input alone. A file
 * reads through {@link Reads}, which notes each lookup with its answer: that list is what the file
 * was made from, and the preview makes the file again only when one of the answers changed.
 *
 * <p>The constants below list every lookup; a lookup's type says what it answers, so each method of
 * {@link Reads} is checked against it. Those that may answer null say so ({@code @Nullable}).
 *
 * @param <A> what it answers
 */
public final class Lookup<A extends @Nullable Object> {
  /**
   * The portal's settings (site.yaml) that every page's layout shows, without the texts of the home
   * page and the accessibility statement ({@link Site#frame}).
   */
  public static final Lookup<Site> SITE =
      new Lookup<>("SITE", (in, key) -> in.portal().content().site().frame());

  /** All of site.yaml, the home page's texts and the accessibility statement included. */
  public static final Lookup<Site> SITE_IN_FULL =
      new Lookup<>("SITE_IN_FULL", (in, key) -> in.portal().content().site());

  /** Every framework's own text, without roles, in order. */
  public static final Lookup<List<FrameworkDetails>> FRAMEWORKS =
      new Lookup<>(
          "FRAMEWORKS",
          (in, key) -> in.portal().frameworks().stream().map(FrameworkDetails::of).toList());

  /** One framework's own text, without roles; key: framework id. */
  public static final Lookup<FrameworkDetails> FRAMEWORK =
      new Lookup<>("FRAMEWORK", (in, key) -> FrameworkDetails.of(framework(in, key)));

  /**
   * A framework with all of its roles in full, or null when there is none (a framework since
   * removed); key: framework id.
   */
  public static final Lookup<@Nullable Framework> FRAMEWORK_IN_FULL =
      new Lookup<>("FRAMEWORK_IN_FULL", (in, key) -> in.portal().framework((String) key));

  /** What pages that link to a framework's roles show of them, in order; key: framework id. */
  public static final Lookup<List<RoleFace>> ROLE_FACES =
      new Lookup<>(
          "ROLE_FACES",
          (in, key) -> framework(in, key).roles().stream().map(RoleFace::of).toList());

  /** Every role of every framework by title, then framework. */
  public static final Lookup<List<RoleFace>> ROLES_A_TO_Z =
      new Lookup<>(
          "ROLES_A_TO_Z", (in, key) -> in.portal().rolesAtoZ().stream().map(RoleFace::of).toList());

  /** Every role's id, in framework order. */
  public static final Lookup<List<String>> ROLE_IDS =
      new Lookup<>(
          "ROLE_IDS", (in, key) -> in.portal().roles().stream().map(Role::fullId).toList());

  /** A role in full, or null when there is none (a role since removed); key: its full id. */
  public static final Lookup<@Nullable Role> ROLE =
      new Lookup<>("ROLE", (in, key) -> in.portal().role((String) key));

  /** The team a role belongs to, or null; key: role id. */
  public static final Lookup<@Nullable Team> TEAM =
      new Lookup<>("TEAM", (in, key) -> in.portal().team(role(in, key)).orElse(null));

  /** The roles a role leads to, each marked when only suggested; key: role id. */
  public static final Lookup<List<Progression>> NEXT =
      new Lookup<>(
          "NEXT",
          (in, key) -> Progression.from(role(in, key), in.portal().nextRoles(role(in, key))));

  /** The roles a role leads to, in full (what changes on the way); key: role id. */
  public static final Lookup<List<Role>> NEXT_IN_FULL =
      new Lookup<>("NEXT_IN_FULL", (in, key) -> in.portal().nextRoles(role(in, key)));

  /** The roles that lead to a role, each marked when only suggested; key: role id. */
  public static final Lookup<List<Progression>> PREVIOUS =
      new Lookup<>(
          "PREVIOUS",
          (in, key) -> Progression.to(role(in, key), in.portal().previousRoles(role(in, key))));

  /** Where each role of a framework leads: its pathway; key: framework id. */
  public static final Lookup<List<Route>> ROUTES =
      new Lookup<>("ROUTES", (in, key) -> in.portal().routes(framework(in, key)));

  /** The transferable skills of each statement of a role; key: role id. */
  public static final Lookup<Map<Item, List<Skill>>> STATEMENT_SKILLS =
      new Lookup<>("STATEMENT_SKILLS", (in, key) -> in.portal().statementSkills(role(in, key)));

  /** Each requirement and evidence statement of a role with its id; key: role id. */
  public static final Lookup<Map<Item, String>> STATEMENT_IDS =
      new Lookup<>("STATEMENT_IDS", (in, key) -> in.portal().statementIds(role(in, key)));

  /** Where records of a role's reworded statements move: old id to new; key: role id. */
  public static final Lookup<Map<String, String>> MOVES =
      new Lookup<>(
          "MOVES", (in, key) -> in.manifest().moves().getOrDefault((String) key, Map.of()));

  /** Every transferable skill, in the order of skills.yaml. */
  public static final Lookup<List<Skill>> SKILLS =
      new Lookup<>("SKILLS", (in, key) -> in.portal().content().skills());

  /** Every glossary term in full, in the order of glossary.yaml: the glossary page lists them. */
  public static final Lookup<List<GlossaryTerm>> GLOSSARY =
      new Lookup<>("GLOSSARY", (in, key) -> in.portal().content().glossary());

  /**
   * Each way the content may write a glossary term, with the term it stands for: every page looks
   * for them in its text, so adding or respelling a term remakes every page.
   */
  public static final Lookup<Map<String, String>> GLOSSARY_SPELLINGS =
      new Lookup<>("GLOSSARY_SPELLINGS", (in, key) -> spellings(in.portal().content().glossary()));

  /**
   * What a glossary term means, as a page shows it where it first uses the term: only the pages
   * that use a term are remade when its meaning is reworded; key: the term.
   */
  public static final Lookup<@Nullable String> GLOSSARY_MEANING =
      new Lookup<>(
          "GLOSSARY_MEANING",
          (in, key) ->
              in.portal().content().glossary().stream()
                  .filter(term -> term.term().equals(key))
                  .map(GlossaryTerm::meaningShown)
                  .findFirst()
                  .orElse(null));

  /** The transferable skills a role needs; key: role id. */
  public static final Lookup<List<Skill>> SKILLS_OF_ROLE =
      new Lookup<>("SKILLS_OF_ROLE", (in, key) -> in.portal().skillsOf(role(in, key)));

  /** A skill with how many roles in how many frameworks need it; key: skill id. */
  public static final Lookup<SkillReach> SKILL_REACH =
      new Lookup<>("SKILL_REACH", (in, key) -> in.portal().reach(skill(in, key)));

  /** The statements that need a skill, with the role each is in; key: skill id. */
  public static final Lookup<List<SkillUse.Shown>> SKILL_USES =
      new Lookup<>(
          "SKILL_USES", (in, key) -> SkillUse.Shown.of(in.portal().usesOf(skill(in, key))));

  /** How many statements of each framework carry no transferable skill. */
  public static final Lookup<List<Coverage>> COVERAGE =
      new Lookup<>("COVERAGE", (in, key) -> in.portal().coverage());

  /** A role's closest roles; key: {@link Related}. */
  public static final Lookup<List<RelatedRole>> RELATED =
      new Lookup<>(
          "RELATED",
          (in, key) -> {
            Related related = (Related) key;
            return in.portal()
                .relatedRoles(role(in, related.roleId()), related.elsewhere(), related.limit());
          });

  /** The role profiles from other councils. */
  public static final Lookup<List<Profile>> PROFILES =
      new Lookup<>("PROFILES", (in, key) -> in.portal().content().profiles());

  /** The profiles whose closest roles are in a framework; key: framework id. */
  public static final Lookup<List<Profile>> PROFILES_FOR =
      new Lookup<>("PROFILES_FOR", (in, key) -> in.portal().profilesRelatedTo((String) key));

  /** The free pages (content/pages). */
  public static final Lookup<List<FreePage>> PAGES =
      new Lookup<>("PAGES", (in, key) -> in.portal().content().pages());

  /** When a role last changed, as this publish's manifest says, or null; key: role id. */
  public static final Lookup<@Nullable String> UPDATED =
      new Lookup<>("UPDATED", (in, key) -> in.manifest().updated().get((String) key));

  /** The manifest of this publish: every role's statements and what changed. */
  public static final Lookup<Manifest> MANIFEST =
      new Lookup<>("MANIFEST", (in, key) -> in.manifest());

  /** All of the content: for a file made from every part of it (the search index). */
  public static final Lookup<Content> EVERYTHING =
      new Lookup<>("EVERYTHING", (in, key) -> in.portal().content());

  /** Which closest roles: of which role, in other frameworks or its own, how many. */
  public record Related(String roleId, boolean elsewhere, int limit) {}

  private final String name;
  private final BiFunction<SiteInput, Object, A> answer;

  private Lookup(String name, BiFunction<SiteInput, Object, A> answer) {
    this.name = name;
    this.answer = answer;
  }

  /** This lookup's answer for {@code key} in {@code input}: an {@code A}, or null. */
  @Nullable Object answer(SiteInput input, Object key) {
    return input.answer(this, key, () -> answer.apply(input, key));
  }

  @Override
  public String toString() {
    return name;
  }

  /** The role a key names: one the input has, as the file reading it was listed from it. */
  /**
   * Spelling to term, the first term that claims a spelling keeping it (validated: only one does).
   */
  private static Map<String, String> spellings(List<GlossaryTerm> terms) {
    Map<String, String> spellings = new LinkedHashMap<>();
    for (GlossaryTerm term : terms) {
      for (String spelling : term.spellings()) {
        if (spelling != null && !spelling.isBlank()) {
          spellings.putIfAbsent(spelling.strip(), term.term());
        }
      }
    }
    return Map.copyOf(spellings);
  }

  private static Role role(SiteInput in, Object id) {
    return Objects.requireNonNull(in.portal().role((String) id), (String) id);
  }

  /** The framework a key names: one the input has, as above. */
  private static Framework framework(SiteInput in, Object id) {
    return Objects.requireNonNull(in.portal().framework((String) id), (String) id);
  }

  private static Skill skill(SiteInput in, Object id) {
    return in.portal().content().skills().stream()
        .filter(skill -> skill.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
