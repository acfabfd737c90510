package org.frameworkportal.link;

import org.frameworkportal.model.Skill;

/** A skill with how many roles, in how many frameworks (professions), need it. */
public record SkillReach(Skill skill, int roles, int frameworks) {}
