package org.frameworkportal.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;
import org.frameworkportal.model.Team;

/**
 * The content with every id resolved: what each page needs to know about the rest of the portal.
 * Built once by {@link #link(Content)}; pages only read it.
 */
public final class Portal {
  private final Content content;
  private final Map<String, Framework> frameworks = new LinkedHashMap<>();
  private final Map<String, Role> roles = new LinkedHashMap<>();
  private final Map<String, List<Role>> next = new LinkedHashMap<>();
  private final Map<String, List<Role>> previous = new LinkedHashMap<>();
  private final Map<String, List<Profile>> profilesByFramework = new LinkedHashMap<>();
  private Map<Item, List<Skill>> skillsOfItem = new IdentityHashMap<>();
  private final Map<Skill, List<SkillUse>> usesOfSkill = new LinkedHashMap<>();
  private final Map<String, Set<Skill>> skillsOfRole = new LinkedHashMap<>();
  private final List<Coverage> coverage = new ArrayList<>();
  private RoleSimilarity similarity;
  private final Map<String, RoleTags> tagsOfRole = new java.util.HashMap<>();

  /** The preview's last build, while this one is being linked; never kept after. */
  private Portal earlier;

  private Portal(Content content) {
    this.content = content;
  }

  /** Resolves a validated model; call only when validation found no problems. */
  public static Portal link(Content content) {
    return link(content, new SkillTagger(content.skills()));
  }

  /** As {@link #link(Content)}, with a tagger (and its cache) kept from an earlier build. */
  public static Portal link(Content content, SkillTagger tagger) {
    return link(content, tagger, null);
  }

  /**
   * As {@link #link(Content, SkillTagger)}, reusing what {@code earlier} (the preview server's last
   * build) worked out for roles that are the very same objects: their tags and, while no role's set
   * of skills changed, every role's closest roles.
   */
  public static Portal link(Content content, SkillTagger tagger, Portal earlier) {
    Portal portal = new Portal(content);
    portal.earlier = earlier;
    for (Framework framework : content.frameworks()) {
      portal.frameworks.put(framework.id(), framework);
      framework.roles().forEach(role -> portal.roles.put(role.fullId(), role));
    }
    for (Role role : portal.roles.values()) {
      portal.next.put(role.fullId(), new ArrayList<>());
      portal.previous.putIfAbsent(role.fullId(), new ArrayList<>());
    }
    for (Role role : portal.roles.values()) {
      for (var ref : role.next()) {
        Role target =
            portal.roles.get(
                ref.id().contains("/") ? ref.id() : role.frameworkId() + "/" + ref.id());
        portal.next.get(role.fullId()).add(target);
        portal.previous.computeIfAbsent(target.fullId(), id -> new ArrayList<>()).add(role);
      }
    }
    for (Profile profile : content.profiles()) {
      profile.related().stream()
          .map(ref -> ref.id().substring(0, ref.id().indexOf('/')))
          .distinct()
          .forEach(
              fw ->
                  portal
                      .profilesByFramework
                      .computeIfAbsent(fw, id -> new ArrayList<>())
                      .add(profile));
    }
    portal.tagRequirements(
        tagger.skills().equals(content.skills()) ? tagger : new SkillTagger(content.skills()));
    portal.similarity = new RoleSimilarity(portal.skillsOfRole);
    if (earlier != null
        && earlier.closest != null
        && earlier.skillsOfRole.equals(portal.skillsOfRole)
        && List.copyOf(earlier.skillsOfRole.keySet())
            .equals(List.copyOf(portal.skillsOfRole.keySet()))) {
      portal.closest = portal.attached(earlier.closest);
    }
    portal.earlier = null;
    return portal;
  }

  /**
   * Tags every requirement statement (evidence is how to show it, not a need) and counts coverage.
   */
  private void tagRequirements(SkillTagger tagger) {
    content.skills().forEach(skill -> usesOfSkill.put(skill, new ArrayList<>()));
    // The preview takes over its last build's tags by statement and replaces only those of changed
    // roles: at 2,000 roles, copying a hundred thousand entries each time costs more than the rest.
    boolean sameSkills = earlier != null && earlier.content.skills().equals(content.skills());
    if (sameSkills) {
      skillsOfItem = earlier.skillsOfItem;
      earlier.skillsOfItem = new IdentityHashMap<>();
    }
    Map<String, RoleTags> gone =
        sameSkills ? new java.util.HashMap<>(earlier.tagsOfRole) : new java.util.HashMap<>();
    // Roles are tagged on every core, then put together in order.
    List<Role> all =
        content.frameworks().stream().flatMap(framework -> framework.roles().stream()).toList();
    RoleTags[] tagged = new RoleTags[all.size()];
    java.util.stream.IntStream.range(0, all.size())
        .parallel()
        .forEach(
            i -> {
              Role role = all.get(i);
              RoleTags before = gone.get(role.fullId());
              Framework framework = frameworkOf(role);
              boolean keep =
                  before != null
                      && before.role() == role
                      && earlier.frameworkOf(role).levels().equals(framework.levels());
              tagged[i] = keep ? before : tag(role, framework, tagger);
            });
    int next = 0;
    for (Framework framework : content.frameworks()) {
      int statements = 0;
      int untagged = 0;
      for (Role role : framework.roles()) {
        RoleTags before = gone.remove(role.fullId());
        RoleTags tags = tagged[next++];
        if (tags != before) {
          if (before != null) {
            before.skillsOfItem().keySet().forEach(skillsOfItem::remove);
          }
          skillsOfItem.putAll(tags.skillsOfItem());
        }
        tagsOfRole.put(role.fullId(), tags);
        tags.uses().forEach(use -> usesOfSkill.get(use.skill()).add(use.use()));
        skillsOfRole.put(role.fullId(), tags.skills());
        statements += tags.statements();
        untagged += tags.untagged();
      }
      coverage.add(new Coverage(framework.id(), framework.title(), statements, untagged));
    }
    gone.values().forEach(removed -> removed.skillsOfItem().keySet().forEach(skillsOfItem::remove));
  }

  /**
   * One role's tags: kept with the role, so an unchanged role is not tagged again in the preview.
   */
  private record RoleTags(
      Role role,
      Map<Item, List<Skill>> skillsOfItem,
      Set<Skill> skills,
      List<TaggedUse> uses,
      int statements,
      int untagged) {}

  private record TaggedUse(Skill skill, SkillUse use) {}

  private static RoleTags tag(Role role, Framework framework, SkillTagger tagger) {
    Map<Item, List<Skill>> skillsOfItem = new IdentityHashMap<>();
    Set<Skill> roleSkills = new LinkedHashSet<>();
    List<TaggedUse> uses = new ArrayList<>();
    int statements = 0;
    int untagged = 0;
    for (LevelDefinition definition : framework.levels()) {
      Level level = role.levels().get(definition.id());
      if (level == null) {
        continue;
      }
      for (Map.Entry<String, List<Item>> category : level.requirements().entrySet()) {
        for (Item item : category.getValue()) {
          List<Skill> skills = tagger.tag(item);
          skillsOfItem.put(item, skills);
          statements++;
          untagged += skills.isEmpty() ? 1 : 0;
          for (Skill skill : skills) {
            roleSkills.add(skill);
            uses.add(
                new TaggedUse(skill, new SkillUse(role, definition.id(), category.getKey(), item)));
          }
        }
      }
    }
    return new RoleTags(role, skillsOfItem, roleSkills, uses, statements, untagged);
  }

  /**
   * Closest roles pointing at this portal's role objects, each with its framework: those just
   * worked out, or the previous build's (the preview server), whose unchanged roles are the same
   * objects.
   */
  private RoleSimilarity.Closest attached(RoleSimilarity.Closest closest) {
    return new RoleSimilarity.Closest(
        attached(closest.otherFrameworks()), attached(closest.ownFramework()));
  }

  private Map<String, List<RelatedRole>> attached(Map<String, List<RelatedRole>> byRole) {
    Map<String, List<RelatedRole>> result = new java.util.HashMap<>();
    byRole.forEach(
        (id, list) ->
            result.put(
                id,
                list.stream()
                    .map(
                        r -> {
                          Role role = roles.get(r.role().fullId());
                          return new RelatedRole(role, frameworkOf(role), r.score(), r.shared());
                        })
                    .toList()));
    return result;
  }

  public Content content() {
    return content;
  }

  public List<Framework> frameworks() {
    return content.frameworks();
  }

  public Framework framework(String id) {
    return frameworks.get(id);
  }

  public Framework frameworkOf(Role role) {
    return frameworks.get(role.frameworkId());
  }

  public List<Role> roles() {
    return List.copyOf(roles.values());
  }

  public Role role(String fullId) {
    return roles.get(fullId);
  }

  public List<Role> nextRoles(Role role) {
    return List.copyOf(next.get(role.fullId()));
  }

  /**
   * Whether the route from {@code from} to {@code to} is only suggested: the source does not state
   * it ({@code provisional:} on the {@code next} link). Staff see it as "Suggested next role".
   */
  public boolean isSuggestedRoute(Role from, Role to) {
    return from.suggests(to);
  }

  public List<Role> previousRoles(Role role) {
    return List.copyOf(previous.get(role.fullId()));
  }

  /** Every role of every framework by title, then framework, so the order never changes. */
  public List<Role> rolesAtoZ() {
    return roles.values().stream()
        .sorted(
            Comparator.comparing((Role r) -> r.title().toLowerCase(java.util.Locale.ROOT))
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

  /** Role profiles from other councils whose closest roles are in this framework. */
  public List<Profile> profilesRelatedTo(Framework framework) {
    return List.copyOf(profilesByFramework.getOrDefault(framework.id(), List.of()));
  }

  /** The transferable skills a role needs at any level, in the order of skills.yaml. */
  public List<Skill> skillsOf(Role role) {
    Set<Skill> skills = skillsOfRole.getOrDefault(role.fullId(), Set.of());
    return content.skills().stream().filter(skills::contains).toList();
  }

  /** Every statement that needs a skill, in framework, role and level order. */
  public List<SkillUse> usesOf(Skill skill) {
    return List.copyOf(usesOfSkill.getOrDefault(skill, List.of()));
  }

  /** Per framework: requirement statements and how many carry no transferable skill. */
  public List<Coverage> coverage() {
    return List.copyOf(coverage);
  }

  /** The closest roles by shared transferable skills: in other frameworks, or in the role's own. */
  public List<RelatedRole> relatedRoles(Role role, boolean otherFrameworks, int limit) {
    RoleSimilarity.Closest closest = closest();
    List<RelatedRole> all =
        (otherFrameworks ? closest.otherFrameworks() : closest.ownFramework())
            .getOrDefault(role.fullId(), List.of());
    return all.subList(0, Math.min(limit, all.size()));
  }

  /**
   * Every role's closest roles, worked out once per build for all roles, whichever page asks first.
   */
  private synchronized RoleSimilarity.Closest closest() {
    if (closest == null) {
      closest =
          attached(
              similarity.closestForAll(
                  List.copyOf(roles.values()), RELATED_KEPT, content.skills()));
    }
    return closest;
  }

  private static final int RELATED_KEPT = 3;
  private RoleSimilarity.Closest closest;

  public RoleSimilarity similarity() {
    return similarity;
  }

  /** The transferable skills a statement is tagged with (empty for duties and profile items). */
  public List<Skill> skillsOf(Item item) {
    return skillsOfItem.getOrDefault(item, List.of());
  }
}
