package org.frameworkportal.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.EntryNeed;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;
import org.frameworkportal.model.Team;
import org.jspecify.annotations.Nullable;

/**
 * The content with every id resolved: what each page needs to know about the rest of the portal.
 * Built once by {@link #link(Content)}; pages only read it.
 */
public final class Portal {
  /** How many closest roles are kept per role, before moves are ranked. */
  private static final int RELATED_KEPT = 10;

  private final Content content;
  private final Map<String, Framework> frameworks = new LinkedHashMap<>();
  private final Map<String, Role> roles = new LinkedHashMap<>();
  private final Map<String, List<Role>> next = new HashMap<>();
  private final Map<String, List<Role>> previous = new HashMap<>();
  private final Map<String, List<Profile>> profilesByFramework = new HashMap<>();
  private final Map<String, RoleTagging.RoleTags> tags;
  private final Map<String, List<SkillUse>> usesOfSkill;
  private final Map<String, Set<Skill>> skillsOfRole;
  private final List<Coverage> coverage;
  private final RoleSimilarity similarity;
  private final LinkMemo memo;
  private RoleSimilarity.@Nullable Closest<RelatedRole> closest;

  private Portal(Content content, LinkMemo memo) {
    this.content = content;
    this.memo = memo;
    for (Framework framework : content.frameworks()) {
      frameworks.put(framework.id(), framework);
      framework.roles().forEach(role -> roles.put(role.fullId(), role));
    }
    roles.keySet().forEach(id -> next.put(id, new ArrayList<>()));
    roles.keySet().forEach(id -> previous.put(id, new ArrayList<>()));
    for (Role role : roles.values()) {
      for (Ref ref : role.next()) {
        Role target = known(roles, fullId(role, ref)); // validated: every next role exists
        known(next, role.fullId()).add(target);
        known(previous, target.fullId()).add(role);
      }
    }
    for (Profile profile : content.profiles()) {
      profile.related().stream()
          .map(ref -> ref.id().substring(0, ref.id().indexOf('/')))
          .distinct()
          .forEach(
              id -> profilesByFramework.computeIfAbsent(id, x -> new ArrayList<>()).add(profile));
    }
    RoleTagging.Tagged tagged = RoleTagging.tagAll(content, roles.values(), memo);
    tags = tagged.tags();
    usesOfSkill = tagged.usesOfSkill();
    skillsOfRole = tagged.skillsOfRole();
    coverage = tagged.coverage();
    similarity = new RoleSimilarity(skillsOfRole);
  }

  /** Resolves a validated model; call only when validation found no problems. */
  public static Portal link(Content content) {
    return new Portal(content, new LinkMemo());
  }

  /** As {@link #link(Content)}, reusing what {@code memo} kept of the preview's previous run. */
  public static Portal link(Content content, LinkMemo memo) {
    return new Portal(content, memo);
  }

  /** What this portal put in {@code map} under {@code key}, as it does for every key it asks. */
  static <V> V known(Map<String, V> map, String key) {
    return Objects.requireNonNull(map.get(key), key);
  }

  private static String fullId(Role from, Ref ref) {
    return ref.id().contains("/") ? ref.id() : from.frameworkId() + "/" + ref.id();
  }

  public Content content() {
    return content;
  }

  public List<Framework> frameworks() {
    return content.frameworks();
  }

  /** The framework with this id; null when there is none. */
  public @Nullable Framework framework(String id) {
    return frameworks.get(id);
  }

  public Framework frameworkOf(Role role) {
    return known(frameworks, role.frameworkId());
  }

  public List<Role> roles() {
    return List.copyOf(roles.values());
  }

  /** The role with this full id ({@code framework/role}); null when there is none. */
  public @Nullable Role role(String fullId) {
    return roles.get(fullId);
  }

  public List<Role> nextRoles(Role role) {
    return List.copyOf(next.get(role.fullId()));
  }

  public List<Role> previousRoles(Role role) {
    return List.copyOf(previous.get(role.fullId()));
  }

  /** Every role of every framework by title, then framework, so the order never changes. */
  public List<Role> rolesAtoZ() {
    return roles.values().stream()
        .sorted(
            Comparator.comparing((Role r) -> r.title().toLowerCase(Locale.ROOT))
                .thenComparing(r -> frameworkOf(r).title())
                .thenComparing(Role::fullId))
        .toList();
  }

  public Optional<Team> team(Role role) {
    if (role.team() == null) {
      return Optional.empty();
    }
    return frameworkOf(role).teams().stream()
        .filter(t -> t.id().equals(role.team().id()))
        .findFirst();
  }

  /** Where each role of a framework leads, in the framework's order: its career pathway. */
  public List<Route> routes(Framework framework) {
    return framework.roles().stream()
        .map(
            role ->
                new Route(
                    RoleFace.of(role),
                    team(role).map(Team::title).orElse(null),
                    nextRoles(role).stream().map(RoleFace::of).toList(),
                    nextRoles(role).stream()
                        .filter(to -> role.suggests(to))
                        .map(RoleFace::of)
                        .toList()))
        .toList();
  }

  /** Role profiles from other councils whose closest roles are in this framework. */
  public List<Profile> profilesRelatedTo(String frameworkId) {
    return List.copyOf(profilesByFramework.getOrDefault(frameworkId, List.of()));
  }

  /** The transferable skills a role needs at any level, in the order of skills.yaml. */
  public List<Skill> skillsOf(Role role) {
    Set<Skill> skills = skillsOfRole.getOrDefault(role.fullId(), Set.of());
    return content.skills().stream().filter(skills::contains).toList();
  }

  /** The transferable skills a statement of {@code role} is tagged with (none for evidence). */
  public List<Skill> skillsOf(Role role, Item item) {
    RoleTagging.RoleTags roleTags = tags.get(role.fullId());
    return roleTags == null ? List.of() : roleTags.skillsOfItem().getOrDefault(item, List.of());
  }

  /** The transferable skills of each requirement statement of {@code role}. */
  public Map<Item, List<Skill>> statementSkills(Role role) {
    RoleTagging.RoleTags roleTags = tags.get(role.fullId());
    return roleTags == null ? Map.of() : roleTags.skillsOfItem();
  }

  /**
   * Each requirement and evidence statement of {@code role}, with its id ({@link StatementIds}).
   */
  public Map<Item, String> statementIds(Role role) {
    RoleTagging.RoleTags roleTags = tags.get(role.fullId());
    return roleTags == null ? Map.of() : roleTags.statementIds();
  }

  /** How many roles, in how many frameworks, need {@code skill}. */
  public SkillReach reach(Skill skill) {
    List<SkillUse> uses = usesOf(skill);
    int roleCount = (int) uses.stream().map(use -> use.role().fullId()).distinct().count();
    int frameworkCount =
        (int) uses.stream().map(use -> use.role().frameworkId()).distinct().count();
    return new SkillReach(skill, roleCount, frameworkCount);
  }

  /** Every statement that needs a skill, in framework, role and level order. */
  public List<SkillUse> usesOf(Skill skill) {
    return List.copyOf(usesOfSkill.getOrDefault(skill.id(), List.of()));
  }

  /** Per framework: requirement statements and how many carry no transferable skill. */
  public List<Coverage> coverage() {
    return List.copyOf(coverage);
  }

  /**
   * The moves to the closest roles by shared transferable skills, in other frameworks or in the
   * role's own: first those that need nothing the role does not give and are at most one grade up,
   * then those more than a grade up or on another pay scale, then those that need a registration or
   * qualification; within each, by overlap.
   */
  public List<RelatedRole> relatedRoles(Role role, boolean otherFrameworks, int limit) {
    RoleSimilarity.Closest<RelatedRole> all = closest();
    List<RelatedRole> related =
        (otherFrameworks ? all.otherFrameworks() : all.ownFramework())
            .getOrDefault(role.fullId(), List.of()).stream()
                .map(r -> asMove(role, r))
                .sorted(
                    Comparator.comparing((RelatedRole r) -> !r.needs().isEmpty())
                        .thenComparing(RelatedRole::bigStep))
                .toList();
    return related.subList(0, Math.min(limit, related.size()));
  }

  /** What entry to {@code role} needs beyond experience: its own list, or its framework's. */
  public List<EntryNeed> entryOf(Role role) {
    return role.entry() != null ? role.entry() : frameworkOf(role).entry();
  }

  /** What entry to {@code to} needs that {@code from}'s own entry requirements do not meet. */
  public List<EntryNeed> needsFor(Role from, Role to) {
    List<EntryNeed> held = entryOf(from);
    return entryOf(to).stream().filter(need -> held.stream().noneMatch(need::metBy)).toList();
  }

  private RelatedRole asMove(Role from, RelatedRole near) {
    Role to = known(roles, near.role().fullId());
    GradeStep step = GradeStep.between(from.grade(), to.grade());
    return new RelatedRole(
        near.role(),
        near.framework(),
        near.score(),
        near.shared(),
        known(skillsOfRole, from.fullId()).size(),
        step.words(),
        step.big(),
        needsFor(from, to));
  }

  /** What every role's closest roles are worked out from: its title, framework and skills. */
  record SimilarityInput(String id, String title, String framework, Set<Skill> skills) {}

  /**
   * Every role's closest roles, worked out once per build for all roles, whichever page asks first;
   * the preview takes over the last run's while nothing they depend on changed.
   */
  private synchronized RoleSimilarity.Closest<RelatedRole> closest() {
    if (closest == null) {
      List<SimilarityInput> input =
          roles.values().stream()
              .map(
                  role ->
                      new SimilarityInput(
                          role.fullId(),
                          role.title(),
                          role.frameworkId(),
                          known(skillsOfRole, role.fullId())))
              .toList();
      synchronized (memo) {
        if (memo.closest == null || !memo.closestFor.equals(input)) {
          memo.closest =
              similarity.closestForAll(List.copyOf(roles.values()), RELATED_KEPT, content.skills());
          memo.closestFor = input;
        }
        closest = attached(memo.closest);
      }
    }
    return closest;
  }

  /** Closest roles pointing at this portal's roles, each with its framework. */
  private RoleSimilarity.Closest<RelatedRole> attached(
      RoleSimilarity.Closest<RoleSimilarity.Near> found) {
    return new RoleSimilarity.Closest<>(
        attached(found.otherFrameworks()), attached(found.ownFramework()));
  }

  private Map<String, List<RelatedRole>> attached(Map<String, List<RoleSimilarity.Near>> byRole) {
    Map<String, List<RelatedRole>> result = new HashMap<>();
    byRole.forEach(
        (id, list) ->
            result.put(
                id,
                list.stream()
                    .map(
                        r -> {
                          // Worked out for roles with the same ids (memo.closestFor).
                          Role role = known(roles, r.role().fullId());
                          return new RelatedRole(
                              RoleFace.of(role),
                              FrameworkDetails.of(frameworkOf(role)),
                              r.score(),
                              r.shared(),
                              0,
                              "",
                              false,
                              List.of());
                        })
                    .toList()));
    return result;
  }
}
