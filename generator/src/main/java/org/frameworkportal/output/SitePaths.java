package org.frameworkportal.output;

import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.link.RoleFace;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.FreePage;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;

/**
 * Where every page lives, relative to the site root. The one place URLs are decided: templates ask
 * it, prefixed with the page's {@code root} ("../../"), so every link stays relative.
 */
public final class SitePaths {

  public String home() {
    return "index.html";
  }

  public String framework(Framework framework) {
    return framework(framework.id());
  }

  public String framework(String frameworkId) {
    return "frameworks/" + frameworkId + "/index.html";
  }

  public String framework(FrameworkDetails framework) {
    return framework(framework.id());
  }

  public String role(Role role) {
    return role(RoleFace.of(role));
  }

  public String role(RoleFace role) {
    return roleFolder(role.frameworkId(), role.id()) + "index.html";
  }

  /** A role's page from its full id, {@code framework/role}. */
  public String roleByFullId(String fullId) {
    return "frameworks/" + fullId + "/index.html";
  }

  public String compare(Role role) {
    return compare(RoleFace.of(role));
  }

  public String compare(RoleFace role) {
    return roleFolder(role.frameworkId(), role.id()) + "compare.html";
  }

  public String checklist(Role role, String levelId) {
    return checklist(RoleFace.of(role), levelId);
  }

  public String checklist(RoleFace role, String levelId) {
    return roleFolder(role.frameworkId(), role.id())
        + "checklist-"
        + levelId.toLowerCase(java.util.Locale.ROOT)
        + ".html";
  }

  public String statementsCsv(String frameworkId) {
    return "frameworks/" + frameworkId + "/" + frameworkId + "-statements.csv";
  }

  public String statementsCsv(Framework framework) {
    return statementsCsv(framework.id());
  }

  private static String roleFolder(String frameworkId, String roleId) {
    return "frameworks/" + frameworkId + "/" + roleId + "/";
  }

  public String skills() {
    return "skills/index.html";
  }

  public String skill(Skill skill) {
    return skill(skill.id());
  }

  public String skill(String skillId) {
    return "skills/" + skillId + ".html";
  }

  public String profile(Profile profile) {
    return profile(profile.id());
  }

  public String profile(String profileId) {
    return "profiles/" + profileId + ".html";
  }

  public String page(FreePage page) {
    return page(page.id());
  }

  public String page(String pageId) {
    return "pages/" + pageId + ".html";
  }

  public String pathways() {
    return "pathways.html";
  }

  public String changes() {
    return "changes.html";
  }

  /** What "to be confirmed" and "suggested" mean: every provisional marker links here. */
  public String provisional() {
    return "provisional.html";
  }

  public String glossary() {
    return "glossary.html";
  }

  /** A term's entry on the glossary page: "glossary.html#term-asye". */
  public String glossaryTerm(String term) {
    return glossary() + "#" + glossaryAnchor(term);
  }

  /** The id of a term's entry: "term-" and its letters and digits in lower case ("term-dols"). */
  public static String glossaryAnchor(String term) {
    String slug = term.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return "term-" + slug.replaceAll("^-+|-+$", "");
  }

  /** The accessibility statement: every page's footer links here. */
  public String accessibility() {
    return "accessibility.html";
  }

  public String search() {
    return "search.html";
  }

  public String notFound() {
    return "404.html";
  }

  public String asset(String name) {
    return "assets/" + name;
  }

  /** The prefix that leads from a page back to the site root: "" or "../../". */
  public static String rootFrom(String pagePath) {
    long depth = pagePath.chars().filter(c -> c == '/').count();
    return "../".repeat((int) depth);
  }
}
