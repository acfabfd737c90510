package org.frameworkportal.shape;

import java.util.List;
import java.util.Optional;

/** Every shape, the files first, each followed by the shapes inside it. */
public final class ContentShapes {
  private ContentShapes() {}

  public static final List<Shape> ALL =
      List.of(
          SiteYaml.SITE,
          SiteYaml.LEVEL_DEFINITION,
          SiteYaml.AUDIENCE,
          FrameworkYaml.FRAMEWORK,
          FrameworkYaml.TEAM,
          FrameworkYaml.SECTOR_FRAMEWORK,
          RoleYaml.ROLE,
          RoleYaml.SUGGESTED_TEAM,
          RoleYaml.SUGGESTED_NEXT_ROLE,
          RoleYaml.LEVEL,
          RoleYaml.EVIDENCE,
          Statements.ITEM,
          SkillsYaml.SKILLS,
          SkillsYaml.SKILL,
          GlossaryYaml.GLOSSARY,
          GlossaryYaml.TERM,
          ProfileYaml.PROFILE,
          ProfileYaml.REQUIREMENTS,
          ProfileYaml.SECTION,
          PageFrontMatter.PAGE);

  public static Optional<Shape> named(String name) {
    return ALL.stream().filter(shape -> shape.name().equals(name)).findFirst();
  }
}
