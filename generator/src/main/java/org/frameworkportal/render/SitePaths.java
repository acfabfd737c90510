package org.frameworkportal.render;

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

  public String role(Role role) {
    return roleFolder(role) + "index.html";
  }

  public String compare(Role role) {
    return roleFolder(role) + "compare.html";
  }

  public String checklist(Role role, String levelId) {
    return roleFolder(role) + "checklist-" + levelId.toLowerCase(java.util.Locale.ROOT) + ".html";
  }

  public String statementsCsv(Framework framework) {
    return "frameworks/" + framework.id() + "/" + framework.id() + "-statements.csv";
  }

  private static String roleFolder(Role role) {
    return "frameworks/" + role.frameworkId() + "/" + role.id() + "/";
  }

  public String skills() {
    return "skills/index.html";
  }

  public String skill(Skill skill) {
    return "skills/" + skill.id() + ".html";
  }

  public String profile(Profile profile) {
    return "profiles/" + profile.id() + ".html";
  }

  public String page(FreePage page) {
    return "pages/" + page.id() + ".html";
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
