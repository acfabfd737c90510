package org.frameworkportal.output;

import java.util.Map;
import java.util.function.BiFunction;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.link.Progression;
import org.frameworkportal.link.RoleFace;
import org.frameworkportal.link.SkillUse;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;

/**
 * Everything a file of the site can read of its input, each a function of the input alone. A file
 * reads through {@link Reads}, which notes each lookup with its answer: that list is what the file
 * was made from, and the preview makes the file again only when one of the answers changed.
 */
public enum Lookup {
  /** The portal's settings (site.yaml): every page's layout shows some of them. */
  SITE((in, key) -> in.portal().content().site()),
  /** Every framework's own text, without roles, in order. */
  FRAMEWORKS((in, key) -> in.portal().frameworks().stream().map(FrameworkDetails::of).toList()),
  /** One framework's own text, without roles; key: framework id. */
  FRAMEWORK((in, key) -> FrameworkDetails.of(in.portal().framework((String) key))),
  /** A framework with all of its roles in full; key: framework id. */
  FRAMEWORK_IN_FULL((in, key) -> in.portal().framework((String) key)),
  /** What pages that link to a framework's roles show of them, in order; key: framework id. */
  ROLE_FACES(
      (in, key) -> in.portal().framework((String) key).roles().stream().map(RoleFace::of).toList()),
  /** Every role of every framework by title, then framework. */
  ROLES_A_TO_Z((in, key) -> in.portal().rolesAtoZ().stream().map(RoleFace::of).toList()),
  /** Every role's id, in framework order. */
  ROLE_IDS((in, key) -> in.portal().roles().stream().map(Role::fullId).toList()),
  /** A role in full; key: its full id. */
  ROLE((in, key) -> in.portal().role((String) key)),
  /** The team a role belongs to, or null; key: role id. */
  TEAM((in, key) -> in.portal().team(role(in, key)).orElse(null)),
  /** The roles a role leads to, each marked when only suggested; key: role id. */
  NEXT((in, key) -> Progression.from(role(in, key), in.portal().nextRoles(role(in, key)))),
  /** The roles a role leads to, in full (what changes on the way); key: role id. */
  NEXT_IN_FULL((in, key) -> in.portal().nextRoles(role(in, key))),
  /** The roles that lead to a role, each marked when only suggested; key: role id. */
  PREVIOUS((in, key) -> Progression.to(role(in, key), in.portal().previousRoles(role(in, key)))),
  /** Where each role of a framework leads: its pathway; key: framework id. */
  ROUTES((in, key) -> in.portal().routes(in.portal().framework((String) key))),
  /** The transferable skills of each statement of a role; key: role id. */
  STATEMENT_SKILLS((in, key) -> in.portal().statementSkills(role(in, key))),
  /** Each requirement and evidence statement of a role with its id; key: role id. */
  STATEMENT_IDS((in, key) -> in.portal().statementIds(role(in, key))),
  /** Where records of a role's reworded statements move: old id to new; key: role id. */
  MOVES((in, key) -> in.manifest().moves().getOrDefault((String) key, Map.of())),
  /** Every transferable skill, in the order of skills.yaml. */
  SKILLS((in, key) -> in.portal().content().skills()),
  /** The transferable skills a role needs; key: role id. */
  SKILLS_OF_ROLE((in, key) -> in.portal().skillsOf(role(in, key))),
  /** A skill with how many roles in how many frameworks need it; key: skill id. */
  SKILL_REACH((in, key) -> in.portal().reach(skill(in, key))),
  /** The statements that need a skill, with the role each is in; key: skill id. */
  SKILL_USES((in, key) -> SkillUse.Shown.of(in.portal().usesOf(skill(in, key)))),
  /** How many statements of each framework carry no transferable skill. */
  COVERAGE((in, key) -> in.portal().coverage()),
  /** A role's closest roles; key: {@link Related}. */
  RELATED(
      (in, key) -> {
        Related related = (Related) key;
        return in.portal()
            .relatedRoles(in.portal().role(related.roleId()), related.elsewhere(), related.limit());
      }),
  /** The role profiles from other councils. */
  PROFILES((in, key) -> in.portal().content().profiles()),
  /** The profiles whose closest roles are in a framework; key: framework id. */
  PROFILES_FOR((in, key) -> in.portal().profilesRelatedTo((String) key)),
  /** The free pages (content/pages). */
  PAGES((in, key) -> in.portal().content().pages()),
  /** When a role last changed, as this publish's manifest says, or null; key: role id. */
  UPDATED((in, key) -> in.manifest().updated().get((String) key)),
  /** The manifest of this publish: every role's statements and what changed. */
  MANIFEST((in, key) -> in.manifest()),
  /** All of the content: for a file made from every part of it (the search index). */
  EVERYTHING((in, key) -> in.portal().content());

  /** Which closest roles: of which role, in other frameworks or its own, how many. */
  public record Related(String roleId, boolean elsewhere, int limit) {}

  private final BiFunction<SiteInput, Object, Object> answer;

  Lookup(BiFunction<SiteInput, Object, Object> answer) {
    this.answer = answer;
  }

  /** This lookup's answer for {@code key} in {@code input}. */
  Object answer(SiteInput input, Object key) {
    return input.answer(this, key, () -> answer.apply(input, key));
  }

  private static Role role(SiteInput in, Object id) {
    return in.portal().role((String) id);
  }

  private static Skill skill(SiteInput in, Object id) {
    return in.portal().content().skills().stream()
        .filter(skill -> skill.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
