package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.link.RoleFace;
import org.frameworkportal.model.Site;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.FrameworkCard;
import org.frameworkportal.render.Views.HomeView;
import org.frameworkportal.render.Views.LetterGroup;
import org.frameworkportal.render.Views.PageMeta;
import org.frameworkportal.render.Views.RoleLink;

/** The home page: a card per framework, the audiences' questions, every role from A to Z. */
final class HomePage extends PageKind<String> {

  HomePage(Pages pages) {
    super(pages);
  }

  @Override
  public List<String> subjects(Reads reads) {
    return List.of(pages.paths.home());
  }

  @Override
  public String path(String subject) {
    return subject;
  }

  @Override
  Shown show(String path, Reads reads) {
    List<FrameworkCard> cards = new ArrayList<>();
    for (FrameworkDetails framework : reads.frameworks()) {
      List<RoleFace> roles = reads.roleFaces(framework.id());
      cards.add(
          new FrameworkCard(
              framework,
              roles.size(),
              roles.stream().map(RoleFace::grade).distinct().toList(),
              Dates.display(framework.published())));
    }
    Map<String, List<RoleLink>> byLetter = new TreeMap<>();
    for (RoleFace role : reads.rolesAtoZ()) {
      String letter = role.title().substring(0, 1).toUpperCase(Locale.ROOT);
      byLetter
          .computeIfAbsent(letter, l -> new ArrayList<>())
          .add(new RoleLink(role, reads.framework(role.frameworkId())));
    }
    List<LetterGroup> letters =
        byLetter.entrySet().stream().map(e -> new LetterGroup(e.getKey(), e.getValue())).toList();
    Site site = reads.siteInFull();
    PageMeta meta =
        new PageMeta(
            "home.ftlh", path, site.title(), site.summary(), "home", Pages.markers(), List.of());
    return new Shown(
        meta,
        new HomeView(
            site.summary(), site.intro(), cards, site.audiences(), letters, reads.profiles()));
  }
}
