package org.frameworkportal.link;

import org.frameworkportal.model.Item;
import org.frameworkportal.model.Role;

/** One statement of a role that needs a skill: where it stands (level, category) and its words. */
public record SkillUse(Role role, String levelId, String category, Item item) {}
