package org.frameworkportal.render;

import java.util.List;
import org.frameworkportal.model.Accessibility;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.AccessibilityView;
import org.frameworkportal.render.Views.PageMeta;
import org.jspecify.annotations.Nullable;

/**
 * The accessibility statement, in the structure of the GOV.UK sample statement for the Public
 * Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. Its
 * dates come from site.yaml, never from the build, so the page is the same on every build.
 */
final class AccessibilityPage extends PageKind<String> {

  AccessibilityPage(Pages pages) {
    super(pages);
  }

  @Override
  public List<String> subjects(Reads reads) {
    return List.of(pages.paths.accessibility());
  }

  @Override
  public String path(String subject) {
    return subject;
  }

  @Override
  Shown show(String path, Reads reads) {
    @Nullable Accessibility statement = reads.siteInFull().accessibility();
    PageMeta meta =
        new PageMeta(
            "accessibility.ftlh",
            path,
            "Accessibility statement",
            "How accessible this site is, how to get its content in another format and how to"
                + " report a problem.",
            "accessibility",
            Pages.markers(),
            List.of(pages.homeCrumb()));
    @Nullable AccessibilityView view =
        statement == null
            ? null
            : new AccessibilityView(
                statement,
                Dates.display(statement.tested()),
                Dates.display(statement.prepared()),
                Dates.display(statement.reviewed()));
    return new Shown(meta, view);
  }
}
