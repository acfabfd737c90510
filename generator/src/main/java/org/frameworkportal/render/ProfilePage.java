package org.frameworkportal.render;

import java.util.List;
import org.frameworkportal.link.RoleFace;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Role;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.CategoryView;
import org.frameworkportal.render.Views.PageMeta;
import org.frameworkportal.render.Views.ProfileView;
import org.frameworkportal.render.Views.RoleLink;

/** A role profile from another council, with the portal's roles closest to it. */
final class ProfilePage extends PageKind<String> {

  ProfilePage(Pages pages) {
    super(pages);
  }

  @Override
  public List<String> subjects(Reads reads) {
    return reads.profiles().stream().map(Profile::id).toList();
  }

  @Override
  public String path(String profileId) {
    return pages.paths.profile(profileId);
  }

  @Override
  Shown show(String profileId, Reads reads) {
    Profile profile =
        reads.profiles().stream().filter(p -> p.id().equals(profileId)).findFirst().orElseThrow();
    List<CategoryView> requirements =
        profile.requirements().entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .map(
                e ->
                    new CategoryView(
                        e.getKey(),
                        Pages.categoryName(e.getKey()),
                        Pages.groups(e.getValue()),
                        List.of(),
                        List.of()))
            .toList();
    List<RoleLink> related =
        profile.related().stream()
            .map(
                ref -> {
                  Role role = reads.role(ref.id());
                  return new RoleLink(RoleFace.of(role), reads.framework(role.frameworkId()));
                })
            .toList();
    PageMeta meta =
        new PageMeta(
            "profile.ftlh",
            path(profileId),
            profile.title() + " (" + profile.organisation() + ")",
            profile.summary(),
            "profile",
            Pages.markers(),
            List.of(pages.homeCrumb()));
    return new Shown(meta, new ProfileView(profile, requirements, related));
  }
}
