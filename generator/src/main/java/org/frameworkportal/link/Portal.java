package org.frameworkportal.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
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
  private final Map<Item, List<Skill>> skillsOfItem = new IdentityHashMap<>();

  private Portal(Content content) {
    this.content = content;
  }

  /** Resolves a validated model; call only when validation found no problems. */
  public static Portal link(Content content) {
    Portal portal = new Portal(content);
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
        Role target = portal.roles.get(ref.id().contains("/") ? ref.id() : role.frameworkId() + "/" + ref.id());
        portal.next.get(role.fullId()).add(target);
        portal.previous.computeIfAbsent(target.fullId(), id -> new ArrayList<>()).add(role);
      }
    }
    for (Profile profile : content.profiles()) {
      profile.related().stream()
          .map(ref -> ref.id().substring(0, ref.id().indexOf('/')))
          .distinct()
          .forEach(fw -> portal.profilesByFramework.computeIfAbsent(fw, id -> new ArrayList<>()).add(profile));
    }
    SkillTagger tagger = new SkillTagger(content.skills());
    for (Role role : portal.roles.values()) {
      role.levels().values().forEach(level -> {
        level.requirements().values().forEach(items -> items.forEach(item -> portal.skillsOfItem.put(item, tagger.tag(item))));
        level.evidence().values().forEach(items -> items.forEach(item -> portal.skillsOfItem.put(item, tagger.tag(item))));
      });
    }
    return portal;
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

  public List<Role> previousRoles(Role role) {
    return List.copyOf(previous.get(role.fullId()));
  }

  /** Every role of every framework by title, then framework, so the order never changes. */
  public List<Role> rolesAtoZ() {
    return roles.values().stream()
        .sorted(Comparator.comparing((Role r) -> r.title().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(r -> frameworkOf(r).title())
            .thenComparing(Role::fullId))
        .toList();
  }

  public Optional<Team> team(Role role) {
    if (role.team() == null) {
      return Optional.empty();
    }
    return frameworkOf(role).teams().stream().filter(t -> t.id().equals(role.team().id())).findFirst();
  }

  /** Role profiles from other councils whose closest roles are in this framework. */
  public List<Profile> profilesRelatedTo(Framework framework) {
    return List.copyOf(profilesByFramework.getOrDefault(framework.id(), List.of()));
  }

  /** The transferable skills a statement is tagged with (empty for duties and profile items). */
  public List<Skill> skillsOf(Item item) {
    return skillsOfItem.getOrDefault(item, List.of());
  }
}
